import { Metrics } from '@aws-lambda-powertools/metrics';
import { describe, expect, it } from 'vitest';
import { routeTicket } from '../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../functions/core/routing/routing-state';
import { countDecision, ROUTER_METRICS } from '../../../functions/router/router-metrics';
import { AT, liveConfig, ticket } from './router-fixtures';

function emitted(metrics: Metrics): Record<string, unknown> {
  const emf = metrics.serializeMetrics() as unknown as Record<string, unknown>;
  const names = (
    emf._aws as { CloudWatchMetrics: { Metrics: { Name: string }[] }[] }
  ).CloudWatchMetrics[0]!.Metrics.map((metric) => metric.Name);
  return Object.fromEntries(names.map((name) => [name, emf[name]]));
}

describe('router metrics', () => {
  it('count a decision by outcome and by team step', () => {
    const metrics = new Metrics({ namespace: 'SunrouteTest', serviceName: 'router' });
    countDecision(metrics, routeTicket(liveConfig().compiled, ticket(), AT, EMPTY_ROUTING_STATE));
    const saturday = Date.parse('2026-12-26T12:00:00Z');
    countDecision(
      metrics,
      routeTicket(liveConfig().compiled, ticket(), saturday, EMPTY_ROUTING_STATE),
    );
    expect(emitted(metrics)).toEqual({
      [ROUTER_METRICS.assignedToAgent]: 1,
      [ROUTER_METRICS.step(1)]: 1,
      [ROUTER_METRICS.queued]: 1,
      [ROUTER_METRICS.step(6)]: 1,
    });
  });
});
