import { CfnOutput } from 'aws-cdk-lib';
import { HttpApi, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { HTTP_API_THROTTLE } from '../../functions/definitions/http-api';

/**
 * The one HTTP API (API Gateway v2) every sunroute endpoint hangs off: the admin API, the ingest
 * webhooks and the acknowledgement links. Each feature's construct adds its own routes, each with
 * the authorization that feature needs.
 */
export class SunrouteHttpApi extends Construct {
  readonly api: HttpApi;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Who called what and with which answer, kept as long as the functions' own logs.
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH });
    this.api = new HttpApi(this, 'Api', {
      description: 'sunroute: admin API, ingest webhooks, acknowledgement links',
      createDefaultStage: false,
    });
    this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      // Every route, the open ones (ingest webhooks, ticket links) above all: a flood is answered
      // 429 by API Gateway instead of starting functions.
      throttle: {
        rateLimit: HTTP_API_THROTTLE.rateLimit,
        burstLimit: HTTP_API_THROTTLE.burstLimit,
      },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.jsonWithStandardFields(),
      },
    });
    new CfnOutput(scope, 'HttpApiUrl', { value: this.api.apiEndpoint });
  }
}
