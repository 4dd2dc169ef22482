import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../functions/definitions/tables';
import type { EmailSending } from './email-sending';
import { ticketLinkEnvironment, type TicketLinkSetting } from './ticket-link-setting';
import { grantConfigRead } from './config-read-grant';

/**
 * What a function that moves tickets to agents outside the router needs (the scheduler, the
 * waiting line): the live configuration, the tickets table, SES and the key that signs the new
 * holder's links.
 */
export interface AssignmentDeliveryProps {
  readonly configTable: ITable;
  readonly ticketsTable: ITable;
  readonly email: EmailSending;
  /** Where new holders' links point, the key that signs them and their reply address's domain. */
  readonly ticketLinks: TicketLinkSetting;
}

/** The environment such a function reads (functions/shared/routing-environment.ts). */
export function assignmentDeliveryEnvironment(
  props: AssignmentDeliveryProps,
): Record<string, string> {
  return {
    [CONFIG_TABLE.tableNameEnv]: props.configTable.tableName,
    [TICKETS_TABLE.tableNameEnv]: props.ticketsTable.tableName,
    ...props.email.environment(),
    ...ticketLinkEnvironment(props.ticketLinks),
  };
}

/**
 * Exactly what moving a ticket to an agent takes: send email, read the link key and the current
 * configuration (grantConfigRead), and on the tickets table agents' loads (BatchGetItem), a ticket
 * (GetItem) and its outbox (Query), the transaction that moves it (Update of the ticket and the
 * loads, Put of outbox emails) and marking emails sent, plus queries of `indexes`. No Delete or
 * Scan.
 */
export function grantAssignmentDelivery(
  fn: IFunction,
  props: AssignmentDeliveryProps,
  indexes: readonly string[],
): void {
  props.email.grantSendEmail(fn);
  props.ticketLinks.secret.grantRead(fn);
  grantConfigRead(fn, props.configTable);
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: [
        'dynamodb:GetItem',
        'dynamodb:BatchGetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
      ],
      resources: [props.ticketsTable.tableArn],
    }),
  );
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['dynamodb:Query'],
      resources: indexes.map((index) => `${props.ticketsTable.tableArn}/index/${index}`),
    }),
  );
}
