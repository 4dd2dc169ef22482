// Routing throughput on one core against the example configuration: whole decisions (language
// and region detection, team, agent, reply-by, reasons), the calendar-and-team step alone and
// with the reply-by after it, plus memory.
// The engine is timed as the Lambda ships it (esbuild bundle, minified). Run with `npm run bench`;
// numbers go into docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { parseConfig } from '../functions/core/config/parse-config';
import type { dateHolidaysCalendar } from '../functions/core/holidays/date-holidays-calendar';
import type { loadLanguageModel } from '../functions/core/language/language-model';
import type { chooseAgent } from '../functions/core/routing/choose-agent';
import type { chooseTeam } from '../functions/core/routing/choose-team';
import type { compileConfig } from '../functions/core/routing/compiled-config';
import type { expectedReplyBy } from '../functions/core/routing/reply-by';
import type { routeTicket } from '../functions/core/routing/route-ticket';
import type { EMPTY_ROUTING_STATE } from '../functions/core/routing/routing-state';
import { bundleForBench } from './bench/bundle-for-bench';
import { SAMPLE_MESSAGES, sampleTicket } from './bench/sample-messages';

const engine = bundleForBench('bench-routing', {
  parseConfig: 'functions/core/config/parse-config',
  dateHolidaysCalendar: 'functions/core/holidays/date-holidays-calendar',
  loadLanguageModel: 'functions/core/language/language-model',
  chooseAgent: 'functions/core/routing/choose-agent',
  chooseTeam: 'functions/core/routing/choose-team',
  compileConfig: 'functions/core/routing/compiled-config',
  expectedReplyBy: 'functions/core/routing/reply-by',
  routeTicket: 'functions/core/routing/route-ticket',
  EMPTY_ROUTING_STATE: 'functions/core/routing/routing-state',
});
const {
  parseConfig: parse,
  dateHolidaysCalendar: holidays,
  loadLanguageModel: loadModel,
  chooseAgent: agentOf,
  chooseTeam: teamOf,
  compileConfig: compile,
  expectedReplyBy: replyBy,
  routeTicket: route,
  EMPTY_ROUTING_STATE: NO_STATE,
} = await engine.load<{
  parseConfig: typeof parseConfig;
  dateHolidaysCalendar: typeof dateHolidaysCalendar;
  loadLanguageModel: typeof loadLanguageModel;
  chooseAgent: typeof chooseAgent;
  chooseTeam: typeof chooseTeam;
  compileConfig: typeof compileConfig;
  expectedReplyBy: typeof expectedReplyBy;
  routeTicket: typeof routeTicket;
  EMPTY_ROUTING_STATE: typeof EMPTY_ROUTING_STATE;
}>();
engine.remove();

const parsed = parse(readFileSync(new URL('../examples/sunroute.yaml', import.meta.url), 'utf8'), {
  holidays,
});
if (!parsed.ok) throw new Error(`example config is invalid: ${JSON.stringify(parsed.errors)}`);

await loadModel();
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const compileStart = performance.now();
const compiled = compile(parsed.config, holidays);
const compileMs = performance.now() - compileStart;

// A week of instants, one every 7 minutes, so every team's on- and off-shift hours are hit.
const start = Date.parse('2026-12-21T00:00:00Z');
const instants = Array.from({ length: 1440 }, (_, i) => start + i * 7 * 60_000);
const tickets = SAMPLE_MESSAGES.map((_, i) =>
  sampleTicket(i, `bench-${i}`, new Date(start).toISOString()),
);

function measure(label: string, seconds: number, run: (i: number) => void) {
  for (let i = 0; i < 2_000; i++) run(i);
  let n = 0;
  const deadline = performance.now() + seconds * 1000;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() < deadline) {
    for (let k = 0; k < 500; k++, n++) run(n);
  }
  const perSecond = n / ((performance.now() - t0) / 1000);
  // Per second of this process's CPU as well: on a shared machine the wall clock also counts
  // the time other processes had the core, the CPU time does not.
  const cpu = process.cpuUsage(cpu0);
  const perCpuSecond = n / ((cpu.user + cpu.system) / 1e6);
  const rate = (value: number) => Math.round(value).toLocaleString('en-US').padStart(10);
  console.log(`${label.padEnd(48)} ${rate(perSecond)} /s ${rate(perCpuSecond)} /CPU-s`);
  return perSecond;
}

console.log(
  `config: ${compiled.teams.length} teams, ${compiled.agentsById.size} agents; compile ${compileMs.toFixed(2)} ms`,
);
measure('routeTicket (detection, region, team, agent, reasons)', 4, (i) => {
  route(compiled, tickets[i % tickets.length]!, instants[i % instants.length]!, NO_STATE);
});
const languages = SAMPLE_MESSAGES.map((m) => m.language);
const regions = ['NA', 'EU', 'APAC'] as const;
measure('calendar + team step (chooseTeam)', 4, (i) => {
  teamOf(
    compiled,
    languages[i % languages.length]!,
    regions[i % 3]!,
    instants[i % instants.length]!,
  );
});
measure('calendar + team + agent (no detection, no reasons)', 4, (i) => {
  const at = instants[i % instants.length]!;
  const choice = teamOf(compiled, languages[i % languages.length]!, regions[i % 3]!, at);
  if (choice?.status === 'assigned')
    agentOf(choice.team, languages[i % languages.length]!, {}, NO_STATE, at);
});
// The team step, then the reply-by for the team it chose, as routing works it out.
const priorities = ['normal', 'high', 'low', 'urgent'] as const;
measure('calendar + team + reply-by (expectedReplyBy)', 4, (i) => {
  const at = instants[i % instants.length]!;
  const language = languages[i % languages.length]!;
  const choice = teamOf(compiled, language, regions[i % 3]!, at);
  replyBy(compiled, {
    team: choice?.team ?? null,
    language,
    priority: priorities[i % priorities.length]!,
    at,
    teamShiftEnd: choice?.shiftEnd ?? null,
  });
});
globalThis.gc?.();
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const memory = process.memoryUsage();
console.log(
  `memory: heap ${mib(memory.heapUsed)} (compiled config and caches +${mib(memory.heapUsed - heapBefore)}), rss ${mib(memory.rss)}`,
);
