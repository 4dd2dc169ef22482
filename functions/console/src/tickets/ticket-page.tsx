import type { Decision, TicketDetail } from '../api/admin-types';
import { DecisionView } from '../playground/decision-view';
import { useApp } from '../ui/app-context';
import { ErrorNote, PageTitle } from '../ui/page';
import { useResource } from '../ui/use-resource';
import { formatInstant } from '../ui/zone';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A history entry's fields, with instants shown in the lead's zone. */
function HistoryEntry({ entry, zone }: { entry: unknown; zone: string }) {
  if (typeof entry !== 'object' || entry === null) return <>{String(entry)}</>;
  return (
    <dl class="facts compact">
      {Object.entries(entry).map(([name, value]) => (
        <>
          <dt key={`${name}-t`}>{name}</dt>
          <dd key={`${name}-d`}>
            {typeof value === 'string' && INSTANT.test(value)
              ? formatInstant(value, zone)
              : typeof value === 'object'
                ? JSON.stringify(value)
                : String(value)}
          </dd>
        </>
      ))}
    </dl>
  );
}

function isDecision(value: unknown): value is Decision {
  return typeof value === 'object' && value !== null && Array.isArray((value as Decision).reasons);
}

/** What the customer wrote, so the decision can be read against it. */
function TicketText({ ticket }: { ticket: unknown }) {
  if (typeof ticket !== 'object' || ticket === null) return null;
  const { subject, body, customer } = ticket as {
    subject?: string;
    body?: string;
    customer?: object;
  };
  return (
    <details>
      <summary>What the customer wrote{subject ? `: ${subject}` : ''}</summary>
      {customer ? <p class="hint">Customer: {JSON.stringify(customer)}</p> : null}
      <pre class="ticket-body">{body}</pre>
    </details>
  );
}

/** One ticket: its decision and reasons, its emails and its history. */
export function TicketPage({ id }: { id: string }) {
  const { api, zone } = useApp();
  const [detail] = useResource(
    () => api.get<TicketDetail>(`/tickets/${encodeURIComponent(id)}`),
    [id],
  );
  const value = detail.value;
  const record = value?.ticket;
  return (
    <section>
      <PageTitle>Ticket {id}</PageTitle>
      <p>
        <a href="#/tickets">← All tickets</a>
      </p>
      {detail.state === 'failed' ? <ErrorNote error={detail.error} /> : null}
      {record ? (
        <>
          <dl class="facts">
            <dt>Status</dt>
            <dd>
              {record.status}
              {record.acknowledgedAt
                ? `, acknowledged ${formatInstant(String(record.acknowledgedAt), zone)}`
                : ''}
              {record.resolvedAt
                ? `, resolved ${formatInstant(String(record.resolvedAt), zone)}`
                : ''}
            </dd>
            <dt>Team, agent</dt>
            <dd>
              {record.team ?? '—'}, {record.agent ?? 'team inbox'}
            </dd>
          </dl>
          <TicketText ticket={record.ticket} />
          {isDecision(record.decision) ? (
            <DecisionView decision={record.decision} asCli={false} />
          ) : null}
          <h2>Emails</h2>
          {value.emails.length === 0 ? (
            <p>None.</p>
          ) : (
            <div class="table-scroll">
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">To</th>
                    <th scope="col">Subject</th>
                    <th scope="col">Sent</th>
                  </tr>
                </thead>
                <tbody>
                  {value.emails.map((email) => (
                    <tr key={email.sequence}>
                      <td>{email.sequence}</td>
                      <td>
                        {email.to} ({email.recipient})
                      </td>
                      <td>{email.subject}</td>
                      <td>{email.sent ? 'yes' : 'not yet'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h2>History</h2>
          {value.history.length === 0 ? (
            <p>Nothing has happened to it since it was routed.</p>
          ) : (
            <ol class="history">
              {value.history.map((entry, i) => (
                <li key={i}>
                  <HistoryEntry entry={entry} zone={zone} />
                </li>
              ))}
            </ol>
          )}
        </>
      ) : detail.state === 'loading' ? (
        <p>Loading the ticket…</p>
      ) : null}
    </section>
  );
}
