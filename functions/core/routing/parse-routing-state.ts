import { DateTime } from 'luxon';
import * as z from 'zod';
import { fieldErrorsFromZod, quoteValue, type FieldError } from '../validation/field-error';
import { instant } from '../validation/field-rules';
import type { AgentLoad, RoutingState } from './routing-state';

const count = z.number().int().nonnegative();
const agentRef = z.union([z.string().min(1), z.object({ agent: z.string().min(1) }).loose()], {
  error: 'must be an agent id, or an object with the agent id as "agent"',
});

/**
 * The routing state as a JSON document (the CLI's `--state FILE`). The documented form is
 * `{ agents: { id: { openTickets, lastAssignedAt } }, threads: { threadId: agentId },
 * customers: { customerId: agentId } }`; the flatter `openTickets: { id: n }` and
 * `lastAssignedAt: { id: instant }` maps are accepted too, since that is how people write it
 * by hand.
 */
const stateSchema = z
  .object({
    agents: z
      .record(
        z.string(),
        z.union(
          [
            count,
            z
              .object({ openTickets: count.default(0), lastAssignedAt: instant.optional() })
              .strict(),
          ],
          {
            error:
              'must be a number of open tickets, or an object with openTickets and lastAssignedAt',
          },
        ),
      )
      .default({}),
    openTickets: z.record(z.string(), count).default({}),
    lastAssignedAt: z.record(z.string(), instant).default({}),
    threads: z.record(z.string(), agentRef).default({}),
    customers: z.record(z.string(), agentRef).default({}),
  })
  .strict();

export type RoutingStateResult =
  { ok: true; state: RoutingState } | { ok: false; errors: FieldError[] };

function agentIdOf(ref: z.infer<typeof agentRef>): string {
  return typeof ref === 'string' ? ref : ref.agent;
}

/**
 * Every place the document names an agent that `agentIds` does not hold: a typo there would
 * otherwise be read as an agent with no open tickets, and routing would quietly overload the
 * real one.
 */
function unknownAgents(
  doc: z.output<typeof stateSchema>,
  agentIds: ReadonlySet<string>,
): FieldError[] {
  const known = [...agentIds];
  const listed =
    known.length === 0
      ? 'it has none'
      : `its agents: ${known.slice(0, 5).join(', ')}${known.length > 5 ? ` and ${known.length - 5} more` : ''}`;
  const problem = (path: string, id: string): FieldError => ({
    path,
    message: `${quoteValue(id)} is not an agent of the configuration (${listed})`,
  });
  const errors: FieldError[] = [];
  for (const map of ['agents', 'openTickets', 'lastAssignedAt'] as const) {
    for (const id of Object.keys(doc[map]))
      if (!agentIds.has(id)) errors.push(problem(`${map}.${id}`, id));
  }
  for (const map of ['threads', 'customers'] as const) {
    for (const [key, ref] of Object.entries(doc[map])) {
      const id = agentIdOf(ref);
      if (!agentIds.has(id)) errors.push(problem(`${map}.${key}`, id));
    }
  }
  return errors;
}

/**
 * Reads a routing state document. With `agentIds` (the configuration's agents), every agent the
 * document names must be one of them.
 */
export function parseRoutingState(
  value: unknown,
  agentIds?: ReadonlySet<string>,
): RoutingStateResult {
  const parsed = stateSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromZod(parsed.error) };
  const doc = parsed.data;
  const unknown = agentIds === undefined ? [] : unknownAgents(doc, agentIds);
  if (unknown.length > 0) return { ok: false, errors: unknown };
  const agents: Record<string, AgentLoad> = {};
  const ids = new Set([
    ...Object.keys(doc.agents),
    ...Object.keys(doc.openTickets),
    ...Object.keys(doc.lastAssignedAt),
  ]);
  for (const id of ids) {
    const entry = doc.agents[id];
    const nested = typeof entry === 'number' ? { openTickets: entry } : entry;
    const last = nested?.lastAssignedAt ?? doc.lastAssignedAt[id];
    agents[id] = {
      openTickets: nested?.openTickets ?? doc.openTickets[id] ?? 0,
      ...(last === undefined
        ? {}
        : { lastAssignedAt: DateTime.fromISO(last, { setZone: true }).toMillis() }),
    };
  }
  const refs = (map: Record<string, z.infer<typeof agentRef>>) =>
    Object.fromEntries(Object.entries(map).map(([key, ref]) => [key, agentIdOf(ref)]));
  return {
    ok: true,
    state: { agents, threads: refs(doc.threads), customers: refs(doc.customers) },
  };
}
