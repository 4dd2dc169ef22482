import { describe, expect, it } from 'vitest';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { SunrouteHttpApi } from '../../../lib/constructs/sunroute-http-api';
import type { TicketLinks } from '../../../lib/constructs/ticket-links-function';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { TICKET_LINK_ROUTE_KEYS, TICKET_LINKS } from '../../../functions/definitions/ticket-links';
import { cfn, child, logicalId, synthTestStack } from './synth-test-stack';
import { grants, roleStatements } from './role-grants';

const { stack, template } = synthTestStack();
const links = child<TicketLinks>(stack, 'TicketLinks');
const api = child<SunrouteHttpApi>(stack, 'HttpApi');
const ticketsTable = child<DefinitionTable>(stack, TICKETS_TABLE.id).table;
const resources = template.toJSON().Resources as Record<
  string,
  { Type: string; Properties: Record<string, unknown> }
>;
const functionId = logicalId(stack, links.function);
const roleId = logicalId(stack, links.function.role!);

describe('ticket links', () => {
  it('serves GET, HEAD and POST of /tickets/{id}/ack and /resolve without an authorizer', () => {
    const routes = Object.values(resources).filter((r) => r.Type === 'AWS::ApiGatewayV2::Route');
    const ours = routes.filter((r) =>
      /^[A-Z]+ \/tickets\/\{id\}\/(ack|resolve)$/.test(String(r.Properties.RouteKey)),
    );
    expect(ours.map((r) => r.Properties.RouteKey).sort()).toEqual(
      [
        'GET /tickets/{id}/ack',
        'HEAD /tickets/{id}/ack',
        'POST /tickets/{id}/ack',
        'GET /tickets/{id}/resolve',
        'HEAD /tickets/{id}/resolve',
        'POST /tickets/{id}/resolve',
      ].sort(),
    );
    expect([...TICKET_LINK_ROUTE_KEYS].sort()).toEqual(
      ours.map((r) => r.Properties.RouteKey).sort(),
    );
    for (const route of ours) {
      expect(route.Properties.ApiId).toEqual({ Ref: logicalId(stack, api.api) });
      expect(route.Properties.AuthorizationType ?? 'NONE').toBe('NONE');
      const target = JSON.stringify(route.Properties.Target);
      const integrationId = /"Ref":"([^"]+)"/.exec(target)![1]!;
      expect(resources[integrationId]!.Properties).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: { 'Fn::GetAtt': [functionId, 'Arn'] },
        PayloadFormatVersion: '2.0',
      });
    }
  });

  it('learns the tickets table and the signing key’s ARN, never the key itself', () => {
    const variables = (resources[functionId]!.Properties.Environment as { Variables: object })
      .Variables;
    expect(variables).toMatchObject({
      [TICKETS_TABLE.tableNameEnv]: { Ref: logicalId(stack, ticketsTable) },
      [TICKET_LINKS.secretArnEnv]: { Ref: logicalId(stack, links.secret) },
    });
    expect(variables).not.toHaveProperty(TICKET_LINKS.secretEnv);
  });

  it('may read and update tickets, read its key and write its logs, nothing else', () => {
    const granted = grants(roleStatements(template, roleId));
    const on = (value: unknown) => JSON.stringify(cfn(stack, value));
    expect(granted.sort()).toEqual(
      [
        `dynamodb:GetItem on ${on(ticketsTable.tableArn)}`,
        `dynamodb:UpdateItem on ${on(ticketsTable.tableArn)}`,
        `logs:CreateLogStream on ${on(links.function.logGroup.logGroupArn)}`,
        `logs:PutLogEvents on ${on(links.function.logGroup.logGroupArn)}`,
        `secretsmanager:DescribeSecret on ${on(links.secret.secretArn)}`,
        `secretsmanager:GetSecretValue on ${on(links.secret.secretArn)}`,
      ].sort(),
    );
  });

  it('keeps the signing key when the stack goes, so sent links do not all break at once', () => {
    expect(resources[logicalId(stack, links.secret)]).toMatchObject({
      Type: 'AWS::SecretsManager::Secret',
      DeletionPolicy: 'Retain',
    });
  });
});
