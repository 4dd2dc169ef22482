import { planFollowUp, type FollowUp } from '../followup/plan-follow-up';
import type { OpenTicket } from '../followup/open-ticket';
import type { CompiledConfig } from '../routing/compiled-config';

/** A customer's new message's ticket, as the handover rule reads it. */
export type MessagedTicket = Pick<OpenTicket, 'ticket' | 'decision' | 'team' | 'agent'> & {
  readonly status: 'assigned' | 'queued' | 'resolved';
};

export type MessageHandover = Extract<FollowUp, { kind: 'handover' }>;

/**
 * Whether a customer's new message moves its ticket before anyone is told: when its holder (the
 * agent or the team) is off shift at `now`, or leaves within `routing.handoffLead`, the ticket is
 * routed again exactly as the scheduler's shift-end handover routes it (planFollowUp: inside the
 * team when only the agent leaves, to another team when the team does, keeping the customer's
 * reply-by). An acknowledged ticket is handed over too: the customer waits for an answer again,
 * and the scheduler, which leaves acknowledged tickets alone, would never move it. Undefined when
 * the holder stays, when the ticket has no agent (queued, the team inbox) or when there is nobody
 * to hand it to.
 */
export function messageHandover(
  compiled: CompiledConfig,
  ticket: MessagedTicket,
  now: number,
): MessageHandover | undefined {
  if (ticket.status !== 'assigned' || ticket.agent === null) return undefined;
  const steps = planFollowUp(
    compiled,
    { ...ticket, status: 'assigned', acknowledgedAt: null, escalatedAt: null },
    now,
  );
  return steps.find((step): step is MessageHandover => step.kind === 'handover');
}
