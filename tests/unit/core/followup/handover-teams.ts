/**
 * Two teams that hand over to each other at 17:00 UTC on weekdays, Berlin (EU) to York (NA), as
 * the start of a configuration: a test appends its own `agents:`.
 */
export const HANDOVER_TEAMS_YAML = `
defaultLanguage: en
defaultRegion: EU
routing:
  handoffLead: PT15M
  ackWithin: { urgent: PT15M, high: PT1H, normal: PT4H, low: PT24H }
teams:
  - id: berlin
    region: EU
    timeZone: UTC
    languages: [en]
    email: berlin@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "17:00" }]
  - id: york
    region: NA
    timeZone: UTC
    languages: [en]
    email: york@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "17:00", end: "23:00" }]
`;
