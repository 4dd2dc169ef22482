// The scheduler's two emails of their own: the escalation to the team inbox and the notice to the
// agent a ticket was handed away from. Each goes to its recipient's checked address, in their
// language, and refuses input it cannot address, naming the field.
import { describe, expect, it } from 'vitest';
import type { EmailResult } from '../../../../functions/core/email/email-message';
import { renderEscalation } from '../../../../functions/core/email/render-escalation';
import { renderHandoverNotice } from '../../../../functions/core/email/render-handover-notice';
import { AGENT, BERLIN, config, decision, ticket, TOKYO } from './email-fixtures';

const english = config(undefined, [{ ...BERLIN, languages: ['en'] }, TOKYO]);
const YUKI = { ...AGENT, id: 'yuki', name: 'Yuki', team: 'apac-tokyo', languages: ['ja'] };
const TO_TOKYO = decision({ team: 'apac-tokyo', agent: 'yuki' });

function sent(result: EmailResult) {
  if (!result.ok) throw result.error;
  return result.email;
}

function refused(result: EmailResult) {
  if (result.ok) throw new Error(`rendered an email to ${result.email.to}`);
  return { field: result.error.field, message: result.error.message };
}

describe('renderEscalation', () => {
  it('tells the holding team’s inbox who holds the ticket and when it was due, in the team’s clock', () => {
    const email = sent(
      renderEscalation({ ticket: ticket(), decision: decision(), config: english }),
    );
    expect(email.to).toBe('emea@example.com');
    expect(email.subject).toBe(
      '[sunroute] ESCALATED · URGENT · de · EU · Bestellung nicht angekommen',
    );
    // Received 09:15Z, urgent: due 15 minutes later, 10:30 in Berlin.
    expect(email.text).toMatch(/^Hello EMEA Berlin team,\n\nNobody has acknowledged this ticket/);
    expect(email.text).toContain('It is with jonas.');
    expect(email.text).toMatch(/due by [^\n]*10:30[^\n]*09:30 UTC/);
    expect(email.html).toContain('<html lang="en-GB">');
    expect(email.html).not.toContain('<a href=');
  });

  it('writes in the team’s first language with a template', () => {
    const email = sent(
      renderEscalation({ ticket: ticket(), decision: decision(), config: config() }),
    );
    expect(email.subject).toMatch(/^\[sunroute\] ESKALIERT · /);
    expect(email.html).toContain('<html lang="de">');
  });

  it('names the team when no agent holds the ticket', () => {
    const email = sent(
      renderEscalation({ ticket: ticket(), decision: decision({ agent: null }), config: english }),
    );
    expect(email.text).toContain('It is with EMEA Berlin.');
  });

  it('refuses a ticket no team holds, and a team without an inbox, naming the field', () => {
    expect(
      refused(
        renderEscalation({ ticket: ticket(), decision: decision({ team: null }), config: english }),
      ),
    ).toEqual({
      field: 'decision.team',
      message: 'decision.team is null: no team holds it, so no inbox can be told',
    });
    const noInbox = config(undefined, [{ ...BERLIN, email: '' }, TOKYO]);
    expect(
      refused(renderEscalation({ ticket: ticket(), decision: decision(), config: noInbox })).field,
    ).toBe('teams[0].email');
  });
});

describe('renderHandoverNotice', () => {
  // Jonas writes German, his team English: the notice follows the agent.
  const withYuki = config([AGENT, YUKI], [{ ...BERLIN, languages: ['en'] }, TOKYO]);

  it('tells the previous agent, in the agent’s language, where the ticket went', () => {
    const email = sent(
      renderHandoverNotice({
        ticket: ticket(),
        decision: TO_TOKYO,
        config: withYuki,
        previousAgent: 'jonas',
      }),
    );
    expect(email.to).toBe('jonas@example.com');
    expect(email.subject).toBe(
      '[sunroute] ÜBERGABE · DRINGEND · de · EU · Bestellung nicht angekommen',
    );
    expect(email.text).toMatch(/^Hallo Jonas Becker,\n\nIhre Schicht endet bald/);
    expect(email.text).toContain('an apac-tokyo / yuki übergeben');
    expect(email.html).toContain('<html lang="de">');
  });

  it('falls back on the team’s languages when the agent names none', () => {
    const noLanguages = { id: AGENT.id, name: AGENT.name, email: AGENT.email, team: AGENT.team };
    const email = sent(
      renderHandoverNotice({
        ticket: ticket(),
        decision: TO_TOKYO,
        config: config([noLanguages, YUKI], [{ ...BERLIN, languages: ['en'] }, TOKYO]),
        previousAgent: 'jonas',
      }),
    );
    expect(email.subject).toMatch(/^\[sunroute\] HANDOVER · /);
  });

  it('refuses an agent the configuration lacks, or one without an address, naming the field', () => {
    expect(
      refused(
        renderHandoverNotice({
          ticket: ticket(),
          decision: TO_TOKYO,
          config: withYuki,
          previousAgent: 'nobody',
        }),
      ),
    ).toEqual({
      field: 'previousAgent',
      message: 'previousAgent "nobody" is not an agent of the configuration',
    });
    const noAddress = { id: AGENT.id, name: AGENT.name, team: AGENT.team };
    expect(
      refused(
        renderHandoverNotice({
          ticket: ticket(),
          decision: TO_TOKYO,
          config: config([YUKI, noAddress]),
          previousAgent: 'jonas',
        }),
      ).field,
    ).toBe('agents[1].email');
  });
});
