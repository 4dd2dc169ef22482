import type { Region } from '../region/region';
import type { CompiledConfig, CompiledTeam } from './compiled-config';

/** The team step of docs/routing.md that chose the team. */
export type TeamStep = 1 | 2 | 3 | 4 | 5 | 6;

export interface TeamChoice {
  readonly step: TeamStep;
  readonly team: CompiledTeam;
  readonly status: 'assigned' | 'queued';
  /** The chosen team's shift end (assigned) — the remaining-time tie-breaker. */
  readonly shiftEnd: number | null;
  /** Next start of the chosen team (queued); null when queued for a team that never comes on. */
  readonly queuedUntil: number | null;
  readonly needsTranslation: boolean;
}

interface OnShiftCandidate {
  readonly team: CompiledTeam;
  readonly end: number;
}

// Teams are visited in config order, so only a strictly later end replaces the incumbent: the
// remaining-time tie goes to the earlier team without a second comparison.
function longer(current: OnShiftCandidate | null, team: CompiledTeam, end: number) {
  return current === null || end > current.end ? { team, end } : current;
}

interface QueueCandidate {
  readonly team: CompiledTeam;
  readonly next: number;
  readonly rank: number;
}

/** Soonest next start wins; `rank` (lower is better) breaks ties before config order. */
function sooner(current: QueueCandidate | null, candidate: QueueCandidate) {
  if (current === null) return candidate;
  if (candidate.next !== current.next) return candidate.next < current.next ? candidate : current;
  return candidate.rank < current.rank ? candidate : current;
}

function assigned(step: TeamStep, pick: OnShiftCandidate, needsTranslation: boolean): TeamChoice {
  return {
    step,
    team: pick.team,
    status: 'assigned',
    shiftEnd: pick.end,
    queuedUntil: null,
    needsTranslation,
  };
}

/**
 * The team steps of docs/routing.md for a ticket in `language` from `region` at instant `at`: the
 * first step that yields a team wins. Returns null only for a configuration without teams.
 */
export function chooseTeam(
  compiled: CompiledConfig,
  language: string,
  region: Region,
  at: number,
): TeamChoice | null {
  let step1: OnShiftCandidate | null = null;
  let step2: OnShiftCandidate | null = null;
  let step4: OnShiftCandidate | null = null;
  let step5: OnShiftCandidate | null = null;
  for (const team of compiled.teams) {
    const end = team.calendar.shiftEndAt(at);
    if (end === null) continue;
    const speaks = team.languages.has(language);
    const inRegion = team.region === region;
    if (speaks && inRegion) step1 = longer(step1, team, end);
    if (speaks) step2 = longer(step2, team, end);
    if (inRegion) step4 = longer(step4, team, end);
    step5 = longer(step5, team, end);
  }
  if (step1) return assigned(1, step1, false);
  if (step2) return assigned(2, step2, false);

  if (compiled.maxLanguageWaitMs > 0) {
    let wait: QueueCandidate | null = null;
    for (const team of compiled.teams) {
      if (!team.languages.has(language)) continue;
      const next = team.calendar.nextStartAfter(at);
      if (next === null || next - at > compiled.maxLanguageWaitMs) continue;
      wait = sooner(wait, { team, next, rank: team.region === region ? 0 : 1 });
    }
    if (wait) {
      return {
        step: 3,
        team: wait.team,
        status: 'queued',
        shiftEnd: null,
        queuedUntil: wait.next,
        needsTranslation: false,
      };
    }
  }

  if (step4) return assigned(4, step4, true);
  if (step5) return assigned(5, step5, true);

  let queue: QueueCandidate | null = null;
  let fallback: QueueCandidate | null = null;
  for (const team of compiled.teams) {
    const rank = (team.languages.has(language) ? 0 : 2) + (team.region === region ? 0 : 1);
    const next = team.calendar.nextStartAfter(at);
    if (next !== null) queue = sooner(queue, { team, next, rank });
    fallback = sooner(fallback, { team, next: Infinity, rank });
  }
  const pick = queue ?? fallback;
  if (!pick) return null;
  return {
    step: 6,
    team: pick.team,
    status: 'queued',
    shiftEnd: null,
    queuedUntil: queue ? queue.next : null,
    needsTranslation: !pick.team.languages.has(language),
  };
}
