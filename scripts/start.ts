// `npm start`: sunroute on this machine. DynamoDB Local, fauxqs (SQS) and aws-ses-v2-local start,
// the tables and queues are created from the definitions the CDK stack uses, the demo company's
// configuration is applied, and the real router handler consumes the ticket queue as Lambda
// would. Ctrl-C stops everything.
import { readFileSync } from 'node:fs';
import { LOCAL_CONSOLE_PATH } from '../functions/definitions/console';
import { INGEST } from '../functions/definitions/ingest';
import { SCHEDULER } from '../functions/definitions/scheduler';
import { TICKET_QUEUE } from '../functions/definitions/queues';
import { CONFIG_TABLE, TICKETS_TABLE } from '../functions/definitions/tables';
import { LOCAL_ADMIN_TOKENS } from '../functions/local-stack/admin-authorizer';
import { DEFAULT_GATEWAY_PORT } from '../functions/local-stack/http-gateway';
import { DEFAULT_PORTS } from '../functions/local-stack/ports';
import { startLocalStack } from '../functions/local-stack/local-stack';
import {
  removeLocalStackNote,
  writeLocalStackNote,
} from '../functions/definitions/local-stack-note';
import { LOCAL_WEBHOOK_SECRET } from '../functions/definitions/local-webhook-secret';
import {
  SchedulerClockError,
  simulatedClockFromEnv,
} from '../functions/local-stack/scheduler-clock';
import { JavaNotFoundError, PortInUseError } from '../functions/local-stack/stand-in-errors';

const CONFIG = 'examples/sunroute.yaml';
const bold = (text: string) => `\x1b[1m${text}\x1b[0m`;
const time = () => new Date().toISOString().slice(11, 19);

// In Lambda, Powertools metrics are log lines CloudWatch turns into metrics; here they would only
// bury the router's own lines.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

console.log(bold('sunroute — starting the local stack'));
let simulated;
try {
  simulated = simulatedClockFromEnv(process.env);
} catch (error) {
  if (!(error instanceof SchedulerClockError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const schedulerEveryMs = (SCHEDULER.everyMinutes * 60_000) / (simulated?.speed ?? 1);
let stack;
try {
  stack = await startLocalStack({
    ...(simulated ? { router: { clock: simulated.clock } } : {}),
    scheduler: {
      everyMs: schedulerEveryMs,
      onRun: (run) => {
        const done = run.handedOver + run.queuedAssigned + run.escalated;
        if (done === 0 && run.failed === 0) return;
        const at = new Date((simulated?.clock ?? Date.now)()).toISOString().slice(0, 16);
        console.log(
          `${time()}  scheduler at ${at}Z: ${run.handedOver} handed over, ${run.queuedAssigned} queued started, ` +
            `${run.escalated} escalated${run.failed ? `, ${run.failed} failed (retried next run)` : ''}`,
        );
      },
    },
    ports: DEFAULT_PORTS,
    httpPort: DEFAULT_GATEWAY_PORT,
    configDocument: readFileSync(CONFIG, 'utf8'),
    onInvocation: (outcome) => {
      const retried = outcome.retriedIds.length;
      console.log(
        `${time()}  router: batch of ${outcome.records.length} in ${Math.round(outcome.durationMs)} ms — ` +
          `${outcome.deletedIds.length} done${retried ? `, ${retried} left for retry` : ''}`,
      );
    },
  });
} catch (error) {
  if (error instanceof JavaNotFoundError || error instanceof PortInUseError) {
    console.error(`\n${error.message}`);
    process.exit(1);
  }
  throw error;
}

simulated?.start();
const { env, endpoints, http } = stack;
const webhookSecret = process.env[INGEST.secretsEnv]
  ? `the secrets in ${INGEST.secretsEnv}`
  : `the local secret ${LOCAL_WEBHOOK_SECRET}`;
writeLocalStackNote({
  env,
  endpoints,
  ...(http ? { api: http.url } : {}),
  inbox: `${endpoints.sesStore}/`,
  sesStore: endpoints.sesStore,
  pid: process.pid,
});

console.log(`
  ${bold('DynamoDB Local')}  ${endpoints.dynamodb}   tables ${env[CONFIG_TABLE.tableNameEnv]}, ${env[TICKETS_TABLE.tableNameEnv]}
  ${bold('SQS (fauxqs)')}    ${endpoints.sqs}   ticket queue ${env[TICKET_QUEUE.queueUrlEnv]}
                                       dead letters ${env[TICKET_QUEUE.deadLetter.queueUrlEnv]}
  ${bold('SES inbox')}       ${endpoints.sesStore}/   every email the router sends, in your browser
  ${bold('HTTP API')}        ${http?.url}   the API Gateway routes, served by the same handlers
  ${bold('web console')}     ${http?.url}${LOCAL_CONSOLE_PATH}/#token=${env[LOCAL_ADMIN_TOKENS.leadEnv]}
                    opens signed in as the support lead (docs/console.md); read-only user:
                    ${http?.url}${LOCAL_CONSOLE_PATH}/#token=${env[LOCAL_ADMIN_TOKENS.readerEnv]}
  ${bold('admin API')}       Authorization: Bearer <token>  (docs/admin-api.md)
                    support lead (read and write) ${env[LOCAL_ADMIN_TOKENS.leadEnv]}
                    read-only user                ${env[LOCAL_ADMIN_TOKENS.readerEnv]}
  ${bold('ingest')}          POST /ingest/chat (JSON ticket), POST /ingest/email (raw .eml), signed with
                    ${webhookSecret}  (docs/ingest.md)
  ${bold('router')}          the Lambda handler, fed by a local SQS event source (batches of up to 10)
  ${bold('scheduler')}       handovers, queued tickets, escalations: every ${SCHEDULER.everyMinutes} minutes${simulated ? ` of a clock running ${simulated.speed}× from ${process.env.SUNROUTE_CLOCK}` : ''} (docs/follow-the-sun.md)
  ${bold('configuration')}   ${CONFIG}, applied as version 1

  In another terminal:
    npm run demo                                   a multilingual batch, and where each ticket went
    npx sunroute send --ticket examples/tickets/de-order-missing.json
    npm run tour                                   the routing engine alone: coverage and decisions
    npx sunroute send-email tests/fixtures/email/ja-iso-2022-jp.eml      a customer's mail, as SES hands it over
    echo '{"body":"Hallo, meine Bestellung ist nicht angekommen.","customer":{"country":"DE"}}' > chat.json
    curl -sS ${http?.url}${INGEST.chatPath} -H 'Content-Type: application/json' -H "$(npx sunroute sign chat.json)" --data-binary @chat.json
    curl -H "Authorization: Bearer ${env[LOCAL_ADMIN_TOKENS.readerEnv]}" ${http?.url}/config/versions

  Ctrl-C stops everything.
`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the router, then the stand-ins…`);
  removeLocalStackNote();
  await stack!.stop();
  console.log('stopped; no JVM or port is left behind');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
