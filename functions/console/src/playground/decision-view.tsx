import type { Decision } from '../api/admin-types';
import { useApp } from '../ui/app-context';
import { formatInstant } from '../ui/zone';

/**
 * A decision as a lead reads it, then as JSON: for a preview exactly what `sunroute route` prints
 * (`asCli`), for a recorded ticket as stored (the store does not keep the key order).
 */
export function DecisionView({
  decision,
  version,
  at,
  ticket,
  asCli = true,
}: {
  decision: Decision;
  version?: number;
  at?: string | null;
  ticket?: Record<string, unknown>;
  asCli?: boolean;
}) {
  const { zone } = useApp();
  const printed = JSON.stringify(decision, null, 2);
  const replyBy = (decision as Decision & { expectedReplyBy?: string | null }).expectedReplyBy;
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
            <dd>{replyBy ? formatInstant(replyBy, zone) : 'more than 14 days away'}</dd>
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
