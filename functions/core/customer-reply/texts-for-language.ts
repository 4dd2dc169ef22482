import type { AutoReplyConfig } from '../config/config-schema';
import { BUILT_IN_TEXTS, FALLBACK_TEXTS } from './built-in-texts';
import { REPLY_TEXT_KEYS, type ReplyTexts } from './reply-texts';

/** The texts a customer writing in `language` is answered with, and the language they are in. */
export interface LanguageTexts {
  /** ISO 639-1 of the texts: the customer's, or `en` when sunroute and the lead have none. */
  readonly language: string;
  readonly texts: ReplyTexts;
}

/**
 * The customer's language's texts, with the configuration's overrides laid over the built-in
 * ones text by text. A language sunroute has no texts for is answered in English, unless the
 * configuration gives it every text of its own.
 */
export function textsForLanguage(
  language: string,
  autoReply: Pick<AutoReplyConfig, 'texts'> | undefined,
): LanguageTexts {
  const own = autoReply?.texts?.[language];
  const builtIn = BUILT_IN_TEXTS[language];
  if (builtIn) return { language, texts: own ? { ...builtIn, ...defined(own) } : builtIn };
  if (own && REPLY_TEXT_KEYS.every((key) => own[key] !== undefined))
    return { language, texts: { ...FALLBACK_TEXTS, ...defined(own), locale: language } };
  const english = autoReply?.texts?.en;
  return {
    language: 'en',
    texts: english ? { ...FALLBACK_TEXTS, ...defined(english) } : FALLBACK_TEXTS,
  };
}

function defined<T extends object>(texts: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(texts).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** Of `languages`, the ones sunroute answers in English because it has no texts of their own. */
export function languagesWithoutTexts(languages: Iterable<string>): string[] {
  return [...languages].filter((language) => BUILT_IN_TEXTS[language] === undefined).sort();
}
