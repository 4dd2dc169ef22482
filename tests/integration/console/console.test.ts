// The web console in a real browser against the local stack: signing in by the printed URL, the
// week's heat map, a calendar edit from form to diff to apply to rollback, a refused edit, a
// conflicting save, the routing playground against the CLI, and the tickets pages.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageKey } from '../../../functions/adapters/dynamodb/dynamodb-conversation-store';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { formatInstant } from '../../../functions/console/src/ui/format-instant';
import type { HourlyCoverageJson } from '../../../functions/core/coverage/hourly-coverage-json';
import { LOCAL_ADMIN_TOKENS } from '../../../functions/local-stack/admin-authorizer';
import type { LocalStack } from '../../../functions/local-stack/local-stack';
import { decisionOf, eventually, sendBodies } from '../e2e/local-stack-harness';
import {
  buildConsole,
  consoleUrl,
  launchBrowser,
  ROOT,
  screenshot,
  startConsoleStack,
  type Browser,
} from './console-harness';

const WEEK = '2026-12-21';
const GERMAN_TICKET = join(ROOT, 'examples/tickets/de-order-missing.json');

let stack: LocalStack;
let browser: Browser & { errors: () => string[] };
let page: Page;
let base: string;

beforeAll(async () => {
  await buildConsole();
  stack = await startConsoleStack(`console-${Date.now().toString(36)}`);
  browser = await launchBrowser();
  page = await browser.newPage();
  base = `${stack.http!.url}/console/`;
  // Signed in for the whole file, as a lead who opened the printed URL once.
  await page.goto(consoleUrl(stack));
  await page.getByText('lead@sunroute.local · support lead').waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function api(
  method: string,
  path: string,
  init: { body?: string; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${stack.http!.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${stack.env[LOCAL_ADMIN_TOKENS.leadEnv]}`, ...init.headers },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    text: await response.text(),
  };
}

async function liveVersion(): Promise<number> {
  return (JSON.parse((await api('GET', '/config/versions')).text) as { current: number }).current;
}

/** A heat map cell: its row and hour in the Berlin week, found by what the API answers. */
interface Cell {
  readonly row: number;
  readonly slot: number;
}

async function cellOf(row: string, date: string, time: string): Promise<Cell> {
  const week = JSON.parse(
    (await api('GET', `/coverage/week?from=${WEEK}&zone=Europe/Berlin`)).text,
  ) as HourlyCoverageJson;
  const r = week.rows.findIndex((candidate) => candidate.key === row);
  const s = week.slots.findIndex((slot) => slot.date === date && slot.time === time);
  if (r < 0 || s < 0) throw new Error(`no cell ${row} ${date} ${time}`);
  return { row: r, slot: s };
}

/**
 * The element drawing a cell (neighbouring equal hours are one element spanning them), and where
 * in it the hour is, for hovering exactly that hour.
 */
async function drawn(cell: Cell): Promise<{ id: string; x: number; y: number }> {
  const elements = await page.locator(`[id^="c${cell.row}-"]`).evaluateAll((found) =>
    found.map((element) => {
      const box = element.getBoundingClientRect();
      return {
        id: element.id,
        span: Number(element.getAttribute('aria-colspan') ?? 1),
        width: box.width,
        height: box.height,
      };
    }),
  );
  for (const element of elements) {
    const first = Number(element.id.split('-')[1]);
    if (first <= cell.slot && cell.slot < first + element.span) {
      const x = ((cell.slot - first + 0.5) / element.span) * element.width;
      return { id: element.id, x, y: element.height / 2 };
    }
  }
  throw new Error(`no element draws row ${cell.row} slot ${cell.slot}`);
}

async function cellClass(cell: Cell): Promise<string> {
  return (await page.locator(`#${(await drawn(cell)).id}`).getAttribute('class')) ?? '';
}

async function hover(cell: Cell): Promise<void> {
  const { id, x, y } = await drawn(cell);
  await page.hover(`#${id}`, { position: { x, y } });
}

async function openWeek(): Promise<void> {
  await page.goto(`${base}#/week/${WEEK}`);
  await page.getByRole('heading', { name: 'Week from Mon 21 Dec' }).waitFor();
  await page.locator('[role="grid"] [role="gridcell"]').first().waitFor();
}

/** The End field of the first shift of the team whose form is open. */
const firstShiftEnd = () => page.getByLabel('End', { exact: true }).first();

describe('the web console', { timeout: 60_000 }, () => {
  it('signs the local lead in from the printed URL and shows the week with its known gaps', async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(consoleUrl(stack));
    await fresh.getByText('lead@sunroute.local · support lead').waitFor();
    // The token leaves the address bar at once.
    expect(fresh.url()).toBe(base);
    await fresh.close();
    // Opened again in a tab that shows the console, the URL signs in the user it names.
    await page.goto(consoleUrl(stack, 'reader'));
    await page.getByText('reader@sunroute.local · read only').waitFor();
    await page.goto(consoleUrl(stack));
    await page.getByText('lead@sunroute.local · support lead').waitFor();
    expect(page.url()).toBe(base);
    await openWeek();
    await screenshot(page, 'week');
    const gaps = page.locator('.gap-list');
    // Japanese and Korean have nobody from Friday evening in Tokyo past the end of the week.
    const japanese = await gaps.locator('li', { hasText: 'ja · Japanese' }).textContent();
    expect(japanese).toContain(
      'Fri 25 Dec 10:00 – Mon 28 Dec 00:00 (62 h; open until Mon 28 Dec 01:00)',
    );
    expect(await cellClass(await cellOf('ja', '2026-12-26', '12:00'))).toContain('gap');
    // Italian: Berlin is on shift and speaks it, but its only Italian speaker is away, so nobody
    // can take an Italian ticket, counted by teams or by agents, as `sunroute coverage` says.
    const italianGaps = await gaps.locator('li', { hasText: 'it · Italian' }).textContent();
    expect(italianGaps).toContain(
      'Mon 21 Dec 00:00 – Mon 28 Dec 00:00 (168 h; open since Fri 18 Dec 18:00, open until Mon 4 Jan 08:00)',
    );
    const italian = await cellOf('it', '2026-12-22', '10:00');
    expect(await cellClass(italian)).toContain('gap');
    await page.getByLabel('agents').check();
    expect(await cellClass(italian)).toContain('gap');
    await hover(italian);
    const details = page.getByRole('status').filter({ hasText: 'it · Italian' });
    await details.getByText('nobody can take a ticket').waitFor();
    await details.getByText('EMEA Berlin on shift, but nobody who speaks it is').waitFor();
    await details
      .getByText('Luca Rossi: away until Mon 4 Jan 00:00 (Christmas in Milan)')
      .waitFor();
    await page.getByLabel('teams').check();
    // Christmas Eve afternoon: Berlin's own holiday, named where the team is off.
    await hover(await cellOf('de', '2026-12-24', '14:00'));
    await page
      .getByRole('status')
      .getByText('EMEA Berlin off — holiday: Christmas Eve afternoon, back Mon 28 Dec 08:00')
      .waitFor();
    // Who can take a German ticket on a Tuesday morning, by name.
    await hover(await cellOf('de', '2026-12-22', '10:00'));
    await page
      .getByRole('status')
      .getByText('EMEA Berlin can take it: Jonas Becker, Claire Martin, Anouk de Vries')
      .waitFor();
    await hover(await cellOf('de', '2026-12-24', '14:00'));
    await screenshot(page, 'week-details');
    // The keyboard reaches every hour: one tab stop, then arrow keys.
    await page.getByRole('grid').focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('status').getByText('de · German, Thu 24 Dec 15:00').waitFor();
    await page.keyboard.press('PageDown');
    await page.getByRole('status').getByText('de · German, Fri 25 Dec 15:00').waitFor();
    expect(browser.errors()).toEqual([]);
  });

  it('imports a year’s public holidays into a team’s draft through the country picker', async () => {
    await page.goto(`${base}#/calendars/teams/emea-dublin`);
    const picker = page.getByRole('group', { name: 'Import public holidays' });
    await picker.getByLabel('Country').selectOption('DE');
    await picker.getByRole('option', { name: 'Berlin (BE)' }).waitFor({ state: 'attached' });
    await picker.getByLabel('Country').selectOption('IE');
    await picker.getByText('This country’s holidays are national only.').waitFor();
    await picker.getByLabel('Year').fill('2027');
    await picker.getByRole('button', { name: 'Show 2027’s holidays' }).click();
    await picker.getByText('2027-03-17 — St. Patrick’s Day').waitFor();
    await picker.getByRole('button', { name: /^Add \d+ holidays to the draft$/ }).click();
    await page.getByRole('button', { name: 'Review changes' }).click();
    await page
      .locator('.changes')
      .getByText('+ team emea-dublin: holiday 2027-03-17 "St. Patrick’s Day"')
      .waitFor();
    await page.getByRole('button', { name: 'Discard edits' }).click();
    await page.getByText('no edits').waitFor();
  });

  it('routes a ticket in the playground exactly as `sunroute route` does', async () => {
    await page.goto(`${base}#/playground`);
    await page.getByLabel('Start from a sample').selectOption({ label: 'de-order-missing' });
    await expect.poll(() => page.getByLabel('Ticket id').inputValue()).not.toBe('playground-1');
    await page.getByLabel('this instant:').check();
    // 10:15 in Berlin, the lead's zone: 09:15 UTC.
    await page.getByLabel('Instant in Europe/Berlin').fill('2026-12-22T10:15');
    await page.getByRole('button', { name: 'Route this ticket' }).click();
    const printed = await page.getByTestId('decision-json').textContent();
    await page.getByRole('heading', { name: 'Reasons' }).scrollIntoViewIfNeeded();
    await page.evaluate('window.scrollBy(0, -360)');
    await screenshot(page, 'playground');
    // Not execFileSync: the stack serves the page from this process and must keep running.
    const { stdout: cli } = await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, 'bin/sunroute.mjs'),
        'route',
        '--config',
        join(ROOT, 'examples/sunroute.yaml'),
        '--ticket',
        GERMAN_TICKET,
        '--at',
        '2026-12-22T09:15:00Z',
      ],
      { encoding: 'utf8' },
    );
    expect(`${printed}\n`).toBe(cli);
    const decision = JSON.parse(cli) as { expectedReplyBy: string; reasons: string[] };
    expect(decision).toMatchObject({
      team: 'emea-berlin',
      status: 'assigned',
      expectedReplyBy: '2026-12-22T13:15:00.000Z',
    });
    // The promise in words: the CLI's instant in the lead's zone, and the reason line that
    // counted it, word for word.
    const replyBy = await page.getByTestId('expected-reply-by').textContent();
    expect(replyBy).toBe(
      `Tue 22 Dec 2026, 14:15 Europe/Berlin (UTC+01:00)${decision.reasons.find((reason) => reason.startsWith('reply by '))}`,
    );
    expect(await page.getByTestId('customer-message').textContent()).toContain('14:15');
  });

  it('edits a shift, shows the diff, applies it, the week reflects it, and rolls back', async () => {
    const German19 = await cellOf('de', '2026-12-22', '19:00');
    await openWeek();
    expect(await cellClass(German19)).toContain('gap');
    const before = await liveVersion();

    await page.goto(`${base}#/calendars/teams/emea-berlin`);
    await screenshot(page, 'calendars');
    await firstShiftEnd().fill('20:00');
    await page.getByRole('button', { name: 'Review changes' }).click();
    const changes = page.locator('.changes');
    await changes.getByText('- team emea-berlin: shift mon–fri 08:00–18:00').waitFor();
    await changes.getByText('+ team emea-berlin: shift mon–fri 08:00–20:00').waitFor();
    await screenshot(page, 'calendars-review');
    expect(await liveVersion()).toBe(before);
    await page.getByRole('button', { name: 'Apply as the next version' }).click();
    await page.getByText(`Saved as version ${before + 1}`).waitFor();
    expect(await liveVersion()).toBe(before + 1);

    await openWeek();
    expect(await cellClass(German19)).toContain('l1');

    await page.goto(`${base}#/calendars/history`);
    await page.getByRole('button', { name: `Compare version ${before}` }).click();
    await page.getByText('+ team emea-berlin: shift mon–fri 08:00–18:00').waitFor();
    await screenshot(page, 'calendars-history');
    await page.getByRole('button', { name: `Roll back to version ${before}` }).click();
    await page.getByText(`Saved as version ${before + 2} (restores version ${before})`).waitFor();
    await openWeek();
    expect(await cellClass(German19)).toContain('gap');
  });

  it('shows an invalid edit’s error at its field and saves nothing', async () => {
    const before = await liveVersion();
    await page.goto(`${base}#/calendars/teams/emea-berlin`);
    await firstShiftEnd().fill('25:00');
    await page.getByRole('button', { name: 'Review changes' }).click();
    const field = firstShiftEnd();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby'))!;
    const message = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    expect(message).toContain('"25:00" is not a time');
    await screenshot(page, 'calendars-invalid');
    expect(await liveVersion()).toBe(before);
    // The YAML view shows the same problem at its line.
    await page.getByRole('link', { name: 'YAML' }).click();
    await page
      .getByRole('button', { name: /^line \d+$/ })
      .first()
      .waitFor();
    // Fixing the field clears its error; discarding drops the draft.
    await page.goto(`${base}#/calendars/teams/emea-berlin`);
    await firstShiftEnd().fill('18:00');
    expect(await firstShiftEnd().getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Discard edits' }).click();
    await page.getByText('no edits').waitFor();
  });

  it('explains a conflict with a save made meanwhile, keeps the edit and carries it over', async () => {
    await page.goto(`${base}#/calendars/teams/emea-dublin`);
    await page.getByLabel('Name', { exact: true }).first().fill('EMEA Dublin (Docklands)');
    // Meanwhile another lead saves a change to another team.
    const current = await api('GET', '/config');
    const other = await api('PUT', '/config', {
      body: current.text.replace('name: APAC Sydney', 'name: APAC Sydney (Barangaroo)'),
      headers: { 'content-type': 'application/yaml', 'if-match': current.etag! },
    });
    expect(other.status).toBe(200);
    const theirs = await liveVersion();

    await page.getByRole('button', { name: 'Review changes' }).click();
    await page.getByText(`Version ${theirs} was saved after you started`).waitFor();
    await page.getByRole('button', { name: 'Apply as the next version' }).click();
    await page.getByText(/Not saved: If-Match .* is stale/).waitFor();
    await page.getByText('Nothing you typed is lost').waitFor();
    await screenshot(page, 'calendars-conflict');
    expect(await liveVersion()).toBe(theirs);
    await page.getByRole('link', { name: 'Forms' }).click();
    await page.getByRole('link', { name: 'emea-dublin' }).click();
    expect(await page.getByLabel('Name', { exact: true }).first().inputValue()).toBe(
      'EMEA Dublin (Docklands)',
    );

    await page.getByRole('button', { name: `Bring my edits onto version ${theirs}` }).click();
    await page.getByText(`Your edits now start from version ${theirs}.`).waitFor();
    await page.getByRole('button', { name: 'Review changes' }).click();
    await page
      .getByText('~ team emea-dublin: name EMEA Dublin → EMEA Dublin (Docklands)')
      .waitFor();
    expect(await page.locator('.changes li').count()).toBe(1);
    await page.getByRole('button', { name: 'Apply as the next version' }).click();
    await page.getByText(`Saved as version ${theirs + 1}`).waitFor();
    const live = (await api('GET', '/config')).text;
    expect(live).toContain('EMEA Dublin (Docklands)');
    expect(live).toContain('APAC Sydney (Barangaroo)');
  });

  it('lists a team’s tickets and shows one with its decision, emails and history', async () => {
    const id = `console-${Date.now().toString(36)}`;
    const ticket = { ...JSON.parse(readFileSync(GERMAN_TICKET, 'utf8')), id };
    await sendBodies(stack, [JSON.stringify(ticket)]);
    expect(await eventually(async () => (await decisionOf(stack, id)) !== undefined, 20_000)).toBe(
      true,
    );
    const decision = (await decisionOf(stack, id))!;
    // The conversation after the customer's first message, as the reply paths keep it in the
    // ticket's partition.
    const answer = 'Guten Tag, das Paket ist unterwegs und kommt morgen an.';
    const thanks = 'Danke, dann warte ich bis morgen.';
    for (const message of [
      {
        sequence: 1,
        from: 'agent',
        agent: 'jonas.becker',
        at: '2026-12-22T10:30:00Z',
        text: answer,
      },
      { sequence: 2, from: 'customer', at: '2026-12-22T11:05:00Z', text: thanks },
    ]) {
      await stack.clients.documents.send(
        new PutCommand({
          TableName: stack.env[TICKETS_TABLE.tableNameEnv],
          Item: { ...messageKey(id, message.sequence), ...message },
        }),
      );
    }
    await page.goto(`${base}#/tickets`);
    // The filter is kept between visits: list every status, from any date, of the team that
    // holds the ticket now (the waiting line or a handover may have moved it since routing).
    const holder = (await decisionOf(stack, id))!;
    await page.getByLabel('Team').selectOption(holder.team!);
    await page.getByLabel('Status', { exact: true }).selectOption('');
    await page.getByLabel(/^Status set since/).fill('');
    await page.getByRole('link', { name: id }).click();
    await page.getByRole('heading', { name: `Ticket ${id}` }).waitFor();
    await page.getByRole('heading', { name: 'Reasons' }).waitFor();
    expect(await page.locator('.reasons li').first().textContent()).toBe(decision.reasons[0]);
    await page.getByRole('heading', { name: 'Emails' }).waitFor();
    // What the customer wrote first, then the agent's answer and the customer's reply, in order.
    const conversation = page.locator('.conversation li');
    expect(await conversation.count()).toBe(3);
    expect(await conversation.nth(0).textContent()).toContain(ticket.body.slice(0, 40));
    expect(await conversation.nth(1).textContent()).toBe(
      `agent jonas.becker, ${formatInstant('2026-12-22T10:30:00Z', 'Europe/Berlin')}${answer}`,
    );
    expect(await conversation.nth(2).textContent()).toContain(thanks);
    // The customer's promise as the CLI and the router recorded it, in the lead's zone; the time
    // without an agent: none for a ticket an agent took at once, else still running.
    expect(await page.getByTestId('ticket-reply-by').textContent()).toBe(
      decision.expectedReplyBy === null
        ? 'nothing promised'
        : formatInstant(decision.expectedReplyBy, 'Europe/Berlin'),
    );
    expect(await page.getByTestId('ticket-wait').textContent()).toMatch(
      decision.agent === null ? /^waiting / : /^never waited$/,
    );
    // The routing entry of the history, made by the router itself.
    const routed = page.locator('table', { hasText: 'Who' }).locator('tbody tr').first();
    expect(await routed.locator('td').nth(1).textContent()).toBe(decision.status);
    expect(await routed.locator('td').nth(3).textContent()).toBe('the router');
    await screenshot(page, 'ticket');
    await page.goto(`${base}#/tickets`);
    await page.getByRole('link', { name: id }).waitFor();
    await screenshot(page, 'tickets');
  });

  it('lets a reader look but not change, and stays readable at phone width', async () => {
    const reader = await browser.context.newPage();
    await reader.goto(consoleUrl(stack, 'reader'));
    await reader.getByText('reader@sunroute.local · read only').waitFor();
    await reader.goto(`${base}#/calendars/teams/emea-berlin`);
    await reader.getByRole('heading', { name: 'Team emea-berlin' }).waitFor();
    expect(await reader.getByRole('button', { name: 'Add shift' }).count()).toBe(0);
    expect(await reader.getByLabel('End', { exact: true }).first().getAttribute('readonly')).toBe(
      '',
    );
    await reader.close();

    await page.setViewportSize({ width: 390, height: 844 });
    await openWeek();
    await screenshot(page, 'week-phone');
    // The page itself never scrolls sideways; the heat map scrolls in its own box.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
      true,
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(browser.errors()).toEqual([]);
  });
});
