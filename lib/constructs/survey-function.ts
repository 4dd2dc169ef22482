import { Validations } from 'aws-cdk-lib';
import { HttpMethod, type HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { SURVEY } from '../../functions/definitions/survey';
import { TICKETS_TABLE } from '../../functions/definitions/tables';
import { TICKET_LINKS } from '../../functions/definitions/ticket-links';
import { createSunrouteFunction } from './sunroute-function';

export interface SurveyFunctionProps {
  /** The handler module; it must export `handler`. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly ticketsTable: ITable;
  readonly api: HttpApi;
  /** The links' signing key: survey tokens are signed with it too. */
  readonly secret: ISecret;
  /** Its ceiling, so a flood on the open route cannot take the router's concurrency. */
  readonly reservedConcurrency?: number;
}

/**
 * The customer survey page (docs/reports.md): GET and HEAD show the question, POST records the
 * answer in the ticket's survey item, and nothing else.
 */
export class SurveyFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: SurveyFunctionProps) {
    super(scope, id);
    this.function = createSunrouteFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      description: 'sunroute survey: shows the question, records a customer answer, its logs',
      memoryMb: SURVEY.memoryMb,
      timeoutSeconds: SURVEY.timeoutSeconds,
      ...(props.reservedConcurrency === undefined
        ? {}
        : { reservedConcurrency: props.reservedConcurrency }),
      service: SURVEY.service,
      metricsNamespace: 'Sunroute',
      environment: {
        [TICKETS_TABLE.tableNameEnv]: props.ticketsTable.tableName,
        [TICKET_LINKS.secretArnEnv]: props.secret.secretArn,
      },
    });
    props.secret.grantRead(this.function);
    // Reads and updates the survey item (IAM cannot narrow a grant to a sort key; the handler
    // names only `sk SURVEY`).
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
        resources: [props.ticketsTable.tableArn],
      }),
    );
    const integration = new HttpLambdaIntegration('Integration', this.function);
    const routes = props.api.addRoutes({
      path: SURVEY.path,
      methods: SURVEY.methods.map((method) => HttpMethod[method]),
      integration,
    });
    for (const route of routes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'A customer follows this link from an email or a chat, without an AWS identity or a ' +
          'login: the HMAC-SHA256 token bound to the ticket and the survey window is the ' +
          'authorization, checked before anything is read; only a POST records.',
      });
    }
  }
}
