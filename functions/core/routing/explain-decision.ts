import type { CalendarStanding } from '../calendar/calendar-standing';
import type { LanguageResult } from '../language/detect-language';
import { languageNameOf } from '../validation/language-codes';
import type { RegionResult } from '../region/detect-region';
import type { AgentCandidate, AgentChoice } from './choose-agent';
import type { TeamChoice, TeamStep } from './choose-team';
import type { CompiledAgent, CompiledConfig, CompiledTeam } from './compiled-config';
import { formatInstant, formatLocal } from './format-instant';
import { quoteWords } from './quote-words';

const STEP_RULE: Record<TeamStep, string> = {
  1: 'on shift, speaks the language, in the customer’s region',
  2: 'on shift and speaks the language (no such team in the customer’s region is on shift)',
  3: 'speaks the language and comes on shift within routing.maxLanguageWait',
  4: 'on shift in the customer’s region; no team speaking the language is on shift',
  5: 'on shift; no team speaking the language or in the customer’s region is on shift',
  6: 'nobody is on shift: queued for the team that comes on shift first',
};

interface ExplainInput {
  readonly compiled: CompiledConfig;
  readonly language: LanguageResult;
  readonly region: RegionResult;
  /** What language detection read: the customer's own words of the body, else the subject. */
  readonly read: string;
  readonly at: number;
  readonly choice: TeamChoice;
  readonly agentChoice: AgentChoice | null;
  readonly keys: {
    readonly threadId?: string | undefined;
    readonly customerId?: string | undefined;
  };
}

/** `Uzbek (uz)`: a language as a lead reads it, with the code the configuration uses. */
function named(code: string): string {
  return `${languageNameOf(code)} (${code})`;
}

function speaking(languages: ReadonlySet<string>, code: string): string {
  return languages.has(code) ? `speaks ${named(code)}` : `does not speak ${named(code)}`;
}

/** `until 2026-12-28T07:00:00Z (Mon 08:00 Europe/Berlin)`, or that nothing lies ahead. */
function until(instant: number | null, timeZone: string): string {
  return instant === null
    ? 'with no shift ahead'
    : `until ${formatInstant(instant)} (${formatLocal(instant, timeZone)})`;
}

/**
 * A team's or agent's standing in words: on shift until when, or off shift and why (the holiday
 * by name, an override, time away with its reason and end) and until when.
 */
function standingWords(standing: CalendarStanding, timeZone: string): string {
  if (standing.onShift) return `on shift until ${formatInstant(standing.until)}`;
  const back = until(standing.nextStart, timeZone);
  const { cause } = standing;
  switch (cause.kind) {
    case 'away':
      return `away ${until(cause.until, timeZone)}${cause.reason ? `: ${cause.reason}` : ''}`;
    case 'holiday':
      return `off for ${cause.name ?? 'a holiday'} ${back}`;
    case 'override':
      return `off shift by an override ${back}`;
    case 'no-shift':
      return `off shift ${back}`;
  }
}

function teamFacts(team: CompiledTeam, language: string, at: number): string {
  const when = standingWords(team.calendar.standingAt(at), team.config.timeZone);
  return `${when}, ${speaking(team.languages, language)}, region ${team.region}`;
}

function describeLanguage(language: LanguageResult): string {
  const code = named(language.code);
  switch (language.source) {
    case 'text':
      return `language ${code}: detected in the customer's text (confidence ${language.confidence.toFixed(2)})`;
    case 'locale':
      return `language ${code}: from customer.locale (text not conclusive, confidence ${language.confidence.toFixed(2)})`;
    case 'default':
      return `language ${code}: the configuration's defaultLanguage (no conclusive text or locale)`;
  }
}

/** `2 of 10 open`, or `2 open, no limit` for an agent without maxOpenTickets. */
function load(openTickets: number, agent: CompiledAgent): string {
  return agent.maxOpenTickets === Infinity
    ? `${openTickets} open, no limit`
    : `${openTickets} of ${agent.maxOpenTickets} open`;
}

function describeRegion(region: RegionResult): string {
  const from = region.country ? `${region.source} → ${region.country}` : region.source;
  return `region ${region.code}: from ${from}`;
}

function describeAgentChoice(
  team: CompiledTeam,
  choice: AgentChoice,
  language: string,
  keys: ExplainInput['keys'],
): string {
  const agent = choice.agent;
  if (!agent) {
    const inbox = team.config.email ? ` ${team.config.email}` : '';
    const who = team.agents.some((a) => a.languages.has(language))
      ? `who speaks ${named(language)} `
      : '';
    return `no agent of ${team.id} ${who}is on shift with free capacity: assigned to the team inbox${inbox}`;
  }
  const open = load(choice.candidates.find((c) => c.agent === agent)?.openTickets ?? 0, agent);
  const why: Record<typeof choice.rule, string> = {
    'sticky-thread': `keeps thread ${keys.threadId} (has an open ticket in it)`,
    'sticky-customer': `keeps customer ${keys.customerId} (has an open ticket of theirs)`,
    'only-eligible': 'the only eligible agent',
    'fewest-open': 'fewest open tickets',
    'least-recent': 'least recently assigned among equally loaded agents',
    'config-order': 'first in configuration order among equally loaded agents',
    'none-eligible': '',
  };
  return `agent ${agent.id}: ${why[choice.rule]}, ${open}, ${speaking(agent.languages, language)}`;
}

function describePassedAgent(
  candidate: AgentCandidate,
  team: CompiledTeam,
  language: string,
  at: number,
): string {
  const { agent, standing, openTickets } = candidate;
  switch (standing) {
    case 'off-shift':
      return `agent ${agent.id}: passed over, ${standingWords(agent.calendar.standingAt(at), team.config.timeZone)}`;
    case 'at-capacity':
      return `agent ${agent.id}: passed over, at capacity (${load(openTickets, agent)})`;
    case 'language':
      return `agent ${agent.id}: passed over, does not speak ${named(language)}`;
    case 'eligible':
      return `agent ${agent.id}: eligible, ${load(openTickets, agent)}`;
  }
}

function qualifiedAtStep(
  step: TeamStep,
  team: CompiledTeam,
  input: ExplainInput,
): { qualified: boolean; key: number | null } {
  const { at, compiled, language, region } = input;
  const speaks = team.languages.has(language.code);
  const inRegion = team.region === region.code;
  const end = team.calendar.shiftEndAt(at);
  switch (step) {
    case 1:
      return { qualified: end !== null && speaks && inRegion, key: end };
    case 2:
      return { qualified: end !== null && speaks, key: end };
    case 4:
      return { qualified: end !== null && inRegion, key: end };
    case 5:
      return { qualified: end !== null, key: end };
    case 3: {
      const next = team.calendar.nextStartAfter(at);
      const within = next !== null && next - at <= compiled.maxLanguageWaitMs;
      return { qualified: speaks && within, key: next };
    }
    case 6: {
      const next = team.calendar.nextStartAfter(at);
      return { qualified: next !== null, key: next };
    }
  }
}

/** Why a team that met the chosen step's rule still lost: the tie rules of docs/routing.md. */
function tieNote(team: CompiledTeam, input: ExplainInput): string {
  const { choice } = input;
  const { qualified, key } = qualifiedAtStep(choice.step, team, input);
  if (!qualified || key === null) return '';
  const chosenKey = choice.status === 'queued' ? choice.queuedUntil : choice.shiftEnd;
  if (chosenKey !== null && key !== chosenKey) {
    return choice.status === 'queued'
      ? `; met step ${choice.step} but comes on shift later`
      : `; met step ${choice.step} but has less time left on shift`;
  }
  return `; met step ${choice.step} too, lost the tie (${choice.status === 'queued' ? 'language, then region, then ' : ''}configuration order)`;
}

/**
 * The decision's `reasons`: the chosen team and step first, then agent, inputs (the language,
 * the first words it was read from, the region), passed-over teams.
 */
export function explainDecision(input: ExplainInput): string[] {
  const { choice, language, region, read, at, compiled, agentChoice, keys } = input;
  const code = language.code;
  const team = choice.team;
  const reasons: string[] = [];
  const chosen =
    choice.status === 'queued'
      ? choice.queuedUntil === null
        ? `queued for team ${team.id}: no team comes on shift in the look-ahead`
        : `queued for team ${team.id} until ${formatInstant(choice.queuedUntil)} (${formatLocal(choice.queuedUntil, team.config.timeZone)})`
      : `team ${team.id}: on shift until ${formatInstant(choice.shiftEnd!)} (${formatLocal(choice.shiftEnd!, team.config.timeZone)}), ${speaking(team.languages, code)}, region ${team.region}`;
  reasons.push(chosen);
  reasons.push(`step ${choice.step}: ${STEP_RULE[choice.step]}`);
  if (choice.needsTranslation) {
    reasons.push(`needs translation: team ${team.id} does not speak ${named(code)}`);
  }
  if (agentChoice) {
    reasons.push(describeAgentChoice(team, agentChoice, code, keys));
    for (const candidate of agentChoice.candidates) {
      if (candidate.agent === agentChoice.agent) continue;
      reasons.push(describePassedAgent(candidate, team, code, at));
    }
  }
  reasons.push(describeLanguage(language));
  // The first words read, so a lead sees the language was decided on the customer's text and
  // not on a quote or signature under it.
  if (read.trim() !== '') reasons.push(`read: ${quoteWords(read)}`);
  reasons.push(describeRegion(region));
  for (const other of compiled.teams) {
    if (other === team) continue;
    reasons.push(
      `team ${other.id}: passed over, ${teamFacts(other, code, at)}${tieNote(other, input)}`,
    );
  }
  return reasons;
}
