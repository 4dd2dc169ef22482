import { EMAIL_SENDING } from '../definitions/email-sending';
import { CONFIG_TABLE, REPORTS_TABLE, TICKETS_TABLE } from '../definitions/tables';
import { requiredEnvironment } from '../shared/required-environment';
import { readRoutingEnvironment, type RoutingEnvironment } from '../shared/routing-environment';

/** What the admin function learns from its environment, under the names the CDK stack sets. */
export interface AdminEnvironment {
  readonly configTable: string;
  readonly ticketsTable: string;
  readonly reportsTable: string;
  /**
   * How a lead's assignment emails the agent (sender, links); absent without a sender, and
   * `POST /tickets/{id}/assign` then answers 503.
   */
  readonly delivery?: RoutingEnvironment;
}

export function readAdminEnvironment(env: NodeJS.ProcessEnv): AdminEnvironment {
  const required = requiredEnvironment(env, 'admin function');
  return {
    configTable: required(CONFIG_TABLE.tableNameEnv),
    ticketsTable: required(TICKETS_TABLE.tableNameEnv),
    reportsTable: required(REPORTS_TABLE.tableNameEnv),
    ...(env[EMAIL_SENDING.senderEmailEnv]
      ? { delivery: readRoutingEnvironment(env, 'admin function') }
      : {}),
  };
}
