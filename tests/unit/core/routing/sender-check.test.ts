import { describe, expect, it } from 'vitest';
import { checkSender } from '../../../../functions/core/routing/sender-check';
import { routeTicket } from '../../../../functions/core/routing/route-ticket';
import type { RoutingState } from '../../../../functions/core/routing/routing-state';
import type { EmailVerdicts } from '../../../../functions/core/ticket/ticket-schema';
import { AT, CONFIG_YAML, liveConfig, ticket } from '../../router/router-fixtures';

/** A reply from jane@bank.example in her thread, as ingest builds it, with the given verdicts. */
const janeReply = (verdicts?: EmailVerdicts) =>
  ticket({
    id: 'forged-1@attacker.example',
    channel: 'email',
    threadId: 'root-1@bank.example',
    customer: { id: 'jane@bank.example', email: 'jane@bank.example', country: 'DE' },
    ...(verdicts ? { verdicts } : {}),
  });

// Jane's open ticket is with Bob, in her thread: both stickiness rules point at him.
const janeWithBob: RoutingState = {
  agents: { ann: { openTickets: 0 }, bob: { openTickets: 1 } },
  threads: { 'root-1@bank.example': 'bob' },
  customers: { 'jane@bank.example': 'bob' },
};

const FAIL = 'fail' as const;
const PASS = 'pass' as const;

describe('checkSender', () => {
  it.each([
    [{ spf: PASS, dkim: PASS, dmarc: PASS }, true, []],
    [{ spf: FAIL, dkim: PASS, dmarc: PASS }, true, ['spf']],
    [{ spf: FAIL, dkim: FAIL, dmarc: 'gray' as const }, false, ['spf', 'dkim']],
    [{ spf: FAIL, dkim: FAIL }, false, ['spf', 'dkim']],
    [{ spf: PASS, dkim: PASS, dmarc: FAIL }, false, ['dmarc']],
    [{ dmarc: FAIL }, false, ['dmarc']],
    [
      { spf: 'processing-failed' as const, dkim: FAIL, dmarc: 'processing-failed' as const },
      true,
      ['dkim'],
    ],
  ])('%j: verified %s, failed %j', (verdicts, verified, failed) => {
    expect(checkSender(janeReply(verdicts)).check).toMatchObject({ verified, failed });
  });

  it('has nothing to say about a ticket without verdicts (chat, or a gateway that checks nothing)', () => {
    const reply = janeReply();
    expect(checkSender(reply)).toEqual({ ticket: reply, check: undefined });
  });

  it('isolates an unverified sender: no thread, no customer id, the address kept', () => {
    const { ticket: isolated, check } = checkSender(janeReply({ dmarc: FAIL }));
    expect(check).toEqual({ verified: false, failed: ['dmarc'], spam: false, isolated: true });
    expect(isolated.threadId).toBeUndefined();
    expect(isolated.customer).toEqual({ email: 'jane@bank.example', country: 'DE' });
    expect(checkSender(isolated)).toEqual({ ticket: isolated, check });
  });

  it('only flags under routing.unverifiedSenders: flag', () => {
    const reply = janeReply({ dmarc: FAIL, spam: FAIL });
    expect(checkSender(reply, 'flag')).toEqual({
      ticket: reply,
      check: { verified: false, failed: ['dmarc'], spam: true, isolated: false },
    });
  });
});

describe('routing a forged sender', () => {
  it('keeps a verified reply with the thread’s agent', () => {
    const decision = routeTicket(
      liveConfig().compiled,
      janeReply({ dmarc: PASS }),
      AT,
      janeWithBob,
    );
    expect(decision).toMatchObject({
      agent: 'bob',
      sender: { verified: true, failed: [], spam: false, isolated: false },
    });
    expect(decision.reasons.some((reason) => reason.startsWith('sender'))).toBe(false);
  });

  it('neither joins the thread nor sticks to the customer it claims, and says why', () => {
    const decision = routeTicket(
      liveConfig().compiled,
      janeReply({ spf: FAIL, dkim: FAIL, dmarc: FAIL }),
      AT,
      janeWithBob,
    );
    expect(decision.agent).toBe('ann');
    expect(decision.sender).toEqual({
      verified: false,
      failed: ['dmarc', 'spf', 'dkim'],
      spam: false,
      isolated: true,
    });
    expect(decision.reasons).toContain(
      'sender unverified: DMARC, SPF, DKIM failed, so the From address may be forged; kept out of the thread and the customer it claims',
    );
  });

  it('stays sticky but flagged when the lead chose flag', () => {
    const config = liveConfig(
      `${CONFIG_YAML}\nrouting: { unverifiedSenders: flag }\n`.replace(
        'routing:\n  maxLanguageWait: PT0H\n',
        '',
      ),
    );
    const decision = routeTicket(config.compiled, janeReply({ dmarc: FAIL }), AT, janeWithBob);
    expect(decision).toMatchObject({ agent: 'bob', sender: { verified: false, isolated: false } });
    expect(decision.reasons.at(-1)).toBe(
      'sender unverified: DMARC failed, so the From address may be forged; flagged only (routing.unverifiedSenders: flag)',
    );
  });

  it('notes a spam verdict without acting on it', () => {
    const decision = routeTicket(
      liveConfig().compiled,
      janeReply({ dmarc: PASS, spam: FAIL }),
      AT,
      janeWithBob,
    );
    expect(decision).toMatchObject({ agent: 'bob', sender: { verified: true, spam: true } });
    expect(decision.reasons.at(-1)).toBe('sender: the mail server took it for spam');
  });
});
