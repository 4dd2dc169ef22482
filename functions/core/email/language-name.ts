import type { EmailTemplate } from './templates/email-template';

// Building an Intl.DisplayNames loads the locale's ICU data, a cost worth paying once per locale
// (every email names the ticket's language once or twice).
const displayNames = new Map<string, Intl.DisplayNames>();

/** `Deutsch`, `German`, `ドイツ語`: a language code named in the reader's language. */
export function languageName(code: string, template: EmailTemplate): string {
  let names = displayNames.get(template.locale);
  if (!names) {
    names = new Intl.DisplayNames([template.locale], { type: 'language' });
    displayNames.set(template.locale, names);
  }
  return names.of(code) ?? code;
}
