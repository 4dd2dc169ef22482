import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { HttpMethod, type HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { TICKETS_TABLE } from '../../functions/definitions/tables';
import { TICKET_LINKS } from '../../functions/definitions/ticket-links';
import { createSunrouteFunction } from './sunroute-function';

export interface TicketLinksProps {
  /** The handler module; it must export `handler`. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly ticketsTable: ITable;
  readonly api: HttpApi;
  /** Its ceiling, so a flood on the open routes cannot take the router's concurrency. */
  readonly reservedConcurrency?: number;
}

/**
 * The acknowledge/resolve links of assignment emails: the signing key (a Secrets Manager secret
 * the router signs with and this function checks with), the function that follows the links, and
 * its routes on the shared HTTP API (GET and HEAD show a page, POST acts).
 */
export class TicketLinks extends Construct {
  readonly function: NodejsFunction;
  readonly secret: Secret;

  constructor(scope: Construct, id: string, props: TicketLinksProps) {
    super(scope, id);
    this.secret = new Secret(this, 'SigningKey', {
      description:
        'sunroute: HMAC-SHA256 key of the acknowledge/resolve links in assignment emails',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      // Links in emails already sent stop working if the key goes; keep it with the tickets.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The link signing key is not rotated automatically: a rotation would invalidate every ' +
        'acknowledge/resolve link in emails already sent; links expire after 14 days and the key ' +
        'can be replaced by hand (docs/follow-the-sun.md).',
    });

    this.function = createSunrouteFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      description:
        'sunroute ticket links: acknowledge/resolve one ticket, its signing key, its logs',
      memoryMb: TICKET_LINKS.memoryMb,
      timeoutSeconds: TICKET_LINKS.timeoutSeconds,
      ...(props.reservedConcurrency === undefined
        ? {}
        : { reservedConcurrency: props.reservedConcurrency }),
      service: 'sunroute-ticket-links',
      metricsNamespace: 'Sunroute',
      environment: {
        [TICKETS_TABLE.tableNameEnv]: props.ticketsTable.tableName,
        [TICKET_LINKS.secretArnEnv]: this.secret.secretArn,
      },
    });
    this.secret.grantRead(this.function);
    // Reading one ticket and changing it with its agent's load in one transaction (authorized
    // per contained action); no Put, Delete, Query or Scan.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
        resources: [props.ticketsTable.tableArn],
      }),
    );

    const integration = new HttpLambdaIntegration('Integration', this.function);
    for (const path of Object.values(TICKET_LINKS.paths)) {
      const routes = props.api.addRoutes({
        path,
        methods: TICKET_LINKS.methods.map((method) => HttpMethod[method]),
        integration,
      });
      for (const route of routes) {
        Validations.of(route).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            'An agent follows this link from an email, without an AWS identity or a login: the ' +
            'HMAC-SHA256 token (in the query for the GET/HEAD confirmation page, in the form ' +
            'body for the POST that acts), bound to the ticket, the action, the agent, the ' +
            'assignment and an expiry, is the authorization, checked before anything is read.',
        });
      }
    }
  }
}
