import type {
  AgentConfig,
  AwayConfig,
  HolidayConfig,
  OverrideConfig,
  ShiftConfig,
  SunrouteConfig,
  TeamConfig,
  Weekday,
} from './config-schema';
import { WEEKDAYS } from './config-schema';

/** One difference between two configuration documents, as a support lead reviews it. */
export interface ConfigChange {
  /** What the change belongs to: `settings`, `team emea-berlin`, `agent jonas`. */
  readonly scope: string;
  readonly kind: 'added' | 'removed' | 'changed';
  /** The thing added or removed (`shift mon–fri 08:00–17:00`), or the field changed. */
  readonly what: string;
  /** For `changed`: the value before and after, as written in the document. */
  readonly before?: string;
  readonly after?: string;
}

/** `mon–fri`, `sat, sun`, `mon, wed–fri`: consecutive days as ranges, in week order. */
function describeDays(days: readonly Weekday[]): string {
  const indexes = [...new Set(days.map((day) => WEEKDAYS.indexOf(day)))].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < indexes.length;) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j]! + 1) j += 1;
    const first = WEEKDAYS[indexes[i]!]!;
    const last = WEEKDAYS[indexes[j]!]!;
    runs.push(j - i >= 2 ? `${first}–${last}` : j > i ? `${first}, ${last}` : first);
    i = j + 1;
  }
  return runs.join(', ');
}

function describeShift(shift: ShiftConfig): string {
  return `shift ${describeDays(shift.days)} ${shift.start}–${shift.end}`;
}

function describeHoliday(holiday: HolidayConfig): string {
  const name = holiday.name ? ` "${holiday.name}"` : '';
  if ('country' in holiday) {
    const where = holiday.subdivision
      ? `${holiday.country}-${holiday.subdivision}`
      : holiday.country;
    return `public holidays of ${where}${name}`;
  }
  const part =
    holiday.from || holiday.to ? ` ${holiday.from ?? '00:00'}–${holiday.to ?? '24:00'}` : '';
  return `holiday ${holiday.date}${part}${name}`;
}

function describeOverride(override: OverrideConfig): string {
  return `override ${override.start} → ${override.end} ${override.onShift ? 'on shift' : 'off shift'}`;
}

function describeAway(away: AwayConfig): string {
  return `away ${away.start} → ${away.end}${away.reason ? ` "${away.reason}"` : ''}`;
}

/**
 * Lists that have no ids (shifts, holidays, overrides, away periods) compare as lists of their
 * descriptions, so an edited entry reads as the old one removed and the new one added. Overrides
 * keep their order in the comparison because a later override wins over an earlier one.
 */
function diffList(scope: string, before: readonly string[], after: readonly string[]) {
  const changes: ConfigChange[] = [];
  const remaining = [...after];
  for (const item of before) {
    const at = remaining.indexOf(item);
    if (at === -1) changes.push({ scope, kind: 'removed', what: item });
    else remaining.splice(at, 1);
  }
  const kept = [...before];
  for (const item of after) {
    const at = kept.indexOf(item);
    if (at === -1) changes.push({ scope, kind: 'added', what: item });
    else kept.splice(at, 1);
  }
  return changes;
}

function diffOrder(
  scope: string,
  what: string,
  before: readonly string[],
  after: readonly string[],
) {
  const sameItems =
    before.length === after.length &&
    [...before].sort().join('\n') === [...after].sort().join('\n');
  return sameItems && before.join('\n') !== after.join('\n')
    ? [
        {
          scope,
          kind: 'changed' as const,
          what: `${what} order`,
          before: before.join('; '),
          after: after.join('; '),
        },
      ]
    : [];
}

function diffValue(
  scope: string,
  what: string,
  before: string | undefined,
  after: string | undefined,
): ConfigChange[] {
  if (before === after) return [];
  if (before === undefined) return [{ scope, kind: 'added', what: `${what} ${after}` }];
  if (after === undefined) return [{ scope, kind: 'removed', what: `${what} ${before}` }];
  return [{ scope, kind: 'changed', what, before, after }];
}

const list = (values: readonly string[] | undefined) => values?.join(', ');

function diffTeam(before: TeamConfig, after: TeamConfig): ConfigChange[] {
  const scope = `team ${after.id}`;
  return [
    ...diffValue(scope, 'name', before.name, after.name),
    ...diffValue(scope, 'region', before.region, after.region),
    ...diffValue(scope, 'timeZone', before.timeZone, after.timeZone),
    ...diffValue(scope, 'languages', list(before.languages), list(after.languages)),
    ...diffValue(scope, 'email', before.email, after.email),
    ...diffList(scope, before.shifts.map(describeShift), after.shifts.map(describeShift)),
    ...diffList(
      scope,
      (before.holidays ?? []).map(describeHoliday),
      (after.holidays ?? []).map(describeHoliday),
    ),
    ...diffList(
      scope,
      (before.overrides ?? []).map(describeOverride),
      (after.overrides ?? []).map(describeOverride),
    ),
    ...diffOrder(
      scope,
      'overrides',
      (before.overrides ?? []).map(describeOverride),
      (after.overrides ?? []).map(describeOverride),
    ),
  ];
}

function diffAgent(before: AgentConfig, after: AgentConfig): ConfigChange[] {
  const scope = `agent ${after.id}`;
  const shifts = (agent: AgentConfig) => agent.shifts?.map(describeShift) ?? ["the team's shifts"];
  return [
    ...diffValue(scope, 'name', before.name, after.name),
    ...diffValue(scope, 'email', before.email, after.email),
    ...diffValue(scope, 'team', before.team, after.team),
    ...diffValue(
      scope,
      'languages',
      list(before.languages) ?? "the team's",
      list(after.languages) ?? "the team's",
    ),
    ...diffValue(
      scope,
      'maxOpenTickets',
      String(before.maxOpenTickets ?? 'unlimited'),
      String(after.maxOpenTickets ?? 'unlimited'),
    ),
    ...diffList(scope, shifts(before), shifts(after)),
    ...diffList(scope, (before.away ?? []).map(describeAway), (after.away ?? []).map(describeAway)),
  ];
}

function summarizeTeam(team: TeamConfig): string {
  return `team ${team.id} (${team.region}, ${team.timeZone}, ${team.languages.join(', ')}, ${team.shifts.length} shifts)`;
}

function summarizeAgent(agent: AgentConfig): string {
  const languages = agent.languages ? `, ${agent.languages.join(', ')}` : '';
  const limit = agent.maxOpenTickets === undefined ? '' : `, max ${agent.maxOpenTickets} open`;
  return `agent ${agent.id} (team ${agent.team}${languages}${limit})`;
}

function diffById<T extends { id: string }>(
  noun: 'team' | 'agent',
  before: readonly T[],
  after: readonly T[],
  summarize: (entry: T) => string,
  diffEntry: (before: T, after: T) => ConfigChange[],
): ConfigChange[] {
  const afterIds = new Set(after.map((entry) => entry.id));
  const old = new Map(before.map((entry) => [entry.id, entry]));
  const changes: ConfigChange[] = before
    .filter((entry) => !afterIds.has(entry.id))
    .map((entry) => ({ scope: `${noun} ${entry.id}`, kind: 'removed', what: summarize(entry) }));
  for (const entry of after) {
    const previous = old.get(entry.id);
    changes.push(
      ...(previous
        ? diffEntry(previous, entry)
        : [{ scope: `${noun} ${entry.id}`, kind: 'added' as const, what: summarize(entry) }]),
    );
  }
  return changes;
}

function diffSettings(before: SunrouteConfig, after: SunrouteConfig): ConfigChange[] {
  const scope = 'settings';
  const changes = [
    ...diffValue(scope, 'defaultLanguage', before.defaultLanguage, after.defaultLanguage),
    ...diffValue(scope, 'defaultRegion', before.defaultRegion, after.defaultRegion),
    ...diffValue(
      scope,
      'routing.maxLanguageWait',
      before.routing.maxLanguageWait,
      after.routing.maxLanguageWait,
    ),
    ...diffValue(
      scope,
      'routing.handoffLead',
      before.routing.handoffLead,
      after.routing.handoffLead,
    ),
    ...diffValue(
      scope,
      'routing.unverifiedSenders',
      before.routing.unverifiedSenders ?? 'isolate',
      after.routing.unverifiedSenders ?? 'isolate',
    ),
  ];
  for (const priority of ['urgent', 'high', 'normal', 'low'] as const) {
    changes.push(
      ...diffValue(
        scope,
        `routing.ackWithin.${priority}`,
        before.routing.ackWithin[priority],
        after.routing.ackWithin[priority],
      ),
    );
  }
  const countries = new Set([
    ...Object.keys(before.regions ?? {}),
    ...Object.keys(after.regions ?? {}),
  ]);
  for (const country of [...countries].sort()) {
    changes.push(
      ...diffValue(
        scope,
        `regions.${country}`,
        before.regions?.[country],
        after.regions?.[country],
      ),
    );
  }
  return changes;
}

/**
 * What applying `after` over `before` changes, per settings, team and agent, in document order.
 * Both documents are valid configurations (parseConfig's output); values are compared as written.
 */
export function diffConfig(before: SunrouteConfig, after: SunrouteConfig): ConfigChange[] {
  return [
    ...diffSettings(before, after),
    ...diffById('team', before.teams, after.teams, summarizeTeam, diffTeam),
    ...diffById('agent', before.agents, after.agents, summarizeAgent, diffAgent),
  ];
}

const MARK = { added: '+', removed: '-', changed: '~' } as const;

/** One line per change: `~ team emea-berlin: languages de, en → de, en, it`. */
export function formatConfigChange(change: ConfigChange): string {
  const body =
    change.kind === 'changed' ? `${change.what} ${change.before} → ${change.after}` : change.what;
  return change.what.startsWith(change.scope)
    ? `${MARK[change.kind]} ${body}`
    : `${MARK[change.kind]} ${change.scope}: ${body}`;
}
