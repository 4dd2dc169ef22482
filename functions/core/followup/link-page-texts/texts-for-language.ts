import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import type { LinkPageTexts } from './link-page-texts';

const TEXTS: Readonly<Record<string, LinkPageTexts>> = { en, de, es, fr, ja };

/** The texts of `language` (an ISO 639-1 code), English when there are none or it is absent. */
export function linkPageTexts(language: string | undefined): LinkPageTexts {
  if (language !== undefined && Object.hasOwn(TEXTS, language)) return TEXTS[language]!;
  return en;
}

/**
 * The language of the link pages for an agent who speaks `languages` (in the configuration's
 * order): the first one with texts, as the assignment email picks its template.
 */
export function linkPageLanguage(languages: Iterable<string>): string {
  for (const language of languages) if (Object.hasOwn(TEXTS, language)) return language;
  return en.lang;
}
