import { DateTime } from 'luxon';
import * as z from 'zod';
import type { AgentLoad, RoutingState } from './routing-state';

const instant = z.string().refine((value) => DateTime.fromISO(value, { setZone: true }).isValid, {
  message: 'is not an ISO-8601 instant',
});
const count = z.number().int().nonnegative();
const agentRef = z.union([z.string().min(1), z.object({ agent: z.string().min(1) }).loose()]);

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
        z.union([
          count,
          z.object({ openTickets: count.default(0), lastAssignedAt: instant.optional() }).strict(),
        ]),
      )
      .default({}),
    openTickets: z.record(z.string(), count).default({}),
    lastAssignedAt: z.record(z.string(), instant).default({}),
    threads: z.record(z.string(), agentRef).default({}),
    customers: z.record(z.string(), agentRef).default({}),
  })
  .strict();

export type RoutingStateResult =
  { ok: true; state: RoutingState } | { ok: false; errors: { path: string; message: string }[] };

function agentIdOf(ref: z.infer<typeof agentRef>): string {
  return typeof ref === 'string' ? ref : ref.agent;
}

function pathOf(path: readonly PropertyKey[]): string {
  return (
    path
      .map((key, i) =>
        typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
      )
      .join('') || '$'
  );
}

export function parseRoutingState(value: unknown): RoutingStateResult {
  const parsed = stateSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        path: pathOf(issue.path),
        message: issue.message,
      })),
    };
  }
  const doc = parsed.data;
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
