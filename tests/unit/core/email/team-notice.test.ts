import { describe, expect, it } from 'vitest';
import type { EmailMessage } from '../../../../functions/core/email/email-message';
import {
  renderTeamNotice,
  type TeamNoticeInput,
} from '../../../../functions/core/email/render-team-notice';
import { BERLIN, config, decision, NOW, TOKYO, ticket } from './email-fixtures';

const QUEUED = decision({
  status: 'queued',
  agent: null,
  queuedUntil: '2026-12-23T07:00:00.000Z',
  reasons: ['nobody is on shift: queued for the team that comes on shift first'],
});
const NO_AGENT = decision({
  agent: null,
  reasons: ['no agent of emea-berlin is on shift with free capacity: assigned to the team inbox'],
});

function render(input: Partial<TeamNoticeInput> = {}): EmailMessage {
  const result = renderTeamNotice({
    ticket: ticket(),
    decision: QUEUED,
    config: config(),
    now: NOW,
    ...input,
  });
  if (!result.ok) throw result.error;
  return result.email;
}

const english = config(undefined, [{ ...BERLIN, languages: ['en'] }]);

describe('renderTeamNotice', () => {
  it('tells the inbox of a queued ticket until when, on the team’s clock and in UTC, and why', () => {
    const email = render({ config: english });
    expect(email.to).toBe('emea@example.com');
    expect(email.subject).toBe(
      '[sunroute] QUEUED · URGENT · de · EU · Bestellung nicht angekommen',
    );
    expect(email.text).toContain('Hello EMEA Berlin team,');
    expect(email.text).toContain(
      'it stays queued until your shift starts (Wed, 23 Dec 2026, 08:00).',
    );
    expect(email.text).toContain(
      'Queued until: Wed, 23 Dec 2026, 08:00 (Europe/Berlin) · 2026-12-23 07:00 UTC\n',
    );
    expect(email.text).toContain(
      'Why\n- nobody is on shift: queued for the team that comes on shift first\n',
    );
    expect(email.text).toContain(ticket().body);
  });

  it('warns when the deadline passes before the team comes on shift, and not otherwise', () => {
    expect(render({ config: english }).text).toContain(
      '!! The acknowledgement deadline passes before the team comes on shift.',
    );
    const lowPriority = render({ config: english, ticket: ticket({ priority: 'low' }) });
    expect(lowPriority.text).not.toContain('!!');
  });

  it('tells the inbox when a ticket is assigned to the team with no eligible agent', () => {
    const email = render({ config: english, decision: NO_AGENT });
    expect(email.subject).toBe(
      '[sunroute] NO AGENT · URGENT · de · EU · Bestellung nicht angekommen',
    );
    expect(email.text).toContain('but no agent can take it right now');
    expect(email.text).toContain('- no agent of emea-berlin is on shift with free capacity');
    expect(email.text).not.toContain('Queued until');
  });

  it('writes in the team’s first templated language: Berlin in German, Tokyo (ko, ja, en) in Japanese', () => {
    const berlin = render({ decision: NO_AGENT });
    expect(berlin.subject).toBe(
      '[sunroute] KEIN AGENT FREI · DRINGEND · de · EU · Bestellung nicht angekommen',
    );
    expect(berlin.text).toContain('Hallo Team EMEA Berlin,');
    const tokyo = render({ decision: { ...QUEUED, team: 'apac-tokyo' } });
    expect(tokyo.to).toBe('tokyo@example.com');
    expect(tokyo.subject).toBe('[sunroute] 待機中 · 緊急 · de · EU · Bestellung nicht angekommen');
    expect(tokyo.text).toContain('APAC Tokyoチームの皆さま');
    // 07:00Z is 16:00 in Tokyo.
    expect(tokyo.text).toContain(
      '待機終了予定：2026年12月23日(水) 16:00 (Asia/Tokyo) · 2026-12-23 07:00 UTC',
    );
  });

  it('falls back to English for a team with no templated language', () => {
    const seoul = { ...TOKYO, id: 'apac-seoul', name: 'APAC Seoul', languages: ['ko'] };
    const email = render({
      config: config(undefined, [seoul]),
      decision: { ...QUEUED, team: 'apac-seoul' },
    });
    expect(email.text).toContain('Hello APAC Seoul team,');
  });

  it('flags a ticket that needs translation', () => {
    const email = render({ config: english, decision: { ...NO_AGENT, needsTranslation: true } });
    expect(email.text).toContain('!! Translation needed: the customer wrote in German,');
  });

  it('returns a typed error naming the field when the team has no inbox', () => {
    const result = renderTeamNotice({
      ticket: ticket(),
      decision: QUEUED,
      config: config(undefined, [TOKYO, { ...BERLIN, email: undefined }]),
      now: NOW,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('teams[1].email');
    expect(result.error.message).toBe(
      'teams[1].email is missing: team emea-berlin has no email address',
    );
  });

  it.each([
    [decision(), 'decision.agent'],
    [decision({ team: null, agent: null }), 'decision.team'],
    [{ ...QUEUED, queuedUntil: null }, 'decision.queuedUntil'],
    [{ ...QUEUED, team: 'nowhere' }, 'decision.team'],
  ])('refuses a decision that is not for the team inbox (%#)', (notice, field) => {
    const result = renderTeamNotice({
      ticket: ticket(),
      decision: notice,
      config: config(),
      now: NOW,
    });
    expect(result.ok ? null : result.error.field).toBe(field);
  });
});
