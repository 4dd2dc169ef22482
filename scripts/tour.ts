// `npm start`: the routing engine on the demo company. Validates examples/sunroute.yaml, shows
// this week's coverage and routes every sample ticket in examples/tickets/ as if it arrived now.
import { readdirSync, readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { main } from '../functions/cli/main';
import { parseConfig } from '../functions/core/config/parse-config';
import { dateHolidaysCalendar } from '../functions/core/holidays/date-holidays-calendar';
import { loadLanguageModel } from '../functions/core/language/language-model';
import { compileConfig } from '../functions/core/routing/compiled-config';
import { routeTicket } from '../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../functions/core/routing/routing-state';
import { parseTicket } from '../functions/core/ticket/ticket-schema';

const CONFIG = 'examples/sunroute.yaml';
const TICKETS = 'examples/tickets';

function heading(text: string) {
  console.log(`\n\x1b[1m${text}\x1b[0m`);
}

heading('1. The configuration');
if ((await main(['config', 'validate', CONFIG])) !== 0) process.exit(1);

const monday = DateTime.utc().startOf('week');
heading(`2. Coverage this week (from ${monday.toISODate()}, times in UTC)`);
await main(['coverage', '--config', CONFIG, '--from', monday.toISODate()!, '--days', '7']);

const now = Date.now();
heading(`3. The sample tickets, routed as if they arrived now (${new Date(now).toISOString()})`);
await loadLanguageModel();
const parsed = parseConfig(readFileSync(CONFIG, 'utf8'), { holidays: dateHolidaysCalendar });
if (!parsed.ok) process.exit(1);
const compiled = compileConfig(parsed.config, dateHolidaysCalendar);
for (const file of readdirSync(TICKETS)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const ticket = parseTicket(JSON.parse(readFileSync(`${TICKETS}/${file}`, 'utf8')));
  if (!ticket.ok) {
    console.log(
      `  ${file}: invalid — ${ticket.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    );
    continue;
  }
  const decision = routeTicket(compiled, ticket.ticket, now, EMPTY_ROUTING_STATE);
  const where =
    decision.status === 'queued'
      ? `queued for ${decision.team} until ${decision.queuedUntil}`
      : `${decision.team} → ${decision.agent ?? 'team inbox'}`;
  console.log(
    `  ${file.padEnd(34)} ${decision.language.code}/${decision.region.code}  step ${decision.step}  ${where}${decision.needsTranslation ? '  (needs translation)' : ''}`,
  );
}

heading('Try next');
console.log(`  npx sunroute route --config ${CONFIG} --ticket ${TICKETS}/<file>.json --at 2026-12-24T15:00:00Z
  npx sunroute coverage --config ${CONFIG} --from 2026-12-21 --days 14 --zone Europe/Berlin
  echo "Mi pedido no ha llegado" | npx sunroute detect
  npx sunroute holidays --country JP --year 2027`);
