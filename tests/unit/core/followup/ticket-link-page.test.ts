import { describe, expect, it } from 'vitest';
import { ticketLinkPage } from '../../../../functions/core/followup/ticket-link-page';

describe('ticketLinkPage', () => {
  it('answers 200 for a change and for a second click alike', () => {
    expect(ticketLinkPage('acknowledged', 't-1', 'ack').statusCode).toBe(200);
    expect(ticketLinkPage('already-acknowledged', 't-1', 'ack').statusCode).toBe(200);
    expect(ticketLinkPage('resolved', 't-1', 'resolve').html).toContain('Ticket resolved');
  });

  it('answers 403 for a bad or expired link and 404 for an unknown ticket', () => {
    expect(ticketLinkPage('invalid-link', 't-1', 'ack').statusCode).toBe(403);
    expect(ticketLinkPage('expired-link', 't-1', 'resolve').statusCode).toBe(403);
    expect(ticketLinkPage('not-found', 't-1', 'ack').statusCode).toBe(404);
  });

  it('escapes the ticket id, which comes from the URL', () => {
    const { html } = ticketLinkPage('invalid-link', '<script>x</script>', 'ack');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
  });
});
