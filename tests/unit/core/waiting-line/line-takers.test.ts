import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { compileConfig } from '../../../../functions/core/routing/compiled-config';
import { EMPTY_ROUTING_STATE } from '../../../../functions/core/routing/routing-state';
import { hasRoom, lineTakers } from '../../../../functions/core/waiting-line/line-takers';
import { HANDOVER_TEAMS_YAML } from '../followup/handover-teams';

// Berlin 08–17 UTC; Ann leaves at 16:00, Ben stays with the team.
const parsed = parseConfig(
  `${HANDOVER_TEAMS_YAML}agents:
  - { id: ann, email: ann@example.com, team: berlin, maxOpenTickets: 2, shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "16:00" }] }
  - { id: ben, email: ben@example.com, team: berlin, maxOpenTickets: 2 }
  - { id: yan, email: yan@example.com, team: york }
`,
  { holidays: dateHolidaysCalendar },
);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const compiled = compileConfig(parsed.config, dateHolidaysCalendar);
const at = (time: string) => Date.parse(`2026-12-15T${time}:00Z`); // a Tuesday

const agentsOf = (time: string) =>
  lineTakers(compiled, 'berlin', at(time))
    ?.teamsById.get('berlin')
    ?.agents.map((agent) => agent.id);

describe('lineTakers', () => {
  it('scopes the configuration to the team, with the agents who stay past handoffLead', () => {
    const scoped = lineTakers(compiled, 'berlin', at('10:00'))!;
    expect(scoped.teams.map((team) => team.id)).toEqual(['berlin']);
    expect(agentsOf('10:00')).toEqual(['ann', 'ben']);
    expect(agentsOf('15:44')).toEqual(['ann', 'ben']);
    // Ann would hand a ticket given now straight on at her shift's end.
    expect(agentsOf('15:45')).toEqual(['ben']);
  });

  it('gives nobody tickets from a team that leaves within handoffLead, is off shift, or is unknown', () => {
    expect(lineTakers(compiled, 'berlin', at('16:45'))).toBeUndefined();
    expect(lineTakers(compiled, 'berlin', at('07:00'))).toBeUndefined();
    expect(lineTakers(compiled, 'nowhere', at('10:00'))).toBeUndefined();
  });
});

describe('hasRoom', () => {
  const berlin = compiled.teamsById.get('berlin')!;
  const loads = (ann: number, ben: number) => ({
    ...EMPTY_ROUTING_STATE,
    agents: { ann: { openTickets: ann }, ben: { openTickets: ben } },
  });

  it('is true while an agent on shift is under maxOpenTickets', () => {
    expect(hasRoom(berlin, loads(2, 1), at('10:00'))).toBe(true);
    expect(hasRoom(berlin, loads(2, 2), at('10:00'))).toBe(false);
  });

  it('does not count room of an agent off shift', () => {
    expect(hasRoom(berlin, loads(0, 2), at('16:30'))).toBe(false);
  });
});
