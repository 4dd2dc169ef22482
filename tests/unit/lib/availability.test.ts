import { describe, expect, it } from 'vitest';
import type { Availability } from '../../../lib/constructs/availability-function';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { SunrouteHttpApi } from '../../../lib/constructs/sunroute-http-api';
import { AVAILABILITY } from '../../../functions/definitions/availability';
import { CONFIG_TABLE } from '../../../functions/definitions/tables';
import { cfn, child, logicalId, synthTestStack } from './synth-test-stack';
import { grants, roleStatements } from './role-grants';

const { stack, template } = synthTestStack();
const availability = child<Availability>(stack, 'Availability');
const api = child<SunrouteHttpApi>(stack, 'HttpApi');
const configTable = child<DefinitionTable>(stack, CONFIG_TABLE.id).table;
const resources = template.toJSON().Resources as Record<
  string,
  { Type: string; Properties: Record<string, unknown> }
>;
const functionId = logicalId(stack, availability.function);

describe('GET /availability', () => {
  it('is public: no authorizer, straight to its function', () => {
    const [route, ...others] = Object.values(resources).filter(
      (r) =>
        r.Type === 'AWS::ApiGatewayV2::Route' && r.Properties.RouteKey === AVAILABILITY.routeKey,
    );
    expect(others).toEqual([]);
    expect(route!.Properties.AuthorizationType ?? 'NONE').toBe('NONE');
    const integrationId = /"Ref":"([^"]+)"/.exec(JSON.stringify(route!.Properties.Target))![1]!;
    expect(resources[integrationId]!.Properties).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { 'Fn::GetAtt': [functionId, 'Arn'] },
    });
  });

  it('is throttled on the stage, per route, so one busy help centre cannot run up the bill', () => {
    const stage = resources[logicalId(stack, api.stage)]!;
    expect(stage.Properties.RouteSettings).toEqual({
      [AVAILABILITY.routeKey]: {
        ThrottlingRateLimit: AVAILABILITY.throttle.rateLimit,
        ThrottlingBurstLimit: AVAILABILITY.throttle.burstLimit,
      },
    });
  });

  it('may read the configuration and write its logs, nothing else: no tickets, no customers', () => {
    const on = (value: unknown) => JSON.stringify(cfn(stack, value));
    const role = logicalId(stack, availability.function.role!);
    expect(grants(roleStatements(template, role)).sort()).toEqual(
      [
        `dynamodb:GetItem on ${on(configTable.tableArn)}`,
        `dynamodb:Query on ${on(configTable.tableArn)}`,
        `logs:CreateLogStream on ${on(availability.function.logGroup.logGroupArn)}`,
        `logs:PutLogEvents on ${on(availability.function.logGroup.logGroupArn)}`,
      ].sort(),
    );
    const variables = (resources[functionId]!.Properties.Environment as { Variables: object })
      .Variables;
    expect(Object.keys(variables)).not.toContain('TICKETS_TABLE_NAME');
  });
});
