import { describe, expect, it } from 'vitest';
import type { AdminApi } from '../../../lib/constructs/admin-api';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { ReportsFunction } from '../../../lib/constructs/reports-function';
import type { SurveyFunction } from '../../../lib/constructs/survey-function';
import { SURVEY_ROUTE_KEYS } from '../../../functions/definitions/survey';
import {
  REPORTS,
  REPORTS_METRICS,
  REPORTS_STREAM,
  REPORTS_STREAM_FILTERS,
} from '../../../functions/definitions/reports';
import {
  REPORTS_TABLE,
  TICKET_INDEXES,
  TICKETS_TABLE,
} from '../../../functions/definitions/tables';
import { cfn, child, logicalId, synthTestStack } from './synth-test-stack';
import { grants, roleStatements } from './role-grants';

const { stack, template } = synthTestStack();
const reports = child<ReportsFunction>(stack, 'Reporting');
const admin = child<AdminApi>(stack, 'Admin');
const ticketsTable = child<DefinitionTable>(stack, TICKETS_TABLE.id).table;
const reportsTable = child<DefinitionTable>(stack, REPORTS_TABLE.id).table;
const resources = template.toJSON().Resources as Record<
  string,
  { Type: string; Properties: Record<string, unknown> }
>;
const functionId = logicalId(stack, reports.function);
const mappings = Object.values(resources).filter(
  (resource) =>
    resource.Type === 'AWS::Lambda::EventSourceMapping' &&
    JSON.stringify(resource.Properties.FunctionName) === JSON.stringify({ Ref: functionId }),
);
const on = (actions: string[], resource: unknown) =>
  actions.map((action) => `${action} on ${JSON.stringify(cfn(stack, resource))}`);

describe('reports', () => {
  it('reads ticket and survey changes off the tickets stream, retrying for the stream’s day', () => {
    expect(mappings).toHaveLength(1);
    expect(mappings[0]!.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack, ticketsTable), 'StreamArn'] },
      FilterCriteria: {
        Filters: REPORTS_STREAM_FILTERS.map((pattern) => ({ Pattern: JSON.stringify(pattern) })),
      },
      MaximumRetryAttempts: REPORTS_STREAM.retryAttempts,
      MaximumRecordAgeInSeconds: REPORTS_STREAM.maxRecordAgeSeconds,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('keeps aggregates in a table of their own, with TTL and no stream', () => {
    const table = resources[logicalId(stack, reportsTable)]!.Properties;
    expect(table.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
    expect(table.StreamSpecification).toBeUndefined();
  });

  it('may add to and compact the aggregates and read one earlier ticket, nothing more', () => {
    const granted = grants(roleStatements(template, logicalId(stack, reports.function.role!)));
    expect(granted).toEqual(
      expect.arrayContaining([
        ...on(
          ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
          ticketsTable.tableArn,
        ),
        ...on(['dynamodb:Query'], ticketsTable.tableArn),
        ...on(['dynamodb:Query'], `${ticketsTable.tableArn}/index/${TICKET_INDEXES.byThread}`),
        ...on(['dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'], reportsTable.tableArn),
      ]),
    );
    expect(granted.filter((grant) => /Delete|Scan|BatchWrite/.test(grant))).toEqual([]);
  });

  it('serves the survey page on the API with a role that reads and answers surveys only', () => {
    const survey = child<SurveyFunction>(stack, 'Survey');
    const granted = grants(roleStatements(template, logicalId(stack, survey.function.role!)));
    expect(granted.filter((grant) => grant.startsWith('dynamodb:'))).toEqual(
      on(['dynamodb:GetItem', 'dynamodb:UpdateItem'], ticketsTable.tableArn),
    );
    const routes = Object.values(resources)
      .filter((resource) => resource.Type === 'AWS::ApiGatewayV2::Route')
      .map((resource) => resource.Properties.RouteKey);
    for (const key of SURVEY_ROUTE_KEYS) expect(routes).toContain(key);
  });

  it('lets the admin API only query the aggregates', () => {
    const granted = grants(roleStatements(template, logicalId(stack, admin.function.role!)));
    const onReports = granted.filter((grant) =>
      grant.endsWith(JSON.stringify(cfn(stack, reportsTable.tableArn))),
    );
    expect(onReports).toEqual(on(['dynamodb:Query'], reportsTable.tableArn));
  });

  it('draws the measures it emits on a dashboard', () => {
    const dashboards = Object.values(resources).filter(
      (resource) => resource.Type === 'AWS::CloudWatch::Dashboard',
    );
    expect(dashboards).toHaveLength(1);
    const body = JSON.stringify(dashboards[0]!.Properties.DashboardBody);
    for (const name of Object.values(REPORTS_METRICS)) expect(body).toContain(name);
    expect(body).toContain(REPORTS.service);
  });
});
