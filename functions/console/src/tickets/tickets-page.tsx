import { useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import type { Decision, TicketListing } from '../api/admin-types';
import { documentEntries } from '../calendars/document-entries';
import { useApp } from '../ui/app-context';
import { SelectField, TextField } from '../ui/fields';
import { ErrorNote, PageTitle } from '../ui/page';
import { useResource } from '../ui/use-resource';
import { formatInstant } from '../ui/format-instant';
import { localInputToInstant } from '../ui/zone';
import { expectedReplyByOf, replyByText, ticketWait, waitText } from './ticket-words';

const STATUSES = ['queued', 'assigned', 'acknowledged', 'resolved'] as const;
const STORAGE_KEY = 'sunroute.console.ticketFilter';

interface Filter {
  readonly team: string;
  readonly status: string;
  /** A local date in the lead's zone, or ''. */
  readonly from: string;
}

const text = (value: unknown) =>
  typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);

/**
 * A team's tickets in one listing status (or all), the latest status change first, each with the
 * reply-by promised to its customer and its time without an agent (waiting now, or waited).
 */
export function TicketsPage() {
  const { api, zone } = useApp();
  const [teams] = useResource(async () => {
    const { text: document } = await api.config();
    return documentEntries(document).teams.map(({ entry }) => ({
      id: entry.id,
      name: typeof entry.name === 'string' ? entry.name : entry.id,
    }));
  }, []);
  const [filter, setFilter] = useState<Filter>(() => {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    return saved ? (JSON.parse(saved) as Filter) : { team: '', status: '', from: '' };
  });
  const teamList = teams.value ?? [];
  // The first team once the teams are known, unless one was chosen meanwhile: an update from the
  // filter as it is then, not as this render saw it, so a choice made in between is kept.
  useEffect(() => {
    const first = teamList[0]?.id;
    if (first) setFilter((current) => (current.team ? current : { ...current, team: first }));
  }, [teamList.length]);
  useEffect(() => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(filter)), [filter]);
  const from = filter.from ? localInputToInstant(`${filter.from}T00:00`, zone) : undefined;
  const now = Date.now();
  const [listing] = useResource<TicketListing | undefined>(
    () =>
      filter.team
        ? api.get<TicketListing>('/tickets', {
            team: filter.team,
            status: filter.status || undefined,
            from: from ?? undefined,
            limit: '100',
          })
        : Promise.resolve(undefined),
    [filter.team, filter.status, from],
  );

  return (
    <section>
      <PageTitle>Tickets</PageTitle>
      <form
        class="toolbar"
        role="search"
        aria-label="Filter tickets"
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectField
          path="filter.team"
          label="Team"
          value={filter.team}
          onChange={(team) => setFilter((current) => ({ ...current, team }))}
          options={teamList.map((team) => ({ value: team.id, label: team.name }))}
        />
        <SelectField
          path="filter.status"
          label="Status"
          value={filter.status}
          onChange={(status) => setFilter((current) => ({ ...current, status }))}
          options={[
            { value: '', label: 'all' },
            ...STATUSES.map((status) => ({ value: status, label: status })),
          ]}
        />
        <TextField
          path="filter.from"
          label={`Status set since (${zone})`}
          type="date"
          value={filter.from}
          onChange={(value) => setFilter((current) => ({ ...current, from: value }))}
        />
      </form>
      {teams.state === 'failed' ? <ErrorNote error={teams.error} /> : null}
      {listing.state === 'failed' ? <ErrorNote error={listing.error} /> : null}
      {listing.value ? (
        listing.value.tickets.length === 0 ? (
          <p>No tickets match.</p>
        ) : (
          <div class="table-scroll">
            <table class="table">
              <caption>
                {listing.value.tickets.length} tickets
                {listing.value.truncated
                  ? ' (the latest 100; narrow the filter for older ones)'
                  : ''}
                , latest status change first; times in {zone}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Ticket</th>
                  <th scope="col">Status</th>
                  <th scope="col">Agent</th>
                  <th scope="col">Language</th>
                  <th scope="col">Region</th>
                  <th scope="col">Received</th>
                  <th scope="col">Reply by</th>
                  <th scope="col">Without an agent</th>
                  <th scope="col">Status since</th>
                </tr>
              </thead>
              <tbody>
                {listing.value.tickets.map((ticket) => {
                  const decision = ticket.decision as Partial<Decision> | undefined;
                  const received = text(ticket.receivedAt);
                  return (
                    <tr key={ticket.ticketId}>
                      <td>
                        <Link href={`/tickets/${encodeURIComponent(ticket.ticketId)}`}>
                          {ticket.ticketId}
                        </Link>
                      </td>
                      <td>
                        {ticket.status}
                        {ticket.acknowledgedAt ? ', acknowledged' : ''}
                        {ticket.resolvedAt ? ', resolved' : ''}
                      </td>
                      <td>{ticket.agent ?? 'team inbox'}</td>
                      <td>{decision?.language?.code ?? '—'}</td>
                      <td>{decision?.region?.code ?? '—'}</td>
                      <td>{formatInstant(received, zone)}</td>
                      <td>{replyByText(expectedReplyByOf(ticket.decision), zone)}</td>
                      <td>{waitText(ticketWait(ticket, now))}</td>
                      <td>{formatInstant(text(ticket.statusSince) || undefined, zone)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )
      ) : listing.state === 'loading' && filter.team ? (
        <p>Loading tickets…</p>
      ) : null}
    </section>
  );
}
