import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rebaseDraft } from '../../../functions/console/src/calendars/rebase';
import { EXAMPLE_YAML } from '../core/config/config-fixtures';

const edit = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`the example has no "${from}"`);
  return text.replace(from, to);
};

describe('carrying a lead’s edits onto a version saved meanwhile', () => {
  it('keeps the other save and the lead’s edit when they touch different entries', () => {
    const draft = edit(EXAMPLE_YAML, 'name: EMEA Dublin', 'name: EMEA Dublin (Docklands)');
    const live = edit(EXAMPLE_YAML, 'name: APAC Sydney', 'name: APAC Sydney (Barangaroo)');
    const { text, conflicts } = rebaseDraft(EXAMPLE_YAML, draft, live, 'yaml');
    expect(conflicts).toEqual([]);
    const teams = (parse(text) as { teams: { id: string; name: string }[] }).teams;
    expect(teams.find((t) => t.id === 'emea-dublin')!.name).toBe('EMEA Dublin (Docklands)');
    expect(teams.find((t) => t.id === 'apac-sydney')!.name).toBe('APAC Sydney (Barangaroo)');
    // Everything else keeps the newer version's text, comments included.
    expect(text).toContain('# Parcelwise — the demo company of sunroute.');
  });

  it('names an entry both changed and keeps the lead’s version of it', () => {
    const draft = edit(EXAMPLE_YAML, 'name: EMEA Dublin', 'name: Dublin (lead)');
    const live = edit(EXAMPLE_YAML, 'name: EMEA Dublin', 'name: Dublin (other)');
    const { text, conflicts } = rebaseDraft(EXAMPLE_YAML, draft, live, 'yaml');
    expect(conflicts).toEqual(['team emea-dublin']);
    expect(text).toContain('Dublin (lead)');
    expect(text).not.toContain('Dublin (other)');
  });

  it('carries added and removed entries and changed settings', () => {
    const draft = edit(
      edit(EXAMPLE_YAML, '  - id: haruto.sato\n', '  - id: haruto.sato.old\n'),
      'defaultRegion: NA',
      'defaultRegion: EU',
    );
    const live = edit(EXAMPLE_YAML, 'maxLanguageWait: PT2H', 'maxLanguageWait: PT1H');
    const { text, conflicts } = rebaseDraft(EXAMPLE_YAML, draft, live, 'yaml');
    expect(conflicts).toEqual([]);
    const result = parse(text) as {
      defaultRegion: string;
      routing: { maxLanguageWait: string };
      agents: { id: string }[];
    };
    expect(result.defaultRegion).toBe('EU');
    expect(result.routing.maxLanguageWait).toBe('PT1H');
    const ids = result.agents.map((agent) => agent.id);
    expect(ids).toContain('haruto.sato.old');
    expect(ids).not.toContain('haruto.sato');
  });

  it('writes a JSON document back as JSON', () => {
    const base = JSON.stringify({ defaultRegion: 'NA', teams: [{ id: 'a', name: 'A' }] }, null, 2);
    const draft = base.replace('"A"', '"A (draft)"');
    const live = base.replace('"NA"', '"EU"');
    const { text } = rebaseDraft(base, draft, live, 'json');
    expect(JSON.parse(text)).toEqual({
      defaultRegion: 'EU',
      teams: [{ id: 'a', name: 'A (draft)' }],
    });
  });
});
