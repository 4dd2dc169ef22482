import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_DEPTH, convertHtml } from '../../../../functions/core/ingest/html-to-text';
import { ingestEmail } from '../../../../functions/core/ingest/ingest-email';
import {
  MAX_CONVERTED_CHARS,
  MAX_PART_CHARS,
} from '../../../../functions/core/ingest/parse-inbound-email';
import {
  MAX_EMAIL_BODY_BYTES,
  jsonStringBytes,
} from '../../../../functions/core/ingest/truncate-text';
import { planRoute } from '../../../../functions/core/routing/route-ticket';
import { hostileInputs } from '../../../fixtures/hostile/hostile-inputs';
import { liveConfig } from '../../router/router-fixtures';
import { RECEIVED_AT } from './email-fixtures';

// Each hostile mail becomes an ordinary ticket: routed, its body within the ticket's limit and
// marked when cut. Their time and memory are measured by `npm run bench:hostile`, not here.
const emails = hostileInputs().flatMap((input) => (input.kind === 'email' ? [input] : []));
const MARKER = '[sunroute: message truncated;';

async function ticketOf(name: string) {
  const input = emails.find((candidate) => candidate.name === name)!;
  const outcome = await ingestEmail(input.raw, { receivedAt: RECEIVED_AT });
  if (outcome.outcome !== 'ticket') throw new Error(`${name} was not a ticket`);
  return outcome;
}

function longestQuotePrefix(body: string): number {
  return Math.max(...body.split('\n').map((line) => /^(?:> ?)*/.exec(line)![0].length));
}

describe('hostile mail', () => {
  it.each(emails.map((input) => input.name))(
    '%s becomes a ticket within the body limit that routing can plan',
    async (name) => {
      const outcome = await ticketOf(name);
      expect(jsonStringBytes(outcome.ticket.body)).toBeLessThanOrEqual(MAX_EMAIL_BODY_BYTES);
      if (outcome.truncated) expect(outcome.ticket.body).toContain(MARKER);
      const plan = planRoute(liveConfig().compiled, outcome.ticket, RECEIVED_AT);
      expect(plan.choice).not.toBeNull();
    },
  );

  it('shows nested blockquotes at most MAX_QUOTE_DEPTH levels deep, with the text kept', async () => {
    const outcome = await ticketOf('nested-blockquotes-398k');
    expect(outcome.truncated).toBe(true);
    expect(longestQuotePrefix(outcome.ticket.body)).toBe(MAX_QUOTE_DEPTH * 2);
    expect(outcome.ticket.body.split('\n')[0]).toBe('> x');
    expect(outcome.ticket.body).toContain(`${'> '.repeat(MAX_QUOTE_DEPTH)}x`);
  });

  it('indents nested lists at most ten levels', async () => {
    const { ticket } = await ticketOf('nested-lists');
    const indents = ticket.body.split('\n').map((line) => /^ */.exec(line)![0].length);
    expect(Math.max(...indents)).toBe(20);
  });

  it('ends an open link where the next starts, as a browser does', async () => {
    const { ticket } = await ticketOf('open-links');
    expect(ticket.body.startsWith('w (https://a.example/) w (https://a.example/) w')).toBe(true);
  });

  it('reads the body after thousands of unclosed heads as nothing, without searching each time', async () => {
    const outcome = await ticketOf('unclosed-heads');
    expect(outcome.ticket.body).toBe('');
    expect(outcome.bodySource).toBe('none');
  });

  it('marks a body cut before the end of its part, even when what was read fits a ticket', async () => {
    const outcome = await ticketOf('table-cells');
    // 4 MiB of empty cells: the first MAX_PART_CHARS hold no text, but the rest was never read.
    expect(outcome.ticket.body).toBe('');
    const huge = await ticketOf('huge-text');
    expect(huge.truncated).toBe(true);
    expect(huge.ticket.body).toContain(`${MARKER} the text is longer and a ticket carries`);
  });
});

describe('convertHtml limits', () => {
  it('stops writing at maxTextChars and says it stopped', () => {
    const html = '<p>word word word</p>'.repeat(10_000);
    const result = convertHtml(html, 1_000);
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(1_000);
    expect(convertHtml('<p>short</p>', 1_000)).toEqual({ text: 'short', truncated: false });
  });

  it('never ends a cut inside a character made of two UTF-16 units', () => {
    const result = convertHtml(`<p>${'😀'.repeat(1_000)}</p>`, 101);
    expect(result.text).toBe('😀'.repeat(50));
  });

  it('reads at most MAX_PART_CHARS of a part and writes at most MAX_CONVERTED_CHARS', () => {
    expect(MAX_PART_CHARS).toBeGreaterThan(MAX_CONVERTED_CHARS);
    expect(MAX_CONVERTED_CHARS).toBeGreaterThan(MAX_EMAIL_BODY_BYTES);
  });
});
