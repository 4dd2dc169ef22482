import { VERDICTS, type EmailVerdicts } from '../ticket/ticket-schema';

/**
 * How a mail gateway posting to `POST /ingest/email` passes on what its own checks found, since
 * sunroute sees only the raw mail there (SES receiving reports them in its event instead):
 *
 *     Sunroute-Mail-Verdicts: spf=pass; dkim=fail; dmarc=fail; spam=pass
 *
 * Without the header the mail has no verdicts: the gateway, which holds the webhook secret,
 * vouches for it. `sunroute send-email --verdicts` writes it.
 */
export const MAIL_VERDICTS_HEADER = 'Sunroute-Mail-Verdicts';

const CHECKS = ['spf', 'dkim', 'dmarc', 'spam'] as const;
type Check = (typeof CHECKS)[number];
type Verdict = (typeof VERDICTS)[number];

export type MailVerdictsParse =
  | { readonly ok: true; readonly verdicts: EmailVerdicts }
  | { readonly ok: false; readonly message: string };

const isCheck = (name: string): name is Check => (CHECKS as readonly string[]).includes(name);
const isVerdict = (value: string): value is Verdict =>
  (VERDICTS as readonly string[]).includes(value);

/**
 * `spf=pass; dkim=fail` (`;` or `,` between entries, any case, SES's `PROCESSING_FAILED` spelling
 * too). An unknown check or verdict is refused rather than skipped: a misspelt `dmarc` must not
 * pass a forged mail as unchecked.
 */
export function parseMailVerdicts(value: string): MailVerdictsParse {
  const verdicts: Partial<Record<Check, Verdict>> = {};
  for (const entry of value.split(/[;,]/)) {
    if (entry.trim() === '') continue;
    const [rawName = '', rawVerdict, ...extra] = entry.split('=');
    const name = rawName.trim().toLowerCase();
    const verdict = (rawVerdict ?? '').trim().toLowerCase().replace(/_/g, '-');
    if (extra.length > 0 || rawVerdict === undefined)
      return { ok: false, message: `"${entry.trim()}" is not <check>=<verdict>` };
    if (!isCheck(name))
      return { ok: false, message: `"${name}" is not one of ${CHECKS.join(', ')}` };
    if (!isVerdict(verdict))
      return { ok: false, message: `${name}: "${verdict}" is not one of ${VERDICTS.join(', ')}` };
    if (verdicts[name] !== undefined) return { ok: false, message: `${name} is given twice` };
    verdicts[name] = verdict;
  }
  return { ok: true, verdicts };
}

/** The header value for `verdicts`, in the order spf, dkim, dmarc, spam. */
export function formatMailVerdicts(verdicts: EmailVerdicts): string {
  return CHECKS.flatMap((name) => {
    const verdict = verdicts[name];
    return verdict === undefined ? [] : [`${name}=${verdict}`];
  }).join('; ');
}
