import { describe, expect, it } from 'vitest';
import type { TicketEvent } from '../../../../functions/core/followup/ticket-history';
import { versionedTicketUpdate } from '../../../../functions/adapters/dynamodb/versioned-ticket-update';

const EVENT: TicketEvent = {
  event: 'acknowledged',
  at: '2026-12-22T10:00:00.000Z',
  by: 'link',
  team: 'emea',
  agent: 'ana',
};
const CHANGE = {
  sets: ['acknowledgedAt = :when'],
  values: { ':when': EVENT.at },
  events: [EVENT],
};

describe('versionedTicketUpdate', () => {
  it('writes the change on the ticket item only while it is at the version read, and raises it', () => {
    expect(versionedTicketUpdate('Tickets', 'T-1', 4, CHANGE)).toEqual({
      Update: {
        TableName: 'Tickets',
        Key: { pk: 'TICKET#T-1', sk: 'TICKET' },
        UpdateExpression:
          'SET #version = :next, #history = list_append(if_not_exists(#history, :none), :events), acknowledgedAt = :when',
        ConditionExpression: '#version = :version',
        ExpressionAttributeNames: { '#version': 'version', '#history': 'history' },
        ExpressionAttributeValues: {
          ':when': EVENT.at,
          ':next': 5,
          ':none': [],
          ':events': [EVENT],
          ':version': 4,
        },
      },
    });
  });

  it('takes a ticket recorded before versions as version 0: no version attribute yet', () => {
    const { Update } = versionedTicketUpdate('Tickets', 'T-1', 0, CHANGE);
    expect(Update?.ConditionExpression).toBe('attribute_not_exists(#version)');
    expect(Update?.ExpressionAttributeValues).not.toHaveProperty(':version');
    expect(Update?.ExpressionAttributeValues).toMatchObject({ ':next': 1 });
  });

  it('adds the names of reserved words the change sets', () => {
    const { Update } = versionedTicketUpdate('Tickets', 'T-1', 2, {
      sets: ['#status = :resolved'],
      names: { '#status': 'status' },
      values: { ':resolved': 'resolved' },
      events: [{ ...EVENT, event: 'resolved' }],
    });
    expect(Update?.ExpressionAttributeNames).toEqual({
      '#version': 'version',
      '#history': 'history',
      '#status': 'status',
    });
    expect(Update?.UpdateExpression).toMatch(/, #status = :resolved$/);
  });

  it('adds a condition of the change’s own to the version’s', () => {
    const { Update } = versionedTicketUpdate('Tickets', 'T-1', 2, {
      ...CHANGE,
      condition: '#agent = :agent OR #assignment = :assignment',
      names: { '#agent': 'agent', '#assignment': 'assignment' },
      values: { ...CHANGE.values, ':agent': 'ana', ':assignment': 3 },
    });
    expect(Update?.ConditionExpression).toBe(
      '#version = :version AND (#agent = :agent OR #assignment = :assignment)',
    );
    expect(Update?.ExpressionAttributeValues).toMatchObject({ ':agent': 'ana', ':assignment': 3 });
  });
});
