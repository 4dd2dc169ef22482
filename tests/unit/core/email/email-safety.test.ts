import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../functions/core/email/escape-html';
import { headerText, MAX_SUBJECT_LENGTH } from '../../../../functions/core/email/header-text';
import { renderAgentAssignment } from '../../../../functions/core/email/render-agent-assignment';
import { renderTeamNotice } from '../../../../functions/core/email/render-team-notice';
import { quoteWords } from '../../../../functions/core/routing/quote-words';
import type { EmailMessage, EmailResult } from '../../../../functions/core/email/email-message';
import type { Ticket } from '../../../../functions/core/ticket/ticket-schema';
import { config, decision, NOW, ticket } from './email-fixtures';

function emailOf(result: EmailResult): EmailMessage {
  if (!result.ok) throw result.error;
  return result.email;
}

function agentEmail(fields: Partial<Ticket>): EmailMessage {
  return emailOf(
    renderAgentAssignment({
      ticket: ticket(fields),
      decision: decision(),
      config: config(),
      now: NOW,
    }),
  );
}

function teamEmail(fields: Partial<Ticket>): EmailMessage {
  const queued = decision({ status: 'queued', agent: null, queuedUntil: '2026-12-23T07:00:00Z' });
  return emailOf(
    renderTeamNotice({ ticket: ticket(fields), decision: queued, config: config(), now: NOW }),
  );
}

const HOSTILE = 'Hi <script>alert(1)</script> & "you" \'there\'';
const ESCAPED = 'Hi &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;you&quot; &#39;there&#39;';

describe('escaping what the customer wrote', () => {
  it.each([
    ['agent assignment', agentEmail],
    ['team notice', teamEmail],
  ])(
    'escapes subject, body, name, email, tags and ids in the HTML of the %s and keeps the text as written',
    (_, render) => {
      const email = render({
        id: 'id<i>1</i>',
        subject: HOSTILE,
        body: `${HOSTILE}\n> quoted <b>reply</b>`,
        customer: { name: '<img src=x onerror=alert(1)>', email: 'a&b<x>@example.com' },
        tags: ['<u>vip</u>'],
        threadId: 'thread<s>9</s>',
      });
      expect(email.html).toContain(ESCAPED);
      expect(email.html).toContain('&gt; quoted &lt;b&gt;reply&lt;/b&gt;');
      expect(email.html).toContain(
        '&lt;img src=x onerror=alert(1)&gt; &lt;a&amp;b&lt;x&gt;@example.com&gt;',
      );
      expect(email.html).toContain('&lt;u&gt;vip&lt;/u&gt;');
      expect(email.html).toContain('id&lt;i&gt;1&lt;/i&gt;');
      expect(email.html).toContain('thread&lt;s&gt;9&lt;/s&gt;');
      expect(email.html).not.toMatch(/<(script|img|b|i|u|s)[ >]/);
      expect(email.text).toContain(`${HOSTILE}\n> quoted <b>reply</b>`);
      expect(email.text).not.toContain('&lt;');
    },
  );

  it('shows the customer’s words quoted in the reasons escaped, on one line', () => {
    const read = `read: ${quoteWords(`${HOSTILE}\r\nBcc: x@example.com`)}`;
    const email = emailOf(
      renderAgentAssignment({
        ticket: ticket({ body: HOSTILE }),
        decision: decision({ reasons: ['language en: detected in the customer’s text', read] }),
        config: config(),
        now: NOW,
      }),
    );
    expect(email.html).toContain('read: “Hi &lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(email.html).not.toMatch(/<script/);
    expect(email.text).toContain(`- ${read}\n`);
    expect(read).not.toMatch(/[\r\n]/);
  });

  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('header safety', () => {
  it('keeps an injected header on the subject line', () => {
    const { subject } = agentEmail({ subject: 'Hi\r\nBcc: evil@example.com' });
    expect(subject).toBe('[sunroute] DRINGEND · de · EU · Hi Bcc: evil@example.com');
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it('removes other controls, Unicode line separators and bidi overrides, and collapses whitespace', () => {
    expect(headerText('a\u0000b\u0085c\u2028d\u2029e\u202Ef\u2066g\t\t h\u00a0 i')).toBe(
      'a b c d e f g h i',
    );
  });

  it('caps a long subject at 200 characters with an ellipsis, never splitting an emoji', () => {
    const { subject } = agentEmail({ subject: '😀'.repeat(500) });
    expect(Array.from(subject)).toHaveLength(MAX_SUBJECT_LENGTH);
    expect(subject.endsWith('😀…')).toBe(true);
    expect(subject).not.toMatch(/[\uD800-\uDBFF]…/);
    expect(agentEmail({ subject: 'short' }).subject).toBe('[sunroute] DRINGEND · de · EU · short');
  });

  it('keeps the full subject in the message part of the body', () => {
    const long = 'x'.repeat(300);
    expect(agentEmail({ subject: long }).text).toContain(`Betreff: ${long}\n`);
  });
});

const characters = fc.oneof(
  fc.constantFrom(
    '<',
    '>',
    '&',
    '"',
    "'",
    '\r',
    '\n',
    '\u2028',
    '\u0085',
    '\u0000',
    ' ',
    'a',
    'ü',
    '😀',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const text = fc.string({ unit: characters, maxLength: 300 });

function countLt(html: string): number {
  return html.split('<').length - 1;
}

describe('for any customer input', () => {
  it('the subject is one line and the HTML gets no "<" from the customer', () => {
    fc.assert(
      fc.property(text, text, text, (subject, body, name) => {
        const fields = (s: string, b: string, n: string): Partial<Ticket> => ({
          subject: s,
          body: b,
          customer: { name: n, timeZone: 'Europe/Berlin' },
        });
        const noLt = (value: string) => value.replaceAll('<', 'x');
        for (const render of [agentEmail, teamEmail]) {
          const email = render(fields(subject, body, name));
          expect(email.subject).not.toMatch(/[\r\n\p{Cc}\u2028\u2029]/u);
          expect(Array.from(email.subject).length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
          // The same input without "<" gives the layout's tags only; any extra "<" would be the customer's.
          const layoutOnly = render(fields(noLt(subject), noLt(body), noLt(name)));
          expect(countLt(email.html)).toBe(countLt(layoutOnly.html));
        }
      }),
      { numRuns: 300 },
    );
  });
});
