import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_STREAM_FILTERS,
  TICKETS_STREAM_FILTERS,
} from '../../../functions/definitions/waiting-line';
import {
  checkFilterPattern,
  passesFilters,
  toDynamoDbRecord,
  UnsupportedFilterError,
} from '../../../functions/local-stack/stream-records';

const load = (eventName: 'INSERT' | 'MODIFY', lastChange?: string): DynamoDBRecord => ({
  eventName,
  dynamodb: {
    Keys: { pk: { S: 'AGENT#ann' }, sk: { S: 'LOAD' } },
    NewImage: {
      pk: { S: 'AGENT#ann' },
      sk: { S: 'LOAD' },
      openTickets: { N: '2' },
      ...(lastChange ? { lastChange: { S: lastChange } } : {}),
    },
  },
});

describe('the local stream filters', () => {
  it('pass an agent load given back, and nothing the waiting line does not act on', () => {
    expect(passesFilters(load('MODIFY', 'release'), TICKETS_STREAM_FILTERS)).toBe(true);
    expect(passesFilters(load('MODIFY', 'take'), TICKETS_STREAM_FILTERS)).toBe(false);
    expect(passesFilters(load('MODIFY'), TICKETS_STREAM_FILTERS)).toBe(false);
    expect(passesFilters(load('INSERT', 'take'), TICKETS_STREAM_FILTERS)).toBe(false);
    const ticket: DynamoDBRecord = {
      eventName: 'MODIFY',
      dynamodb: { Keys: { pk: { S: 'TICKET#t' }, sk: { S: 'TICKET' } } },
    };
    expect(passesFilters(ticket, TICKETS_STREAM_FILTERS)).toBe(false);
  });

  it('pass a new current configuration version, not the version items', () => {
    const config = (sk: string): DynamoDBRecord => ({
      eventName: 'INSERT',
      dynamodb: { Keys: { pk: { S: 'CONFIG' }, sk: { S: sk } } },
    });
    expect(passesFilters(config('CURRENT'), CONFIG_STREAM_FILTERS)).toBe(true);
    expect(passesFilters(config('VERSION#00000002'), CONFIG_STREAM_FILTERS)).toBe(false);
  });

  it('read exists and prefix rules, and pass everything without patterns', () => {
    const record = load('MODIFY', 'release');
    expect(
      passesFilters(record, [{ dynamodb: { Keys: { pk: { S: [{ prefix: 'AGENT#' }] } } } }]),
    ).toBe(true);
    expect(passesFilters(record, [{ dynamodb: { OldImage: [{ exists: false }] } }])).toBe(true);
    expect(passesFilters(record, [{ dynamodb: { NewImage: [{ exists: false }] } }])).toBe(false);
    expect(passesFilters(record, [])).toBe(true);
  });

  it('refuse a rule they do not implement, rather than pass records Lambda would drop', () => {
    expect(() => checkFilterPattern({ dynamodb: { N: [{ numeric: ['>', 1] }] } })).toThrow(
      UnsupportedFilterError,
    );
    for (const pattern of [...TICKETS_STREAM_FILTERS, ...CONFIG_STREAM_FILTERS]) {
      expect(() => checkFilterPattern(pattern)).not.toThrow();
    }
  });
});

describe('toDynamoDbRecord', () => {
  it('builds the record Lambda hands over: epoch seconds, binary as base64, the stream ARN', () => {
    const record = toDynamoDbRecord(
      {
        eventID: 'e-1',
        eventName: 'INSERT',
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: 'ddblocal',
        dynamodb: {
          ApproximateCreationDateTime: new Date('2026-12-22T09:00:00Z'),
          Keys: { pk: { S: 'TICKET#t' } },
          NewImage: {
            pk: { S: 'TICKET#t' },
            body: { B: Buffer.from('hi') },
            nested: { M: { parts: { L: [{ B: Buffer.from('x') }] } } },
          },
          SequenceNumber: '000000000000000000007',
          SizeBytes: 42,
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
      },
      'arn:aws:dynamodb:ddblocal:000000000000:table/t/stream/1',
    );
    expect(record).toEqual({
      eventID: 'e-1',
      eventName: 'INSERT',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'ddblocal',
      eventSourceARN: 'arn:aws:dynamodb:ddblocal:000000000000:table/t/stream/1',
      dynamodb: {
        ApproximateCreationDateTime: Date.parse('2026-12-22T09:00:00Z') / 1000,
        Keys: { pk: { S: 'TICKET#t' } },
        NewImage: {
          pk: { S: 'TICKET#t' },
          body: { B: 'aGk=' },
          nested: { M: { parts: { L: [{ B: 'eA==' }] } } },
        },
        SequenceNumber: '000000000000000000007',
        SizeBytes: 42,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    });
  });
});
