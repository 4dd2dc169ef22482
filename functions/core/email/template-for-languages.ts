import { de } from './templates/de';
import type { EmailTemplate } from './templates/email-template';
import { en } from './templates/en';
import { es } from './templates/es';
import { fr } from './templates/fr';
import { ja } from './templates/ja';

const TEMPLATES: Readonly<Record<string, EmailTemplate>> = { en, de, es, fr, ja };

/** The template of the first language in `languages` that has one; English when none does. */
export function templateFor(languages: readonly string[]): EmailTemplate {
  for (const language of languages) {
    const template = TEMPLATES[language];
    if (template) return template;
  }
  return en;
}
