import { describe, expect, it, vi } from 'vitest';

describe('languageModel', () => {
  it('throws a typed error before loadLanguageModel() resolved, and works after', async () => {
    vi.resetModules();
    const fresh = await import('../../../functions/core/language/language-model');
    expect(() => fresh.languageModel()).toThrow(fresh.LanguageModelNotLoadedError);
    await fresh.loadLanguageModel();
    expect(fresh.languageModel().guess('Guten Tag, wie geht es Ihnen heute?').language).toBe('de');
  });
});
