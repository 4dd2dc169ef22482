import { useState } from 'preact/hooks';
import type { RoutePreview } from '../api/admin-types';
import { ApiError } from '../api/api-error';
import { useApp } from '../ui/app-context';
import { SelectField, TextField } from '../ui/fields';
import { ErrorNote, PageTitle } from '../ui/page';
import { instantToLocalInput, localInputToInstant } from '../ui/zone';
import { DecisionView } from './decision-view';

type Ticket = Record<string, unknown> & { customer?: Record<string, unknown> };

// The demo company's sample tickets, loaded only when picked.
const SAMPLES = import.meta.glob<Ticket>('../../../../examples/tickets/*.json', {
  import: 'default',
});
const sampleName = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/\.json$/, '');

const NEW_TICKET: Ticket = {
  id: 'playground-1',
  channel: 'email',
  receivedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  subject: '',
  body: '',
  customer: {},
  priority: 'normal',
};

const CUSTOMER_FIELDS = [
  ['name', 'Name'],
  ['email', 'Email'],
  ['phone', 'Phone (E.164)'],
  ['country', 'Country (ISO 3166-1)'],
  ['timeZone', 'Time zone (IANA)'],
  ['locale', 'Locale (e.g. de-DE)'],
] as const;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function withValue(object: Record<string, unknown>, field: string, value: string) {
  const next = { ...object };
  if (value === '') delete next[field];
  else next[field] = value;
  return next;
}

/**
 * Where would this ticket go, and why? The live version and the live state decide, exactly as
 * the router would, and nothing is recorded. The JSON is what `sunroute route` prints.
 */
export function PlaygroundPage() {
  const { api, zone } = useApp();
  const [ticket, setTicket] = useState<Ticket>(NEW_TICKET);
  const [view, setView] = useState<'form' | 'json'>('form');
  const [json, setJson] = useState(() => JSON.stringify(NEW_TICKET, null, 2));
  const [jsonError, setJsonError] = useState<string | undefined>();
  const [atMode, setAtMode] = useState<'received' | 'at'>('received');
  const [atLocal, setAtLocal] = useState(() => instantToLocalInput(new Date().toISOString(), zone));
  const [preview, setPreview] = useState<RoutePreview | undefined>();
  const [failure, setFailure] = useState<Error | undefined>();
  const [busy, setBusy] = useState(false);

  const errors = new Map(
    failure instanceof ApiError ? failure.errors.map((error) => [error.path, error.message]) : [],
  );
  const update = (next: Ticket) => {
    setTicket(next);
    setJson(JSON.stringify(next, null, 2));
    setJsonError(undefined);
  };
  const at = atMode === 'at' ? localInputToInstant(atLocal, zone) : null;

  const route = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      setPreview(
        await api.json<RoutePreview>('POST', '/route/preview', {
          json: { ticket, ...(at ? { at } : {}) },
        }),
      );
    } catch (error) {
      setPreview(undefined);
      setFailure(error as Error);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string, label: string, placeholder?: string) => (
    <TextField
      path={`ticket.${name}`}
      label={label}
      value={text(ticket[name])}
      error={errors.get(`ticket.${name}`)}
      {...(placeholder ? { placeholder } : {})}
      onChange={(value) => update(withValue(ticket, name, value) as Ticket)}
    />
  );

  return (
    <section>
      <PageTitle>Routing playground</PageTitle>
      <p class="hint">
        Compose or paste a ticket and pick an instant: the decision is the router’s with the live
        configuration and the live state (agents’ open tickets, sticky agents). Nothing is recorded
        and nobody is emailed.
      </p>
      <form class="playground" onSubmit={(event) => void route(event)} aria-label="Ticket to route">
        <div class="toolbar">
          <SelectField
            path="sample"
            label="Start from a sample"
            value=""
            onChange={(path) => {
              const load = SAMPLES[path];
              if (load) void load().then((sample) => update(structuredClone(sample)));
            }}
            options={[
              { value: '', label: 'Choose a sample ticket…' },
              ...Object.keys(SAMPLES).map((path) => ({ value: path, label: sampleName(path) })),
            ]}
          />
          <fieldset class="segmented">
            <legend>Edit as</legend>
            {(['form', 'json'] as const).map((choice) => (
              <label key={choice}>
                <input
                  type="radio"
                  name="view"
                  checked={view === choice}
                  onChange={() => setView(choice)}
                />
                {choice === 'form' ? 'form' : 'JSON'}
              </label>
            ))}
          </fieldset>
        </div>
        {view === 'form' ? (
          <div class="grid">
            {field('id', 'Ticket id')}
            <SelectField
              path="ticket.channel"
              label="Channel"
              value={text(ticket.channel)}
              error={errors.get('ticket.channel')}
              onChange={(value) => update({ ...ticket, channel: value })}
              options={['email', 'chat', 'web', 'phone', 'social'].map((value) => ({
                value,
                label: value,
              }))}
            />
            {field('receivedAt', 'Received at (ISO instant)', '2026-12-22T09:15:00Z')}
            <SelectField
              path="ticket.priority"
              label="Priority"
              value={text(ticket.priority) || 'normal'}
              error={errors.get('ticket.priority')}
              onChange={(value) => update({ ...ticket, priority: value })}
              options={['low', 'normal', 'high', 'urgent'].map((value) => ({
                value,
                label: value,
              }))}
            />
            {field('subject', 'Subject')}
            {field('threadId', 'Thread id')}
            <div class={`field wide${errors.get('ticket.body') ? ' invalid' : ''}`}>
              <label for="field-ticket_body">Body</label>
              <textarea
                id="field-ticket_body"
                rows={6}
                value={text(ticket.body)}
                aria-invalid={errors.get('ticket.body') ? 'true' : undefined}
                onInput={(event) => update({ ...ticket, body: event.currentTarget.value })}
              />
              {errors.get('ticket.body') ? (
                <span class="field-error">{errors.get('ticket.body')}</span>
              ) : null}
            </div>
            <fieldset class="wide">
              <legend>Customer</legend>
              <div class="grid">
                {CUSTOMER_FIELDS.map(([name, label]) => (
                  <TextField
                    key={name}
                    path={`ticket.customer.${name}`}
                    label={label}
                    value={text(ticket.customer?.[name])}
                    error={errors.get(`ticket.customer.${name}`)}
                    onChange={(value) =>
                      update({ ...ticket, customer: withValue(ticket.customer ?? {}, name, value) })
                    }
                  />
                ))}
              </div>
            </fieldset>
          </div>
        ) : (
          <div class={`field wide${jsonError ? ' invalid' : ''}`}>
            <label for="ticket-json">Ticket (the SQS message, JSON)</label>
            <textarea
              id="ticket-json"
              class="yaml"
              rows={18}
              spellcheck={false}
              value={json}
              aria-invalid={jsonError ? 'true' : undefined}
              aria-describedby={jsonError ? 'ticket-json-error' : undefined}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setJson(value);
                try {
                  setTicket(JSON.parse(value) as Ticket);
                  setJsonError(undefined);
                } catch (error) {
                  setJsonError((error as Error).message);
                }
              }}
            />
            {jsonError ? (
              <span class="field-error" id="ticket-json-error">
                Not valid JSON: {jsonError}
              </span>
            ) : null}
          </div>
        )}
        <fieldset class="instant">
          <legend>Route at</legend>
          <label>
            <input
              type="radio"
              name="at"
              checked={atMode === 'received'}
              onChange={() => setAtMode('received')}
            />
            the ticket’s receivedAt
          </label>
          <label>
            <input
              type="radio"
              name="at"
              checked={atMode === 'at'}
              onChange={() => setAtMode('at')}
            />
            this instant:
          </label>
          <label for="route-at" class="visually-hidden">
            Instant in {zone}
          </label>
          <input
            id="route-at"
            type="datetime-local"
            value={atLocal}
            disabled={atMode !== 'at'}
            onInput={(event) => setAtLocal(event.currentTarget.value)}
          />
          <span class="hint">
            {zone}
            {at ? ` = ${at}` : ''}
          </span>
        </fieldset>
        <button type="submit" class="primary" disabled={busy || jsonError !== undefined}>
          {busy ? 'Routing…' : 'Route this ticket'}
        </button>
      </form>
      {failure ? <ErrorNote error={failure} /> : null}
      {preview ? (
        <DecisionView
          decision={preview.decision}
          version={preview.version}
          customerMessage={preview.customerMessage}
          at={at}
          ticket={ticket}
        />
      ) : null}
    </section>
  );
}
