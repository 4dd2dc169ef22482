// The demo's last part: a week of simulated history (tickets routed, handed over, escalated,
// acknowledged, resolved, surveys answered) written into the running stack's tickets table, so
// the reports function folds it as it folds live tickets, then the week's report by team, as
// `sunroute report --by team` prints it.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { DateTime } from 'luxon';
import { DynamoDbConfigReader } from '../../functions/adapters/dynamodb/dynamodb-config-reader';
import { DynamoDbReportsStore } from '../../functions/adapters/dynamodb/dynamodb-reports-store';
import { validateConfig } from '../../functions/core/config/validate-config';
import { dateHolidaysCalendar } from '../../functions/core/holidays/date-holidays-calendar';
import { compileConfig, type CompiledConfig } from '../../functions/core/routing/compiled-config';
import { parseReportQuery } from '../../functions/core/reports/report-query';
import { renderReport } from '../../functions/core/reports/render-report';
import { CONFIG_TABLE, REPORTS_TABLE, TICKETS_TABLE } from '../../functions/definitions/tables';
import type { LocalClients } from '../../functions/local-stack/aws-clients';
import { readReport } from '../../functions/shared/read-report';
import { demoTeams, simulatedHistory } from './simulated-history';

const TICKETS = 600;
const WAIT_MS = 60_000;

export async function reportHistoryDemo(
  clients: LocalClients,
  env: Readonly<Record<string, string>>,
  run: string,
  bold: (text: string) => string,
): Promise<void> {
  const now = Date.now();
  const from = now - 7 * 24 * 3_600_000;
  let written = 0;
  const calendars = await liveCalendars(clients, env);
  const before = await weekReport(clients, env, from, now, calendars);
  for (const item of simulatedHistory({
    teams: demoTeams(),
    count: TICKETS,
    from,
    to: now - 3_600_000,
    seed: Number.parseInt(run, 36) % 2 ** 31,
    run,
  })) {
    await clients.documents.send(
      new PutCommand({ TableName: env[TICKETS_TABLE.tableNameEnv], Item: item }),
    );
    if (item.sk === 'TICKET') written += 1;
  }
  console.log(
    `\n${bold('reports')} wrote a week of simulated history (${written} tickets with surveys); the reports function folds it from the stream`,
  );
  const deadline = Date.now() + WAIT_MS;
  let report = await weekReport(clients, env, from, now, calendars);
  while (report.total.received - before.total.received < written && Date.now() < deadline) {
    await sleep(500);
    report = await weekReport(clients, env, from, now, calendars);
  }
  console.log(`\n${renderReport(report)}`);
  console.log('the same with: npx sunroute report --by team   (or --by language, hour, … --csv)');
}

/** The running stack's live configuration, compiled: the report's covered hours come from it. */
async function liveCalendars(
  clients: LocalClients,
  env: Readonly<Record<string, string>>,
): Promise<CompiledConfig | undefined> {
  const reader = new DynamoDbConfigReader(clients.documents, env[CONFIG_TABLE.tableNameEnv]!);
  const pointer = await reader.currentVersion();
  if (!pointer) return undefined;
  const valid = validateConfig(
    (await reader.readVersion(pointer.version)).config,
    dateHolidaysCalendar,
  );
  return valid.ok ? compileConfig(valid.config, dateHolidaysCalendar) : undefined;
}

async function weekReport(
  clients: LocalClients,
  env: Readonly<Record<string, string>>,
  from: number,
  to: number,
  calendars: CompiledConfig | undefined,
) {
  const parsed = parseReportQuery(
    {
      from: DateTime.fromMillis(from, { zone: 'UTC' }).toISO()!,
      to: DateTime.fromMillis(to, { zone: 'UTC' }).toISO()!,
      by: 'team',
    },
    DateTime.utc(),
  );
  if ('errors' in parsed) throw new Error(JSON.stringify(parsed.errors));
  const store = new DynamoDbReportsStore(clients.documents, env[REPORTS_TABLE.tableNameEnv]!);
  return readReport(store, parsed.query, calendars);
}
