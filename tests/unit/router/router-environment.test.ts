import { describe, expect, it } from 'vitest';
import { MissingEnvironmentError } from '../../../functions/shared/missing-environment-error';
import { readRouterEnvironment } from '../../../functions/router/environment';
import { readSchedulerEnvironment } from '../../../functions/scheduler/environment';

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
    expect(() => readRouterEnvironment(rest)).toThrow(
      /TICKETS_TABLE_NAME is not set for the router;/,
    );
  });

  // The scheduler reads the same names, so the error says which function was deployed without one.
  it('names the function that read it', () => {
    const rest: Record<string, string> = { ...full };
    delete rest.SENDER_EMAIL;
    expect(() => readSchedulerEnvironment(rest)).toThrow(
      /SENDER_EMAIL is not set for the scheduler;/,
    );
  });

  it('reads the links only with a base URL, and names their secret variables', () => {
    expect(readRouterEnvironment(full)).not.toHaveProperty('ticketLinks');
    const links = { TICKET_LINKS_BASE_URL: 'https://api', TICKET_LINK_SECRET_ARN: 'arn:secret' };
    expect(readSchedulerEnvironment({ ...full, ...links }).ticketLinks).toEqual({
      baseUrl: 'https://api',
      secretEnv: { TICKET_LINK_SECRET: undefined, TICKET_LINK_SECRET_ARN: 'arn:secret' },
    });
  });

  it('does without a configuration set (the local SES has none)', () => {
    const rest: Record<string, string> = { ...full };
    delete rest.SES_CONFIGURATION_SET;
    expect(readRouterEnvironment(rest)).not.toHaveProperty('configurationSet');
  });
});
