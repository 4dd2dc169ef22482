import type { Decision } from '../api/admin-types';
import { useApp } from '../ui/app-context';
import { formatInstant } from '../ui/format-instant';

/**
 * A decision as a lead reads it, then as JSON: for a preview exactly what `sunroute route` prints
 * (`asCli`), for a recorded ticket as stored (the store does not keep the key order). The
 * customer's promise, `expectedReplyBy`, is shown in the lead's zone with the reason line that says
 * how it was counted, and for a preview the sentence the customer would read.
 */
export function DecisionView({
  decision,
  version,
  at,
  ticket,
  customerMessage,
  asCli = true,
}: {
  decision: Decision;
  /** What the customer would be told (a preview's), in their language. */
  customerMessage?: string;
  version?: number;
  at?: string | null;
  ticket?: Record<string, unknown>;
  asCli?: boolean;
}) {
  const { zone } = useApp();
  const printed = JSON.stringify(decision, null, 2);
  const replyBy = (decision as Decision & { expectedReplyBy?: string | null }).expectedReplyBy;
  // The reasons end with how the reply-by was counted (route-ticket.ts), shown beside it.
  const replyReason = decision.reasons.find((reason) => reason.startsWith('reply by '));
  return (
    <section class="decision" aria-labelledby="decision-title">
      <h2 id="decision-title">
        {decision.status === 'assigned' ? 'Assigned' : 'Queued'} to {decision.team ?? 'no team'}
        {decision.agent
          ? `, agent ${decision.agent}`
          : decision.status === 'assigned'
            ? ' (team inbox)'
            : ''}
      </h2>
      <dl class="facts">
        <dt>Language</dt>
        <dd>
          {decision.language.code} from {decision.language.source}
          {decision.language.confidence === undefined
            ? ''
            : `, confidence ${decision.language.confidence}`}
        </dd>
        <dt>Region</dt>
        <dd>
          {decision.region.code}
          {decision.region.country
            ? ` (${decision.region.country}, from ${decision.region.source})`
            : ` (from ${decision.region.source})`}
        </dd>
        <dt>Routed at</dt>
        <dd>{formatInstant(decision.at, zone)}</dd>
        {decision.queuedUntil ? (
          <>
            <dt>Queued until</dt>
            <dd>{formatInstant(decision.queuedUntil, zone)}</dd>
          </>
        ) : null}
        {replyBy !== undefined ? (
          <>
            <dt>Expected reply by</dt>
            <dd data-testid="expected-reply-by">
              {replyBy ? formatInstant(replyBy, zone) : 'nothing promised: no cover within 14 days'}
              {replyReason ? <span class="hint reason-line">{replyReason}</span> : null}
            </dd>
          </>
        ) : null}
        {customerMessage ? (
          <>
            <dt>The customer reads</dt>
            <dd>
              <blockquote class="customer-message" data-testid="customer-message">
                {customerMessage}
              </blockquote>
            </dd>
          </>
        ) : null}
        <dt>Translation</dt>
        <dd>{decision.needsTranslation ? 'needed' : 'not needed'}</dd>
        {version !== undefined ? (
          <>
            <dt>Configuration</dt>
            <dd>version {version}</dd>
          </>
        ) : null}
      </dl>
      <h3>Reasons</h3>
      <ol class="reasons">
        {decision.reasons.map((reason, i) => (
          <li key={i}>{reason}</li>
        ))}
      </ol>
      <details open={asCli}>
        <summary>
          {asCli ? (
            <>
              As <code>sunroute route</code> prints it
            </>
          ) : (
            'As stored with the ticket'
          )}
        </summary>
        {ticket ? (
          <p class="hint">
            <code>
              {`npx sunroute route --config your-config.yaml --ticket ${String(ticket.id ?? 'ticket')}.json${at ? ` --at ${at}` : ''}`}
            </code>
          </p>
        ) : null}
        <pre class="decision-json" data-testid="decision-json">
          {printed}
        </pre>
      </details>
    </section>
  );
}
