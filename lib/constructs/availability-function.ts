import { Validations } from 'aws-cdk-lib';
import type { CfnStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpMethod, type HttpApi, type IHttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { AVAILABILITY } from '../../functions/definitions/availability';
import { CONFIG_TABLE } from '../../functions/definitions/tables';
import { createSunrouteFunction } from './sunroute-function';
import { grantConfigRead } from './config-read-grant';

export interface AvailabilityProps {
  readonly entry: string;
  readonly projectRoot: string;
  readonly api: HttpApi;
  /** The API's stage, on which the route's throttle is set. */
  readonly stage: IHttpStage;
  readonly configTable: ITable;
}

/**
 * `GET /availability`: public, for help centres and chat widgets. The function may read the
 * configuration and nothing else; API Gateway throttles the route (AVAILABILITY.throttle) and
 * answers 429 beyond it, and the answers carry Cache-Control so that CDNs and browsers absorb
 * the rest.
 */
export class Availability extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: AvailabilityProps) {
    super(scope, id);
    this.function = createSunrouteFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      description: 'sunroute availability: whether a language is on shift, from the configuration',
      memoryMb: AVAILABILITY.memoryMb,
      timeoutSeconds: AVAILABILITY.timeoutSeconds,
      service: AVAILABILITY.service,
      metricsNamespace: 'Sunroute',
      environment: { [CONFIG_TABLE.tableNameEnv]: props.configTable.tableName },
    });
    grantConfigRead(this.function, props.configTable);

    const [route] = props.api.addRoutes({
      path: AVAILABILITY.path,
      methods: [HttpMethod.GET],
      integration: new HttpLambdaIntegration('Integration', this.function),
    });
    Validations.of(route!).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Public on purpose: help centres and chat widgets ask before anyone writes in. It ' +
        'answers team-level facts from the configuration only (no ticket, no customer data), ' +
        'is throttled per route and cacheable.',
    });
    const stage = props.stage.node.defaultChild as CfnStage;
    stage.addPropertyOverride(`RouteSettings.${AVAILABILITY.routeKey}`, {
      ThrottlingRateLimit: AVAILABILITY.throttle.rateLimit,
      ThrottlingBurstLimit: AVAILABILITY.throttle.burstLimit,
    });
  }
}
