import type { EmailInputError } from '../email/email-input-error';
import type { EmailMessage } from '../email/email-message';
import type { RoutePlan } from '../routing/route-ticket';
import { autoReplyRefusal, type AutoReplyRefusal } from './auto-reply-refusal';
import { customerPromiseOf } from './customer-promise';
import { renderCustomerAcknowledgement } from './render-customer-acknowledgement';

/** At most one acknowledgement per thread in this long (the store keeps it, by thread). */
export const AUTO_REPLY_INTERVAL_MS = 24 * 3_600_000;

export type CustomerAcknowledgement =
  | {
      readonly kind: 'email';
      readonly message: EmailMessage;
      /** The conversation it answers: the thread's id, or the ticket's own when it has none. */
      readonly thread: string;
      /** Refused when the thread's customer was acknowledged after this instant (epoch ms). */
      readonly unlessSentSince: number;
    }
  | { readonly kind: 'refused'; readonly reason: AutoReplyRefusal }
  | { readonly kind: 'unrenderable'; readonly error: EmailInputError };

/**
 * The email acknowledgement a routed ticket's customer gets (docs/customer-promise.md), from the
 * route plan: it depends on the team, the language and the reply-by, never on the agent, so a
 * router choosing again after a full agent sends the same one.
 */
export function customerAcknowledgement(plan: RoutePlan): CustomerAcknowledgement {
  const { compiled, ticket } = plan;
  const autoReply = compiled.config.autoReply;
  const refusal = autoReplyRefusal(ticket, plan.sender, autoReply, autoReply?.from);
  if (refusal !== undefined) return { kind: 'refused', reason: refusal };
  const promise = customerPromiseOf(plan);
  const rendered = renderCustomerAcknowledgement({
    ticket,
    promise,
    ...(autoReply?.from === undefined ? {} : { from: autoReply.from }),
    ...(autoReply?.brandName === undefined ? {} : { brand: autoReply.brandName }),
  });
  if (!rendered.ok) return { kind: 'unrenderable', error: rendered.error };
  return {
    kind: 'email',
    message: rendered.email,
    thread: ticket.threadId ?? ticket.id,
    unlessSentSince: plan.at - AUTO_REPLY_INTERVAL_MS,
  };
}
