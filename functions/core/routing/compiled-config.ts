import { Duration } from 'luxon';
import { compileCalendar, type Calendar } from '../calendar/compile-calendar';
import type { AgentConfig, SunrouteConfig, TeamConfig } from '../config/config-schema';
import type { HolidayCalendar } from '../holidays/holiday-calendar';
import { routingLanguage } from '../language/language-code';
import type { Region } from '../region/region';
import type { RegionOptions } from '../region/detect-region';
import { PRIORITIES, type Priority } from '../ticket/ticket-schema';

export interface CompiledTeam {
  readonly config: TeamConfig;
  readonly id: string;
  /** Position in the configuration: the last tie-breaker everywhere. */
  readonly order: number;
  readonly region: Region;
  readonly languages: ReadonlySet<string>;
  readonly calendar: Calendar;
  readonly agents: readonly CompiledAgent[];
}

export interface CompiledAgent {
  readonly config: AgentConfig;
  readonly id: string;
  readonly order: number;
  /** The agent's own languages, or the team's when the agent lists none, in routing's codes. */
  readonly languages: ReadonlySet<string>;
  /** Infinity when the configuration sets no limit. */
  readonly maxOpenTickets: number;
  /** Own shifts (or the team's), the team's holidays and overrides, minus `away`. */
  readonly calendar: Calendar;
}

/**
 * A configuration turned into what routing needs per ticket: calendars expanded lazily and
 * cached, durations in milliseconds, language sets. Built once per configuration version so that
 * nothing is parsed or re-expanded per ticket.
 */
export interface CompiledConfig {
  readonly config: SunrouteConfig;
  readonly teams: readonly CompiledTeam[];
  readonly teamsById: ReadonlyMap<string, CompiledTeam>;
  readonly agentsById: ReadonlyMap<string, CompiledAgent>;
  readonly maxLanguageWaitMs: number;
  /** `routing.handoffLead`: how long before its holder leaves a ticket is handed over. */
  readonly handoffLeadMs: number;
  /** `routing.ackWithin` per priority: the covered time a reply-by counts (reply-by.ts). */
  readonly ackWithinMs: Readonly<Record<Priority, number>>;
  readonly regionOptions: RegionOptions;
  /** Where the teams' imported public holidays come from, with their names. */
  readonly holidays: HolidayCalendar;
}

function durationMs(iso: string): number {
  return Duration.fromISO(iso).as('milliseconds');
}

/** Compiles a validated configuration; imported public holidays come from `holidays`. */
export function compileConfig(config: SunrouteConfig, holidays: HolidayCalendar): CompiledConfig {
  const agentsById = new Map<string, CompiledAgent>();
  const teams = config.teams.map((team, teamOrder): CompiledTeam => {
    const agents = config.agents
      .map((agent, order) => ({ agent, order }))
      .filter(({ agent }) => agent.team === team.id)
      .map(({ agent, order }): CompiledAgent => {
        const compiled: CompiledAgent = {
          config: agent,
          id: agent.id,
          order,
          languages: new Set((agent.languages ?? team.languages).map(routingLanguage)),
          maxOpenTickets: agent.maxOpenTickets ?? Infinity,
          calendar: compileCalendar(
            {
              timeZone: team.timeZone,
              shifts: agent.shifts ?? team.shifts,
              holidays: team.holidays ?? [],
              overrides: team.overrides ?? [],
              away: agent.away ?? [],
            },
            holidays,
          ),
        };
        agentsById.set(agent.id, compiled);
        return compiled;
      });
    return {
      config: team,
      id: team.id,
      order: teamOrder,
      region: team.region,
      languages: new Set(team.languages.map(routingLanguage)),
      calendar: compileCalendar(
        {
          timeZone: team.timeZone,
          shifts: team.shifts,
          holidays: team.holidays ?? [],
          overrides: team.overrides ?? [],
        },
        holidays,
      ),
      agents,
    };
  });
  return {
    config,
    teams,
    teamsById: new Map(teams.map((team) => [team.id, team])),
    agentsById,
    maxLanguageWaitMs: durationMs(config.routing.maxLanguageWait),
    handoffLeadMs: durationMs(config.routing.handoffLead),
    ackWithinMs: Object.fromEntries(
      PRIORITIES.map((priority) => [priority, durationMs(config.routing.ackWithin[priority])]),
    ) as Record<Priority, number>,
    regionOptions: { overrides: config.regions ?? {}, defaultRegion: config.defaultRegion },
    holidays,
  };
}
