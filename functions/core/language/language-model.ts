import { loadModule } from 'cld3-asm';

/** The statistical part of detection: Google's CLD3 network, compiled to WebAssembly. */
export interface ModelGuess {
  /** CLD3's code, e.g. `en`, `zh-Latn`, `iw`. */
  readonly language: string;
  readonly probability: number;
}

export interface LanguageModel {
  guess(text: string): ModelGuess;
}

/** `detectLanguage` was called before `loadLanguageModel()` finished. */
export class LanguageModelNotLoadedError extends Error {
  constructor() {
    super(
      'language model not loaded: await loadLanguageModel() once at start-up before detectLanguage()',
    );
    this.name = 'LanguageModelNotLoadedError';
  }
}

/**
 * CLD3 reads at most this many bytes. Beyond a few sentences the language is settled, and the
 * network's cost grows with the input.
 */
const MAX_BYTES = 100;

let model: LanguageModel | undefined;
let loading: Promise<LanguageModel> | undefined;

/**
 * Compiles the WebAssembly model. WebAssembly compiles asynchronously, so callers (CLI, Lambda
 * handlers) await this once at start-up; later calls return the same model.
 */
export function loadLanguageModel(): Promise<LanguageModel> {
  loading ??= loadModule().then((factory) => {
    const identifier = factory.create(0, MAX_BYTES);
    const loaded: LanguageModel = {
      guess(text) {
        const result = identifier.findLanguage(text);
        return { language: result.language, probability: result.probability };
      },
    };
    model = loaded;
    return loaded;
  });
  return loading;
}

/** The loaded model; throws `LanguageModelNotLoadedError` before `loadLanguageModel()` resolved. */
export function languageModel(): LanguageModel {
  if (model === undefined) throw new LanguageModelNotLoadedError();
  return model;
}
