import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectTextLanguage } from '../../../../functions/core/language/detect-language';
import * as frequentWords from '../../../../functions/core/language/frequent-words';

vi.mock('../../../../functions/core/language/frequent-words', { spy: true });

afterEach(() => {
  vi.mocked(frequentWords.addFrequentWordEvidence).mockClear();
});

describe('everyday-word evidence only where the text is not settled', () => {
  it('is not read for a ticket that letters, n-grams and function words already settle', () => {
    const result = detectTextLanguage(
      'Hallo, meine Bestellung vom 3. Dezember ist immer noch nicht angekommen, obwohl die Sendungsverfolgung seit Tagen zugestellt anzeigt.',
    );
    expect(result?.code).toBe('de');
    expect(result!.confidence).toBeGreaterThanOrEqual(0.99);
    expect(frequentWords.addFrequentWordEvidence).not.toHaveBeenCalled();
  });

  it('is read for short text', () => {
    expect(detectTextLanguage('Preciso de ajuda')?.code).toBe('pt');
    expect(frequentWords.addFrequentWordEvidence).toHaveBeenCalledTimes(1);
  });
});
