import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  TICKET_LINK_PAGE_CSP,
  ticketLinkPage,
  type TicketSummary,
} from '../../../../functions/core/followup/ticket-link-page';
import type { TicketLinkResult } from '../../../../functions/core/followup/ticket-link-result';

const TICKET: TicketSummary = {
  ticketId: 'chat-7f3a9c',
  subject: 'Paket nicht angekommen',
  status: 'assigned',
  acknowledged: false,
  team: 'emea-berlin',
  agent: 'jonas',
};
const TOKEN = `2.1.1799140500.am9uYXM.${'A'.repeat(43)}`;

type ConfirmInput = Extract<Parameters<typeof ticketLinkPage>[0], { kind: 'confirm' }>;

const confirm = (overrides: Partial<ConfirmInput> = {}) =>
  ticketLinkPage({ kind: 'confirm', action: 'ack', ticket: TICKET, token: TOKEN, ...overrides });

describe('ticketLinkPage', () => {
  it('asks to confirm with the ticket’s summary and one button that posts the token back', () => {
    const { statusCode, html } = confirm();
    expect(statusCode).toBe(200);
    expect(html).toContain('<h1>Acknowledge this ticket?</h1>');
    expect(html).toContain('<dt>Ticket</dt><dd>chat-7f3a9c</dd>');
    expect(html).toContain('<dt>Subject</dt><dd>Paket nicht angekommen</dd>');
    expect(html).toContain('<dt>Held by</dt><dd>agent jonas of team emea-berlin</dd>');
    expect(html).toContain('<dt>Status</dt><dd>assigned, not acknowledged yet</dd>');
    expect(html.match(/<form /g)).toHaveLength(1);
    expect(html).toContain('<form method="post" action="ack">');
    expect(html).toContain(`<input type="hidden" name="token" value="${TOKEN}">`);
    expect(html.match(/<button /g)).toHaveLength(1);
    expect(html).toContain('<button type="submit" aria-describedby="explain">Acknowledge</button>');
    expect(html).not.toMatch(/<script|<a |<img|<link|<iframe/i);
  });

  it('offers the resolve button on a resolve link, and says who holds a queued ticket', () => {
    const { html } = confirm({
      action: 'resolve',
      ticket: { ...TICKET, agent: null, status: 'queued', subject: null },
    });
    expect(html).toContain('<form method="post" action="resolve">');
    expect(html).toContain('>Mark as resolved</button>');
    expect(html).toContain('<dd>team emea-berlin (its inbox)</dd>');
    expect(html).toContain('<dd>(no subject)</dd>');
    expect(html).toContain('<dd>queued until its team’s shift</dd>');
  });

  it('escapes the customer’s subject and the id, which come from outside', () => {
    const { html } = confirm({
      ticket: {
        ...TICKET,
        ticketId: '"><script>alert(1)</script>',
        subject: '<img src=x onerror=alert(2)> & "quotes"',
      },
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const invalid = ticketLinkPage({
      kind: 'result',
      result: 'invalid-link',
      action: 'ack',
      ticketId: '<script>x</script>',
    });
    expect(invalid.html).not.toContain('<script>');
    expect(invalid.html).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('speaks the language of the agent’s email, English for one it has no texts for', () => {
    const german = confirm({ language: 'de' }).html;
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('<h1>Dieses Ticket bestätigen?</h1>');
    expect(german).toContain('<input type="hidden" name="lang" value="de">');
    expect(german).toContain('<dd>Agent jonas im Team emea-berlin</dd>');
    expect(confirm({ language: 'ja' }).html).toContain('受付を確認する</button>');
    expect(confirm({ language: 'fr' }).html).toContain('<html lang="fr">');
    expect(confirm({ language: 'es' }).html).toContain('<html lang="es">');
    for (const unknown of ['xx', 'toString', '__proto__', '"><b>']) {
      const html = confirm({ language: unknown }).html;
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('<input type="hidden" name="lang" value="en">');
    }
  });

  it.each<[TicketLinkResult, number, string]>([
    ['acknowledged', 200, 'Ticket acknowledged'],
    ['already-acknowledged', 200, 'Already acknowledged'],
    ['resolved', 200, 'Ticket resolved'],
    ['already-resolved', 200, 'Already resolved'],
    ['moved', 409, 'This link no longer applies'],
    ['unbound', 409, 'This link is from an older email'],
    ['invalid-link', 403, 'This link is not valid'],
    ['expired-link', 403, 'This link has expired'],
    ['not-found', 404, 'Ticket not found'],
    ['cross-site', 403, 'Sent from another site'],
    ['bad-request', 400, 'Not this page’s form'],
    ['too-large', 413, 'Request too large'],
  ])('answers %s with %i and no button', (result, status, title) => {
    const page = ticketLinkPage({ kind: 'result', result, action: 'ack', ticketId: 't-1' });
    expect(page.statusCode).toBe(status);
    expect(page.html).toContain(`<h1>${title}</h1>`);
    expect(page.html).not.toContain('<form');
    expect(page.html).not.toContain('<button');
  });

  it('says where a ticket moved when the link no longer applies', () => {
    const moved = ticketLinkPage({
      kind: 'result',
      result: 'moved',
      action: 'resolve',
      ticketId: 't-1',
      ticket: { ...TICKET, team: 'tokyo', agent: 'yuki' },
    });
    expect(moved.html).toContain(
      '<p><strong>This ticket has moved to agent yuki of team tokyo.</strong></p>',
    );
    const german = ticketLinkPage({
      kind: 'result',
      result: 'unbound',
      action: 'resolve',
      ticketId: 't-1',
      ticket: { ...TICKET, team: 'tokyo', agent: null },
      language: 'de',
    });
    expect(german.html).toContain('Dieses Ticket ist jetzt bei Team tokyo (Team-Postfach).');
  });

  it('allows its one style block by hash in its Content-Security-Policy, and no script', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(confirm().html)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(TICKET_LINK_PAGE_CSP).toContain(`style-src 'sha256-${hash}'`);
    expect(TICKET_LINK_PAGE_CSP).toContain("default-src 'none'");
    expect(TICKET_LINK_PAGE_CSP).toContain("form-action 'self'");
    expect(TICKET_LINK_PAGE_CSP).toContain("frame-ancestors 'none'");
    expect(confirm().html).not.toMatch(/ style="/);
  });
});
