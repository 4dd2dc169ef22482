import type { EmailTemplate } from './templates/email-template';

/** `Deutsch`, `German`, `ドイツ語`: a language code named in the reader's language. */
export function languageName(code: string, template: EmailTemplate): string {
  return new Intl.DisplayNames([template.locale], { type: 'language' }).of(code) ?? code;
}
