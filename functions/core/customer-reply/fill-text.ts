import { REPLY_TEXT_PLACEHOLDERS, type ReplyTextKey } from './reply-texts';

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The placeholder names a text uses, in order: `Hello {name}` → `['name']`. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/**
 * What is wrong with a text written for `key`, phrased to follow the text in an error message,
 * or undefined when it may be used: every placeholder must be one the text knows, and the ones
 * the text is for (the time in `replyBy`, the reference in `received`) must be there.
 */
export function placeholderProblem(key: ReplyTextKey, text: string): string | undefined {
  const { allowed, required } = REPLY_TEXT_PLACEHOLDERS[key];
  const known: readonly string[] = allowed;
  const used = placeholdersIn(text);
  const unknown = used.find((name) => !known.includes(name));
  const choices = known.length === 0 ? 'none' : known.map((name) => `{${name}}`).join(', ');
  if (unknown !== undefined)
    return `uses {${unknown}}, which this text does not know (placeholders: ${choices})`;
  const missing = required.find((name) => !used.includes(name));
  if (missing !== undefined) return `must contain {${missing}}`;
  return undefined;
}

/** The text with each `{placeholder}` replaced by its value; values are inserted as they are. */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}
