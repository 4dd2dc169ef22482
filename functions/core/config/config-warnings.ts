import { isDetectable } from '../language/detectable-languages';
import { routingLanguage } from '../language/language-code';
import type { FieldError } from '../validation/field-error';
import { languageNameOf } from '../validation/language-codes';
import type { ShiftConfig, SunrouteConfig } from './config-schema';

function shiftWarnings(shifts: readonly ShiftConfig[] | undefined, path: string): FieldError[] {
  return (shifts ?? []).flatMap((shift, index): FieldError[] => {
    if (shift.start !== shift.end) return [];
    const message =
      shift.start === '00:00'
        ? 'start and end are both "00:00", which makes a whole-day shift; write end: "24:00" to say so'
        : `start and end are both "${shift.start}", which makes a 24-hour shift (to ${shift.start} the next day); if a shorter one is meant, correct end`;
    return [{ path: `${path}[${index}]`, message }];
  });
}

function languageWarnings(languages: readonly string[] | undefined, path: string): FieldError[] {
  return (languages ?? []).flatMap((code, index): FieldError[] => {
    if (isDetectable(routingLanguage(code))) return [];
    const name = languageNameOf(code);
    return [
      {
        path: `${path}[${index}]`,
        message:
          `"${code}" (${name}) is not a language sunroute detects in text: tickets are ${name} ` +
          `only when customer.locale says so, and ${name} text without one is read as the nearest ` +
          'language detected (sunroute detect --languages lists them)',
      },
    ];
  });
}

/**
 * What a valid configuration says that is legal but most likely not meant: a shift whose start
 * equals its end (24 hours long by the calendar rules) and a team or agent language that
 * detection cannot name in text. Each is a FieldError at its path; nothing is refused for them.
 */
export function configWarnings(config: SunrouteConfig): FieldError[] {
  return [
    ...config.teams.flatMap((team, index) => [
      ...shiftWarnings(team.shifts, `teams[${index}].shifts`),
      ...languageWarnings(team.languages, `teams[${index}].languages`),
    ]),
    ...config.agents.flatMap((agent, index) => [
      ...shiftWarnings(agent.shifts, `agents[${index}].shifts`),
      ...languageWarnings(agent.languages, `agents[${index}].languages`),
    ]),
  ];
}
