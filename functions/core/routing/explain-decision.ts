import type { LanguageResult } from '../language/detect-language';
import type { RegionResult } from '../region/detect-region';
import type { AgentCandidate, AgentChoice } from './choose-agent';
import type { TeamChoice, TeamStep } from './choose-team';
import type { CompiledConfig, CompiledTeam } from './compiled-config';
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

function teamFacts(team: CompiledTeam, language: string, at: number): string {
  const end = team.calendar.shiftEndAt(at);
  let when: string;
  if (end !== null) {
    when = `on shift until ${formatInstant(end)}`;
  } else {
    const next = team.calendar.nextStartAfter(at);
    when = next === null ? 'off shift, no shift ahead' : `off shift until ${formatInstant(next)}`;
  }
  const speaks = team.languages.has(language) ? `speaks ${language}` : `does not speak ${language}`;
  return `${when}, ${speaks}, region ${team.region}`;
}

function describeLanguage(language: LanguageResult): string {
  switch (language.source) {
    case 'text':
      return `language ${language.code}: detected in the customer's text (confidence ${language.confidence.toFixed(2)})`;
    case 'locale':
      return `language ${language.code}: from customer.locale (text not conclusive, confidence ${language.confidence.toFixed(2)})`;
    case 'default':
      return `language ${language.code}: the configuration's defaultLanguage (no conclusive text or locale)`;
  }
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
    return `no agent of ${team.id} is on shift with free capacity${team.agents.some((a) => a.languages.has(language)) ? ` and speaks ${language}` : ''}: assigned to the team inbox${inbox}`;
  }
  const load = `${choice.candidates.find((c) => c.agent === agent)?.openTickets ?? 0} of ${agent.maxOpenTickets} open`;
  const why: Record<typeof choice.rule, string> = {
    'sticky-thread': `keeps thread ${keys.threadId} (has an open ticket in it)`,
    'sticky-customer': `keeps customer ${keys.customerId} (has an open ticket of theirs)`,
    'only-eligible': 'the only eligible agent',
    'fewest-open': 'fewest open tickets',
    'least-recent': 'least recently assigned among equally loaded agents',
    'config-order': 'first in configuration order among equally loaded agents',
    'none-eligible': '',
  };
  const speaks = agent.languages.has(language)
    ? `speaks ${language}`
    : `does not speak ${language}`;
  return `agent ${agent.id}: ${why[choice.rule]}, ${load}, ${speaks}`;
}

function describePassedAgent(candidate: AgentCandidate, language: string): string | null {
  const { agent, standing, openTickets } = candidate;
  switch (standing) {
    case 'off-shift':
      return `agent ${agent.id}: passed over, off shift or away`;
    case 'at-capacity':
      return `agent ${agent.id}: passed over, at capacity (${openTickets} of ${agent.maxOpenTickets} open)`;
    case 'language':
      return `agent ${agent.id}: passed over, does not speak ${language}`;
    case 'eligible':
      return `agent ${agent.id}: eligible, ${openTickets} of ${agent.maxOpenTickets} open`;
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
      : `team ${team.id}: on shift until ${formatInstant(choice.shiftEnd!)} (${formatLocal(choice.shiftEnd!, team.config.timeZone)}), speaks ${team.languages.has(code) ? code : `no ${code}`}, region ${team.region}`;
  reasons.push(chosen);
  reasons.push(`step ${choice.step}: ${STEP_RULE[choice.step]}`);
  if (choice.needsTranslation) {
    reasons.push(`needs translation: team ${team.id} does not speak ${code}`);
  }
  if (agentChoice) {
    reasons.push(describeAgentChoice(team, agentChoice, code, keys));
    for (const candidate of agentChoice.candidates) {
      if (candidate.agent === agentChoice.agent) continue;
      const line = describePassedAgent(candidate, code);
      if (line) reasons.push(line);
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
