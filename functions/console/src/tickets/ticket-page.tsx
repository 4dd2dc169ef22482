import type { Decision, TicketDetail } from '../api/admin-types';
import { DecisionView } from '../playground/decision-view';
import { useApp } from '../ui/app-context';
import { ErrorNote, PageTitle } from '../ui/page';
import { useResource } from '../ui/use-resource';
import { formatInstant } from '../ui/format-instant';
import {
  conversationOf,
  expectedReplyByOf,
  replyByText,
  ticketWait,
  waitText,
  whoText,
  type HistoryEvent,
} from './ticket-words';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A history entry's fields, with instants shown in the lead's zone (entries of unknown shape). */
function HistoryFields({ entry, zone }: { entry: object; zone: string }) {
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

function isHistoryEvent(entry: unknown): entry is HistoryEvent {
  const candidate = entry as Partial<HistoryEvent> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.event === 'string' &&
    typeof candidate.at === 'string'
  );
}

/** The ticket's history: what happened, when, to which team and agent, and who did it. */
function History({ entries, zone }: { entries: readonly unknown[]; zone: string }) {
  const events = entries.filter(isHistoryEvent);
  const others = entries.filter((entry) => !isHistoryEvent(entry));
  return (
    <>
      {events.length > 0 ? (
        <div class="table-scroll">
          <table class="table">
            <caption>Times in {zone}</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Team, agent</th>
                <th scope="col">Who</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event, i) => (
                <tr key={i}>
                  <td>{formatInstant(event.at, zone)}</td>
                  <td>{event.event}</td>
                  <td>
                    {event.team === undefined && event.agent === undefined
                      ? '—'
                      : `${event.team ?? '—'}, ${event.agent ?? 'team inbox'}`}
                  </td>
                  <td>{whoText(event)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {others.length > 0 ? (
        <ol class="history">
          {others.map((entry, i) => (
            <li key={i}>
              {typeof entry === 'object' && entry !== null ? (
                <HistoryFields entry={entry} zone={zone} />
              ) : (
                String(entry)
              )}
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}

function isDecision(value: unknown): value is Decision {
  return typeof value === 'object' && value !== null && Array.isArray((value as Decision).reasons);
}

/**
 * What the customer wrote and every answer since, oldest first, so the decision can be read
 * against it and a lead sees where the conversation stands.
 */
function Conversation({
  record,
  messages,
  zone,
}: {
  record: Record<string, unknown>;
  messages: readonly unknown[];
  zone: string;
}) {
  const entries = conversationOf(record, messages);
  const customer = (record.ticket as { customer?: object } | undefined)?.customer;
  return (
    <section aria-labelledby="conversation">
      <h2 id="conversation">Conversation</h2>
      {customer ? <p class="hint">Customer: {JSON.stringify(customer)}</p> : null}
      {entries.length === 0 ? <p>The ticket carries no text.</p> : null}
      <ol class="conversation">
        {entries.map((entry, i) => (
          <li key={i} class={`message from-${entry.from}`}>
            <p class="message-head">
              <strong>{entry.who}</strong>, {formatInstant(entry.at, zone)}
            </p>
            <pre class="ticket-body">{entry.text}</pre>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * One ticket: its promise and its time without an agent, its conversation, its decision and
 * reasons, its emails and its history with who acted and through what.
 */
export function TicketPage({ id }: { id: string }) {
  const { api, zone } = useApp();
  const [detail] = useResource(
    () => api.get<TicketDetail>(`/tickets/${encodeURIComponent(id)}`),
    [id],
  );
  const value = detail.value;
  const record = value?.ticket;
  const wait = ticketWait(record ?? {}, Date.now());
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
            <dt>Reply by</dt>
            <dd data-testid="ticket-reply-by">
              {replyByText(expectedReplyByOf(record.decision), zone)}
            </dd>
            <dt>Without an agent</dt>
            <dd data-testid="ticket-wait">
              {waitText(wait)}
              {wait.waitingSince ? `, since ${formatInstant(wait.waitingSince, zone)}` : ''}
            </dd>
          </dl>
          <Conversation record={record} messages={value.messages} zone={zone} />
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
            <History entries={value.history} zone={zone} />
          )}
        </>
      ) : detail.state === 'loading' ? (
        <p>Loading the ticket…</p>
      ) : null}
    </section>
  );
}
