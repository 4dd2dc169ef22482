/** What routing needs to know about one agent's current load. */
export interface AgentLoad {
  readonly openTickets: number;
  /** Instant (epoch ms) of the agent's last assignment; absent when never assigned. */
  readonly lastAssignedAt?: number;
}

/**
 * The live state agent choice depends on (docs/routing.md, "The agent"): load per agent and, for
 * stickiness, which agent holds an open ticket in a thread or for a customer.
 */
export interface RoutingState {
  readonly agents: Readonly<Record<string, AgentLoad>>;
  /** threadId → id of the agent holding an open ticket in that thread. */
  readonly threads: Readonly<Record<string, string>>;
  /** customer id → id of the agent holding an open ticket of that customer. */
  readonly customers: Readonly<Record<string, string>>;
}

export const EMPTY_ROUTING_STATE: RoutingState = Object.freeze({
  agents: Object.freeze({}),
  threads: Object.freeze({}),
  customers: Object.freeze({}),
});
