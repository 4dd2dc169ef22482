// POST /tickets/{id}/assign: what the endpoint checks and answers; the assignment itself is the
// shared assignByHand, tested on the stand-ins (tests/integration/waiting-line).
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createAdminHandler } from '../../../functions/admin/admin-handler';
import type { HandAssignment, HandAssignOutcome } from '../../../functions/shared/assign-by-hand';
import { adminEvent, memoryAdminDependencies, READER_CLAIMS } from './memory-admin-dependencies';

const ROUTE = 'POST /tickets/{id}/assign';

function setup(answer: HandAssignOutcome | undefined) {
  const requests: HandAssignment[] = [];
  const { deps } = memoryAdminDependencies(
    answer === undefined
      ? {}
      : {
          assign: async (request) => {
            requests.push(request);
            return answer;
          },
        },
  );
  const handler = createAdminHandler(deps);
  const call = async (body: unknown, claims?: Record<string, unknown>) => {
    const response = await handler(
      adminEvent(ROUTE, {
        body: typeof body === 'string' ? body : JSON.stringify(body),
        pathParameters: { id: 'T-1' },
        ...(claims ? { claims } : {}),
      }),
      {} as Context,
    );
    return { status: response.statusCode, json: JSON.parse(response.body ?? 'null') };
  };
  return { call, requests };
}

describe('POST /tickets/{id}/assign', () => {
  it('assigns for a support lead, named as who did it', async () => {
    const { call, requests } = setup({
      kind: 'assigned',
      previousAgent: null,
      decision: { agent: 'ann' } as never,
    });
    const response = await call({ agent: 'ann' });
    expect(response).toEqual({ status: 200, json: { changed: true, decision: { agent: 'ann' } } });
    expect(requests).toEqual([{ ticketId: 'T-1', agentId: 'ann', overCapacity: false, by: 'lea' }]);
  });

  it('is for support leads only', async () => {
    const { call, requests } = setup({ kind: 'not-found' });
    expect((await call({ agent: 'ann' }, READER_CLAIMS)).status).toBe(403);
    expect(requests).toEqual([]);
  });

  it('names every field it cannot take', async () => {
    const { call } = setup({ kind: 'not-found' });
    const response = await call({ agent: '', overCapacity: 'yes', team: 'x' });
    expect(response.status).toBe(400);
    expect(response.json.errors).toEqual([
      { path: 'body.agent', message: 'is required: the id of an agent' },
      { path: 'body.overCapacity', message: 'must be true or false' },
      { path: 'body.team', message: 'is not a field of an assignment' },
    ]);
  });

  it('answers 409 over capacity, saying how to assign anyway', async () => {
    const { call } = setup({ kind: 'over-capacity', openTickets: 3, limit: 3 });
    expect(await call({ agent: 'ann' })).toMatchObject({
      status: 409,
      json: {
        message:
          'agent ann holds 3 of 3 open tickets; send "overCapacity": true to assign over the limit',
      },
    });
  });

  it('answers 404 for a ticket that is not open, 400 for an agent not configured', async () => {
    expect((await setup({ kind: 'not-found' }).call({ agent: 'ann' })).status).toBe(404);
    const unknown = await setup({ kind: 'unknown-agent' }).call({ agent: 'zed' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors[0].path).toBe('body.agent');
  });

  it('answers 503 when the function cannot send the agent email', async () => {
    expect((await setup(undefined).call({ agent: 'ann' })).status).toBe(503);
  });
});
