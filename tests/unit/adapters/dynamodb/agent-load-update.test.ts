import { describe, expect, it } from 'vitest';
import { agentLoadUpdate } from '../../../../functions/adapters/dynamodb/agent-load-update';

const TABLE = 'Tickets';
const AT = Date.parse('2026-12-22T10:00:00Z');

describe('agentLoadUpdate', () => {
  it('takes a place in the load of the agent it names and stamps lastAssignedAt', () => {
    expect(agentLoadUpdate(TABLE, 'ana', { kind: 'take', at: AT })).toEqual({
      Update: {
        TableName: TABLE,
        Key: { pk: 'AGENT#ana', sk: 'LOAD' },
        UpdateExpression: 'ADD openTickets :one SET lastAssignedAt = :at',
        ExpressionAttributeValues: { ':one': 1, ':at': AT },
      },
    });
  });

  it('refuses a take at the agent limit, counting a load never written as below it', () => {
    const { Update } = agentLoadUpdate(TABLE, 'ana', { kind: 'take', at: AT, limit: 3 });
    expect(Update?.ConditionExpression).toBe(
      'attribute_not_exists(openTickets) OR openTickets < :max',
    );
    expect(Update?.ExpressionAttributeValues).toEqual({ ':one': 1, ':at': AT, ':max': 3 });
  });

  it('keeps a limit of zero, which refuses every ticket', () => {
    const { Update } = agentLoadUpdate(TABLE, 'ana', { kind: 'take', at: AT, limit: 0 });
    expect(Update?.ExpressionAttributeValues).toMatchObject({ ':max': 0 });
    expect(Update?.ConditionExpression).toBeDefined();
  });

  it('gives a place back without a condition when asked to', () => {
    expect(agentLoadUpdate(TABLE, 'ben', { kind: 'release', aboveZero: false })).toEqual({
      Update: {
        TableName: TABLE,
        Key: { pk: 'AGENT#ben', sk: 'LOAD' },
        UpdateExpression: 'ADD openTickets :minusOne',
        ExpressionAttributeValues: { ':minusOne': -1 },
      },
    });
  });

  it('refuses to give a place back below zero when asked to', () => {
    const { Update } = agentLoadUpdate(TABLE, 'ben', { kind: 'release', aboveZero: true });
    expect(Update?.ConditionExpression).toBe('openTickets > :zero');
    expect(Update?.ExpressionAttributeValues).toEqual({ ':minusOne': -1, ':zero': 0 });
  });
});
