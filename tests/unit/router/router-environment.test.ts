import { describe, expect, it } from 'vitest';
import { MissingEnvironmentError } from '../../../functions/router/missing-environment-error';
import { readRouterEnvironment } from '../../../functions/router/router-environment';

const full = {
  CONFIG_TABLE_NAME: 'Config',
  TICKETS_TABLE_NAME: 'Tickets',
  DEAD_LETTER_QUEUE_URL: 'https://sqs/dlq',
  SENDER_EMAIL: 'router@example.com',
  SES_CONFIGURATION_SET: 'sunroute',
};

describe('readRouterEnvironment', () => {
  it('reads the names the stack sets', () => {
    expect(readRouterEnvironment(full)).toEqual({
      configTable: 'Config',
      ticketsTable: 'Tickets',
      deadLetterQueueUrl: 'https://sqs/dlq',
      senderEmail: 'router@example.com',
      configurationSet: 'sunroute',
    });
  });

  it('names the variable that is missing', () => {
    const rest: Record<string, string> = { ...full };
    delete rest.TICKETS_TABLE_NAME;
    expect(() => readRouterEnvironment(rest)).toThrow(MissingEnvironmentError);
    expect(() => readRouterEnvironment(rest)).toThrow(/TICKETS_TABLE_NAME is not set/);
  });

  it('does without a configuration set (the local SES has none)', () => {
    const rest: Record<string, string> = { ...full };
    delete rest.SES_CONFIGURATION_SET;
    expect(readRouterEnvironment(rest)).not.toHaveProperty('configurationSet');
  });
});
