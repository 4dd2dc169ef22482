import { pageCsp } from '../text/page-csp';
import { escapeHtml } from '../email/escape-html';
import type { LinkPageTexts } from './link-page-texts/link-page-texts';
import { linkPageTexts } from './link-page-texts/texts-for-language';
import type { TicketLinkResult } from './ticket-link-result';
import type { TicketLinkAction } from './ticket-link-token';

/** What a link page shows of a ticket: never the customer's address, name or message. */
export interface TicketSummary {
  readonly ticketId: string;
  /** The customer's subject line; null when the ticket has none. */
  readonly subject: string | null;
  readonly status: 'assigned' | 'queued' | 'resolved';
  readonly acknowledged: boolean;
  readonly team: string | null;
  readonly agent: string | null;
}

export type TicketLinkPageInput =
  /** The answer to GET: the ticket and one button that POSTs the token back. */
  | {
      readonly kind: 'confirm';
      readonly action: TicketLinkAction;
      readonly ticket: TicketSummary;
      /** Checked already; sent back as the form's only credential. */
      readonly token: string;
      readonly language?: string;
    }
  | {
      readonly kind: 'result';
      readonly result: TicketLinkResult;
      readonly action: TicketLinkAction;
      /** From the URL: shown (escaped) when there is no ticket to summarize. */
      readonly ticketId: string;
      readonly ticket?: TicketSummary;
      readonly language?: string;
    };

export interface TicketLinkPage {
  readonly statusCode: number;
  readonly html: string;
}

const RESULT_STATUS: Readonly<Record<TicketLinkResult, number>> = {
  acknowledged: 200,
  'already-acknowledged': 200,
  resolved: 200,
  'already-resolved': 200,
  moved: 409,
  unbound: 409,
  'invalid-link': 403,
  'expired-link': 403,
  'not-found': 404,
  'cross-site': 403,
  'bad-request': 400,
  'too-large': 413,
};

// Contrast against white: text 15.8:1, labels 6.4:1, the button's white on blue 6.6:1;
// the focus ring is drawn outside the button so it shows on the white card.
const STYLE = [
  'body{margin:0;padding:32px 16px;background:#f4f5f7;color:#1f2328;font:16px/1.5 Arial,Helvetica,sans-serif}',
  'main{max-width:560px;margin:0 auto;padding:24px;background:#fff;border:1px solid #d0d7de;border-radius:6px}',
  'h1{font-size:1.3em;line-height:1.3;margin:0 0 12px}',
  'p{margin:0 0 16px}',
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0 0 20px}',
  'dt{color:#57606a}',
  'dd{margin:0;overflow-wrap:anywhere}',
  'button{font:inherit;font-weight:bold;padding:10px 20px;color:#fff;background:#0a5cad;border:2px solid #0a5cad;border-radius:6px;cursor:pointer}',
  'button:hover{background:#084a8c;border-color:#084a8c}',
  'button:focus-visible{outline:3px solid #1f2328;outline-offset:3px}',
].join('');

/** The Content-Security-Policy the pages are served with (page-csp.ts). */
export const TICKET_LINK_PAGE_CSP = pageCsp(STYLE);

function holderText(ticket: TicketSummary, texts: LinkPageTexts): string {
  if (ticket.agent !== null && ticket.team !== null)
    return texts.holder.agent(ticket.agent, ticket.team);
  if (ticket.team !== null) return texts.holder.team(ticket.team);
  return texts.holder.nobody;
}

function statusText(ticket: TicketSummary, texts: LinkPageTexts): string {
  if (ticket.status === 'assigned' && ticket.acknowledged) return texts.status.acknowledged;
  return texts.status[ticket.status];
}

function summary(ticket: TicketSummary, texts: LinkPageTexts): string {
  const rows: [string, string][] = [
    [texts.summary.ticket, ticket.ticketId],
    [texts.summary.subject, ticket.subject ?? texts.summary.noSubject],
    [texts.summary.holder, holderText(ticket, texts)],
    [texts.summary.status, statusText(ticket, texts)],
  ];
  return `<dl>\n${rows
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('\n')}\n</dl>`;
}

function document(texts: LinkPageTexts, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(texts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)} – sunroute</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * A page that needs nothing else to load and no script: the confirmation with its one button (a
 * plain form POST, so it works without JavaScript), or what following the link came to. Every
 * value, the ticket's subject and the id from the URL included, is escaped.
 *
 * @example
 * ticketLinkPage({ kind: 'result', result: 'expired-link', action: 'ack', ticketId: 't-1' });
 * // { statusCode: 403, html: '<!DOCTYPE html>…This link has expired…' }
 */
export function ticketLinkPage(input: TicketLinkPageInput): TicketLinkPage {
  const texts = linkPageTexts(input.language);
  if (input.kind === 'confirm') {
    const confirm = texts.confirm[input.action];
    // The form posts to the path it was served from (`…/{id}/ack` resolves `ack` against itself),
    // so the page works under any stage or custom domain without knowing its base URL.
    const body = `<h1>${escapeHtml(confirm.title)}</h1>
<p id="explain">${escapeHtml(confirm.text)}</p>
${summary(input.ticket, texts)}
<form method="post" action="${escapeHtml(input.action)}">
<input type="hidden" name="token" value="${escapeHtml(input.token)}">
<input type="hidden" name="lang" value="${escapeHtml(texts.lang)}">
<button type="submit" aria-describedby="explain">${escapeHtml(confirm.button)}</button>
</form>`;
    return { statusCode: 200, html: document(texts, confirm.title, body) };
  }
  const page = texts.results[input.result];
  const moved = input.result === 'moved' || input.result === 'unbound';
  const parts = [
    `<h1>${escapeHtml(page.title)}</h1>`,
    ...(moved && input.ticket
      ? [`<p><strong>${escapeHtml(texts.movedTo(holderText(input.ticket, texts)))}</strong></p>`]
      : []),
    `<p>${escapeHtml(page.text)}</p>`,
    input.ticket
      ? summary(input.ticket, texts)
      : `<dl>\n<dt>${escapeHtml(texts.summary.ticket)}</dt><dd>${escapeHtml(input.ticketId)}</dd>\n</dl>`,
  ];
  return {
    statusCode: RESULT_STATUS[input.result],
    html: document(texts, page.title, parts.join('\n')),
  };
}
