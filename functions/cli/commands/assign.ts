import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Command } from 'commander';
import { EMAIL_SENDING } from '../../definitions/email-sending';
import { localClientConfig } from '../../definitions/local-credentials';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../definitions/tables';
import { assignByHand, type HandAssignOutcome } from '../../shared/assign-by-hand';
import { awsLineDependencies } from '../../shared/aws-line-dependencies';
import { readRoutingEnvironment, type RoutingEnvironment } from '../../shared/routing-environment';
import { CliInputError } from '../cli-input-error';
import { commandSummary } from '../command-list';
import type { CliIo } from '../cli-io';
import { cliUser } from '../cli-user';
import { runningLocalStack } from '../running-local-stack';

/** Where the command assigns: a deployed stack named by the environment, or the local stack. */
interface AssignTarget {
  readonly env: RoutingEnvironment;
  readonly dynamodb: DynamoDBClient;
  readonly sesv2: SESv2Client;
  readonly description: string;
}

const DEPLOYED_ENV = [
  CONFIG_TABLE.tableNameEnv,
  TICKETS_TABLE.tableNameEnv,
  EMAIL_SENDING.senderEmailEnv,
] as const;

function assignTarget(env: Readonly<Record<string, string | undefined>>): AssignTarget {
  if (DEPLOYED_ENV.every((name) => env[name])) {
    return {
      env: readRoutingEnvironment(env, 'sunroute assign'),
      dynamodb: new DynamoDBClient({}),
      sesv2: new SESv2Client({}),
      description: `table ${env[TICKETS_TABLE.tableNameEnv]}`,
    };
  }
  const note = runningLocalStack();
  if (!note) {
    throw new CliInputError(
      `${DEPLOYED_ENV.join(', ')}: not all set and no local stack runs (start one with npm start; ` +
        'a deployed stack has them as its ConfigTableName and TicketsTableName outputs and its sender address)',
    );
  }
  return {
    env: readRoutingEnvironment(note.env, 'sunroute assign'),
    dynamodb: new DynamoDBClient(localClientConfig(note.endpoints.dynamodb, note.env.AWS_REGION)),
    sesv2: new SESv2Client(localClientConfig(note.endpoints.sesv2, note.env.AWS_REGION)),
    description: 'the local stack',
  };
}

function report(ticketId: string, agentId: string, outcome: HandAssignOutcome): string {
  switch (outcome.kind) {
    case 'unchanged':
      return `${ticketId}: agent ${agentId} holds it already; nothing changed\n`;
    case 'assigned': {
      const from =
        outcome.previousAgent === null ? '' : `, taken from agent ${outcome.previousAgent}`;
      return `${ticketId}: assigned to agent ${agentId} of team ${outcome.decision.team}${from}; the agent is emailed\n`;
    }
    default:
      return '';
  }
}

/**
 * `sunroute assign TICKET AGENT [--over-capacity]`: what `POST /tickets/{id}/assign` does, from
 * the command line: the ticket goes to the agent (out of its team's line, or from another agent),
 * within the agent's `maxOpenTickets` unless told otherwise, recorded as done by the CLI's user.
 */
export function registerAssignCommand(program: Command, io: CliIo): void {
  program
    .command('assign')
    .description(commandSummary('assign'))
    .argument('<ticket>', 'ticket id')
    .argument('<agent>', 'agent id')
    .option('--over-capacity', 'assign even when the agent holds maxOpenTickets already')
    .action(async (ticketId: string, agentId: string, options: { overCapacity?: boolean }) => {
      const target = assignTarget(process.env);
      try {
        const deps = awsLineDependencies(
          target.env,
          {
            dynamodb: target.dynamodb,
            sesv2: target.sesv2,
            logger: new Logger({ serviceName: 'sunroute-cli', logLevel: 'ERROR' }),
            metrics: new Metrics({ namespace: 'Sunroute', serviceName: 'sunroute-cli' }),
          },
          'assigning by hand',
        );
        const outcome = await assignByHand(deps, {
          ticketId,
          agentId,
          overCapacity: options.overCapacity === true,
          by: cliUser(),
        });
        switch (outcome.kind) {
          case 'not-found':
            throw new CliInputError(
              `${ticketId}: no open ticket of that id in ${target.description}`,
            );
          case 'unknown-agent':
            throw new CliInputError(`${agentId}: not an agent of the current configuration`);
          case 'over-capacity':
            throw new CliInputError(
              `${agentId}: holds ${outcome.openTickets} of ${outcome.limit} open tickets; ` +
                'give --over-capacity to assign over the limit',
            );
          default:
            io.out(report(ticketId, agentId, outcome));
        }
      } finally {
        target.dynamodb.destroy();
        target.sesv2.destroy();
      }
    });
}
