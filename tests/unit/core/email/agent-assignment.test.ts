import { describe, expect, it } from 'vitest';
import type { EmailMessage, EmailResult } from '../../../../functions/core/email/email-message';
import {
  renderAgentAssignment,
  type AgentAssignmentInput,
} from '../../../../functions/core/email/render-agent-assignment';
import type { Priority } from '../../../../functions/core/ticket/ticket-schema';
import { AGENT, config, decision, NOW, ticket } from './email-fixtures';

function render(input: Partial<AgentAssignmentInput> = {}): EmailMessage {
  return emailOf(
    renderAgentAssignment({
      ticket: ticket(),
      decision: decision(),
      config: config(),
      now: NOW,
      ...input,
    }),
  );
}

function emailOf(result: EmailResult): EmailMessage {
  if (!result.ok) throw result.error;
  return result.email;
}

function renderFor(languages: string[] | undefined, input: Partial<AgentAssignmentInput> = {}) {
  return render({ config: config([{ ...AGENT, languages }]), ...input });
}

describe('renderAgentAssignment', () => {
  it('addresses the agent with language, region and priority in the subject', () => {
    const email = renderFor(['en']);
    expect(email.to).toBe('jonas@example.com');
    expect(email.subject).toBe('[sunroute] URGENT · de · EU · Bestellung nicht angekommen');
  });

  it.each([
    [
      'en',
      'Hello Jonas Becker,',
      'A new ticket has been assigned to you.',
      'Acknowledge by: Tue, 22 Dec 2026, 10:30 (Europe/Berlin)',
      'URGENT',
    ],
    [
      'de',
      'Hallo Jonas Becker,',
      'Ihnen wurde ein neues Ticket zugewiesen.',
      'Bestätigen bis: Di., 22. Dez. 2026, 10:30 (Europe/Berlin)',
      'DRINGEND',
    ],
    [
      'es',
      'Hola, Jonas Becker:',
      'Se te ha asignado un ticket nuevo.',
      'Confirmar antes de: mar, 22 dic 2026, 10:30 (Europe/Berlin)',
      'URGENTE',
    ],
    [
      'fr',
      'Bonjour Jonas Becker,',
      'Un nouveau ticket vous a été attribué.',
      'Prise en charge avant\u00a0: mar. 22 déc. 2026, 10:30 (Europe/Berlin)',
      'URGENT',
    ],
    [
      'ja',
      'Jonas Beckerさん',
      '新しいチケットが割り当てられました。',
      '受付確認の期限：2026年12月22日(火) 10:30 (Europe/Berlin)',
      '緊急',
    ],
  ])(
    'writes to a %s-speaking agent in their own words and date format',
    (language, greeting, intro, due, priority) => {
      const email = renderFor([language]);
      expect(email.subject).toBe(`[sunroute] ${priority} · de · EU · Bestellung nicht angekommen`);
      expect(email.text).toContain(`${greeting}\n\n${intro}`);
      expect(email.text).toContain(due);
      expect(email.html).toContain(`<html lang="${language === 'en' ? 'en-GB' : language}">`);
      expect(email.html).toContain(intro);
    },
  );

  it('takes the first of the agent’s languages with a template, else English', () => {
    expect(renderFor(['ko', 'fr', 'de']).text).toContain('Bonjour Jonas Becker,');
    expect(renderFor(['ko']).text).toContain('Hello Jonas Becker,');
  });

  it('uses the team’s languages when the agent lists none (Berlin: de first)', () => {
    expect(renderFor(undefined).text).toContain('Hallo Jonas Becker,');
  });

  // 2026-12-22T09:15:00Z is 10:15 in Berlin (CET, UTC+1).
  it.each<[Priority, string, string]>([
    ['urgent', 'Tue, 22 Dec 2026, 10:30 (Europe/Berlin) · 2026-12-22 09:30 UTC', 'PT15M'],
    ['high', 'Tue, 22 Dec 2026, 11:15 (Europe/Berlin) · 2026-12-22 10:15 UTC', 'PT1H'],
    ['normal', 'Tue, 22 Dec 2026, 14:15 (Europe/Berlin) · 2026-12-22 13:15 UTC', 'PT4H'],
    ['low', 'Wed, 23 Dec 2026, 10:15 (Europe/Berlin) · 2026-12-23 09:15 UTC', 'PT24H'],
  ])('a %s ticket is due %s (%s after it arrived)', (priority, due) => {
    const email = renderFor(['en'], { ticket: ticket({ priority }) });
    expect(email.text).toContain(`Acknowledge by: ${due}\n`);
  });

  it('shows the due time on the agent’s team clock, not the customer’s', () => {
    const tokyoAgent = { ...AGENT, team: 'apac-tokyo', languages: ['en'] };
    const email = render({ config: config([tokyoAgent]) });
    // 09:30Z is 18:30 in Tokyo (UTC+9).
    expect(email.text).toContain(
      'Acknowledge by: Tue, 22 Dec 2026, 18:30 (Asia/Tokyo) · 2026-12-22 09:30 UTC',
    );
    expect(email.text).toContain(
      'Customer’s local time: Tue, 22 Dec 2026, 10:15 (Europe/Berlin)\n',
    );
  });

  it('adds P1D as 24 hours across the spring DST change (Berlin, 29 March 2026)', () => {
    const base = config([{ ...AGENT, languages: ['en'] }]);
    const email = render({
      config: {
        ...base,
        routing: { ...base.routing, ackWithin: { ...base.routing.ackWithin, low: 'P1D' } },
      },
      ticket: ticket({ priority: 'low', receivedAt: '2026-03-28T12:00:00Z' }),
      now: Date.parse('2026-03-28T12:01:00Z'),
    });
    expect(email.text).toContain(
      'Acknowledge by: Sun, 29 Mar 2026, 14:00 (Europe/Berlin) · 2026-03-29 12:00 UTC',
    );
  });

  it('shows the customer’s local time in their zone, and says so when the zone is unknown', () => {
    const tokyoCustomer = ticket({ customer: { name: 'Aiko', timeZone: 'Asia/Tokyo' } });
    expect(renderFor(['en'], { ticket: tokyoCustomer }).text).toContain(
      'Customer’s local time: Tue, 22 Dec 2026, 18:15 (Asia/Tokyo)\n',
    );
    const noZone = ticket({ customer: { name: 'Jonas Weber', country: 'DE' } });
    expect(renderFor(['en'], { ticket: noZone }).text).toContain(
      'Customer’s local time: unknown – the customer gave no time zone\n',
    );
    expect(renderFor(['de'], { ticket: noZone }).text).toContain(
      'Ortszeit des Kunden: unbekannt – der Kunde hat keine Zeitzone angegeben\n',
    );
  });

  it('carries the customer’s subject and body verbatim, quoted replies included', () => {
    const email = renderFor(['en']);
    expect(email.text).toContain(`Subject: Bestellung nicht angekommen\n\n${ticket().body}\n`);
    expect(email.html).toContain(
      '&gt; Am 20.12. schrieb Parcelwise:<br>\n&gt; Ihr Paket ist unterwegs.',
    );
  });

  it('lists the routing reasons, the ticket id and the thread id', () => {
    const email = renderFor(['en']);
    for (const reason of decision().reasons) {
      expect(email.text).toContain(`- ${reason}\n`);
      expect(email.html).toContain(`>${reason}</li>`);
    }
    expect(email.text).toContain('Ticket ID: chat-7f3a9c\n');
    expect(email.text).toContain('Thread ID: conv-88\n');
  });

  it('leaves out a thread row when the ticket has no thread', () => {
    expect(renderFor(['en'], { ticket: ticket({ threadId: undefined }) }).text).not.toContain(
      'Thread ID',
    );
  });

  it('says clearly when the ticket needs translation, naming the language in the agent’s words', () => {
    const translated = decision({
      needsTranslation: true,
      language: { code: 'ko', source: 'text', confidence: 0.9 },
    });
    expect(renderFor(['en'], { decision: translated }).text).toContain(
      '!! Translation needed: the customer wrote in Korean,',
    );
    expect(renderFor(['de'], { decision: translated }).text).toContain(
      '!! Übersetzung nötig: Der Kunde schreibt auf Koreanisch,',
    );
    expect(renderFor(['en']).text).not.toContain('Translation needed');
  });

  it('warns first when the mail server could not verify the sender, and when it took it for spam', () => {
    const forged = decision({
      sender: { verified: false, failed: ['dmarc'], spam: true, isolated: true },
    });
    const text = renderFor(['en'], { decision: forged, followUp: true }).text;
    expect(text).toContain(
      '!! Unverified sender: the mail server could not confirm that this message comes from the address it shows, so it may be forged.',
    );
    expect(text.indexOf('Unverified sender')).toBeLessThan(text.indexOf('Follow-up'));
    expect(text).toContain('!! The mail server marked this message as likely spam.');
    expect(renderFor(['ja'], { decision: forged }).text).toContain('!! 送信者未確認');
    const verified = decision({
      sender: { verified: true, failed: [], spam: false, isolated: false },
    });
    expect(renderFor(['en'], { decision: verified }).text).not.toMatch(/Unverified|spam/);
  });

  it('says when the ticket is a follow-up in a known thread', () => {
    expect(renderFor(['en'], { followUp: true }).text).toContain(
      '!! Follow-up: the customer has written again in an existing conversation.',
    );
    expect(renderFor(['en']).text).not.toContain('Follow-up');
  });

  it('leads the subject with a follow-up tag in the agent’s language', () => {
    expect(renderFor(['en'], { followUp: true }).subject).toMatch(/^\[sunroute\] FOLLOW-UP · /);
    expect(renderFor(['de'], { followUp: true }).subject).toMatch(/^\[sunroute\] NACHFRAGE · /);
    expect(renderFor(['ja'], { followUp: true }).subject).toMatch(/^\[sunroute\] 続報 · /);
    expect(renderFor(['en']).subject).not.toContain('FOLLOW-UP');
  });

  it('says when the deadline had already passed at sending time', () => {
    const late = renderFor(['en'], { now: Date.parse('2026-12-22T09:31:00Z') });
    expect(late.text).toContain('!! This ticket was already past its acknowledgement deadline');
    expect(renderFor(['en'], { now: Date.parse('2026-12-22T09:30:00Z') }).text).not.toContain(
      'past its',
    );
  });

  it('has acknowledge and resolve buttons when links are given, and none without', () => {
    const links = {
      acknowledge: 'https://sunroute.example/ack?t=1&s=x',
      resolve: 'https://sunroute.example/resolve',
    };
    const email = renderFor(['en'], { links });
    expect(email.text).toContain(
      'Acknowledge: https://sunroute.example/ack?t=1&s=x\nMark as resolved: https://sunroute.example/resolve',
    );
    expect(email.html).toContain('<a href="https://sunroute.example/ack?t=1&amp;s=x"');
    expect(renderFor(['en']).html).not.toContain('<a ');
  });

  it('uses a localized placeholder when the ticket has no subject', () => {
    expect(renderFor(['fr'], { ticket: ticket({ subject: undefined }) }).subject).toBe(
      '[sunroute] URGENT · de · EU · (sans objet)',
    );
  });

  it('builds simple HTML: no scripts, no external assets', () => {
    const { html } = renderFor(['en']);
    expect(html).not.toMatch(/<script|<link|<img|<style|src=|url\(/i);
    expect(html).toMatch(/^<!DOCTYPE html>/);
  });

  it.each([
    [
      { ...AGENT, email: undefined },
      'agents[0].email',
      'agents[0].email is missing: agent jonas has no email address',
    ],
    [
      { ...AGENT, email: 'jonas@example.com\r\nBcc: x@evil.example' },
      'agents[0].email',
      'is not an email address',
    ],
    [
      { ...AGENT, team: 'nowhere' },
      'agents[0].team',
      '"nowhere" is not a team of the configuration',
    ],
  ])(
    'returns a typed error naming the field when the agent cannot be written to',
    (agent, field, message) => {
      const result = renderAgentAssignment({
        ticket: ticket(),
        decision: decision(),
        config: config([agent]),
        now: NOW,
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.name).toBe('EmailInputError');
      expect(result.error.field).toBe(field);
      expect(result.error.message).toContain(message);
    },
  );

  it('refuses a decision without an agent or with an unknown one', () => {
    const none = renderAgentAssignment({
      ticket: ticket(),
      decision: decision({ agent: null }),
      config: config(),
      now: NOW,
    });
    expect(none.ok ? null : none.error.field).toBe('decision.agent');
    const unknown = renderAgentAssignment({
      ticket: ticket(),
      decision: decision({ agent: 'zoe' }),
      config: config(),
      now: NOW,
    });
    expect(unknown.ok ? null : unknown.error.message).toBe(
      'decision.agent "zoe" is not an agent of the configuration',
    );
  });
});
