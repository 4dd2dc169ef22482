import { escapeHtml } from '../email/escape-html';
import type { TicketLinkAction } from './ticket-link-token';

/** What a click on an email's link came to, as the page tells the agent. */
export type TicketLinkResult =
  | 'acknowledged'
  | 'already-acknowledged'
  | 'resolved'
  | 'already-resolved'
  | 'invalid-link'
  | 'expired-link'
  | 'not-found';

export interface TicketLinkPage {
  readonly statusCode: number;
  readonly html: string;
}

const PAGES: Record<TicketLinkResult, { status: number; title: string; text: string }> = {
  acknowledged: {
    status: 200,
    title: 'Ticket acknowledged',
    text: 'Thank you. The ticket stays with you: it will not be handed over at the end of your shift, and nobody will be told it is waiting.',
  },
  'already-acknowledged': {
    status: 200,
    title: 'Already acknowledged',
    text: 'This ticket was acknowledged before; nothing has changed.',
  },
  resolved: {
    status: 200,
    title: 'Ticket resolved',
    text: 'Thank you. The ticket is closed and no longer counts towards your open tickets.',
  },
  'already-resolved': {
    status: 200,
    title: 'Already resolved',
    text: 'This ticket was resolved before; nothing has changed.',
  },
  'invalid-link': {
    status: 403,
    title: 'This link is not valid',
    text: 'The link is incomplete or was changed. Open it again from the assignment email, or ask a support lead to use the sunroute command line.',
  },
  'expired-link': {
    status: 403,
    title: 'This link has expired',
    text: 'Links in assignment emails work for 14 days. Ask a support lead to acknowledge or resolve the ticket with the sunroute command line.',
  },
  'not-found': {
    status: 404,
    title: 'Ticket not found',
    text: 'sunroute has no such ticket: it may be past its retention period.',
  },
};

/** A small page that needs nothing else to load: no scripts, no images, styles inline. */
export function ticketLinkPage(
  result: TicketLinkResult,
  ticketId: string,
  action: TicketLinkAction,
): TicketLinkPage {
  const page = PAGES[result];
  const title = escapeHtml(page.title);
  const label = action === 'ack' ? 'Acknowledge' : 'Resolve';
  return {
    statusCode: page.status,
    html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} – sunroute</title>
</head>
<body style="margin:0;padding:32px 16px;background:#f4f5f7;color:#1f2328;font-family:Arial,Helvetica,sans-serif;">
<main style="max-width:520px;margin:0 auto;padding:24px;background:#ffffff;border:1px solid #d0d7de;border-radius:6px;">
<h1 style="font-size:20px;margin:0 0 12px;">${title}</h1>
<p style="font-size:15px;line-height:1.5;margin:0 0 16px;">${escapeHtml(page.text)}</p>
<p style="font-size:13px;color:#57606a;margin:0;">${escapeHtml(label)} · ticket ${escapeHtml(ticketId)}</p>
</main>
</body>
</html>
`,
  };
}
