import { MAIL_CLIENT_PHRASES, type HeaderFieldNames } from '../mail-client-phrases';
import { literal, phrase, undecorate } from './folded-line';

/** Separator titles, forward lines and Outlook header-field names of the phrase table. */

export type FieldKind = keyof HeaderFieldNames;

/** Separator titles, forward lines and header-field names, folded as lines are. */
interface LinePhrases {
  readonly separators: ReadonlySet<string>;
  readonly forwardLines: ReadonlySet<string>;
  readonly fields: ReadonlyMap<string, FieldKind>;
}

let linePhrases: LinePhrases | undefined;

/** The separators, forward lines and header fields, compiled on first use. */
export function lineTable(): LinePhrases {
  return (linePhrases ??= {
    separators: new Set(
      Object.values(MAIL_CLIENT_PHRASES).flatMap((p) =>
        p.separators.map((title) => literal(phrase(title))),
      ),
    ),
    forwardLines: new Set(
      Object.values(MAIL_CLIENT_PHRASES).flatMap((p) =>
        p.forwardLines.map((line) => literal(phrase(line))),
      ),
    ),
    fields: new Map<string, FieldKind>(
      Object.values(MAIL_CLIENT_PHRASES).flatMap((p) =>
        Object.entries(p.headerFields).flatMap(([kind, names]) =>
          (names as readonly string[]).map((name) => [phrase(name), kind as FieldKind] as const),
        ),
      ),
    ),
  });
}

export function isTitledSeparator(folded: string): boolean {
  const { core, leading, trailing } = undecorate(folded);
  return core !== '' && leading + trailing >= 4 && lineTable().separators.has(literal(core));
}
