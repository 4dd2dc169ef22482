// The console's Reports page in a real browser against the local stack with the demo's simulated
// history: a team's CSAT and FCR, grouping changes the rows, the hour-of-week view, empty periods
// and API errors said plainly, the CSV the CLI writes, and a survey answer posted through the
// local HTTP API moving the page's CSAT.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DynamoDbTicketActionStore } from '../../../functions/adapters/dynamodb/dynamodb-ticket-action-store';
import type { Report } from '../../../functions/core/reports/build-report';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { LOCAL_ADMIN_TOKENS } from '../../../functions/local-stack/admin-authorizer';
import type { LocalStack } from '../../../functions/local-stack/local-stack';
import { demoTeams, simulatedHistory } from '../../../scripts/demo/simulated-history';
import { decisionOf, eventually, sendBodies, sentEmails } from '../e2e/local-stack-harness';
import {
  buildConsole,
  consoleUrl,
  launchBrowser,
  ROOT,
  screenshot,
  startConsoleStack,
  type Browser,
} from './console-harness';

const HOUR = 3_600_000;
process.env.POWERTOOLS_METRICS_DISABLED = 'true';
const ZONE = 'Europe/Berlin';

let stack: LocalStack;
let browser: Browser & { errors: () => string[] };
let page: Page;
let base: string;
let tickets: string;

beforeAll(async () => {
  await buildConsole();
  stack = await startConsoleStack(`console-reports-${Date.now().toString(36)}`);
  tickets = stack.env[TICKETS_TABLE.tableNameEnv]!;
  // The demo's history (`npm run demo`): six days of tickets, surveys and reopened threads,
  // folded by the reports function from the stream as live tickets are.
  const now = Date.now();
  let written = 0;
  for (const item of simulatedHistory({
    teams: demoTeams(join(ROOT, 'examples/sunroute.yaml')),
    count: 240,
    from: now - 6 * 24 * HOUR,
    to: now - HOUR,
    seed: 11,
    run: 'console-reports',
  })) {
    await stack.clients.documents.send(new PutCommand({ TableName: tickets, Item: item }));
    if (item.sk === 'TICKET') written += 1;
  }
  expect(
    await eventually(async () => {
      await stack.reports.settled();
      return (await report('team')).total.received === written;
    }, 60_000),
  ).toBe(true);
  browser = await launchBrowser();
  page = await browser.newPage();
  base = `${stack.http!.url}/console/`;
  await page.goto(consoleUrl(stack, 'reader'));
  await page.getByText('reader@sunroute.local · read only').waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The last seven days' report as the admin API answers it to a reader. */
async function report(by: string): Promise<Report> {
  const from = new Date(Date.now() - 7 * 24 * HOUR).toISOString();
  const response = await fetch(`${stack.http!.url}/reports?from=${from}&by=${by}&zone=${ZONE}`, {
    headers: { authorization: `Bearer ${stack.env[LOCAL_ADMIN_TOKENS.readerEnv]}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Report;
}

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

async function openReports(): Promise<void> {
  await page.goto(`${base}#/reports`);
  await page.getByRole('heading', { name: 'Reports' }).waitFor();
  await page.locator('.report-table').waitFor();
}

/** The report table's cells of the row headed `label`, by column title. */
async function tableRow(label: string): Promise<Record<string, string>> {
  const table = page.locator('.report-table');
  const titles = await table.locator('thead th').allTextContents();
  // Team names carry parentheses ("NA East (New York)"), so the label is matched literally.
  const literal = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = table.locator('tbody tr', {
    has: page.locator('th', { hasText: new RegExp(`^${literal}$`) }),
  });
  const cells = [label, ...(await row.locator('td').allTextContents())];
  return Object.fromEntries(titles.map((title, index) => [title, cells[index]!]));
}

const rowHeads = () => page.locator('.report-table tbody th').allTextContents();

describe('the Reports page', { timeout: 90_000 }, () => {
  it('shows a team’s CSAT and FCR, and grouping changes the rows', async () => {
    await openReports();
    await page.getByLabel('Period', { exact: true }).selectOption('7');
    await page.getByLabel('Group by').selectOption('team');
    const byTeam = await report('team');
    const berlin = byTeam.rows.find((row) => row.key === 'emea-berlin')!;
    expect(berlin.surveys).toBeGreaterThan(0);
    expect(berlin.csat).toBeGreaterThan(0);
    expect(berlin.fcr).toBeGreaterThan(0);
    await expect.poll(rowHeads).toContain('EMEA Berlin');
    const cells = await tableRow('EMEA Berlin');
    expect(cells).toMatchObject({
      Tickets: String(berlin.received),
      CSAT: percent(berlin.csat),
      'CSAT answers': String(berlin.surveys),
      FCR: percent(berlin.fcr),
    });
    expect(cells.CSAT).not.toBe('0%');
    expect(cells.FCR).not.toBe('0%');
    // The whole period's numbers and a bar per team, the chart's numbers in a table behind it.
    await page.getByText(`of ${byTeam.total.surveys} answers`).waitFor();
    expect(await page.locator('.bar-row').count()).toBe(byTeam.rows.length);
    await page.getByLabel('Chart').selectOption({ label: 'CSAT' });
    await page.locator('figcaption', { hasText: 'CSAT by team' }).waitFor();
    await screenshot(page, 'reports', true);

    await page.getByLabel('Group by').selectOption('language');
    const byLanguage = await report('language');
    await expect
      .poll(rowHeads)
      .toEqual(byLanguage.rows.map((row) => expect.stringMatching(new RegExp(`^${row.key} · `))));
    expect(await rowHeads()).not.toContain('EMEA Berlin');
    expect(await page.locator('.bar-row').count()).toBe(byLanguage.rows.length);

    // The hours of the week in the lead's zone: a weekday per row, an hour per column.
    await page.getByLabel('Group by').selectOption('hour');
    await page.getByLabel('Chart').selectOption({ label: 'Tickets' });
    const table = page.locator('table.how');
    await table.getByText(`Tickets by hour of the week, hours in ${ZONE}`).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(7);
    const byHour = await report('hour');
    const busiest = byHour.rows.reduce((a, b) => (b.received > a.received ? b : a));
    const [day, hour] = busiest.key.split(' ') as [string, string];
    const dayRow = table.locator('tbody tr', { has: page.locator('th', { hasText: day }) });
    expect(await dayRow.locator('td').nth(Number(hour)).textContent()).toBe(
      String(busiest.received),
    );
    expect(await dayRow.locator('td').nth(Number(hour)).getAttribute('class')).toBe('how-l4');
    await screenshot(page, 'reports-hours');
    await page.getByLabel('Group by').selectOption('team');
    expect(browser.errors()).toEqual([]);
  });

  it('says an empty period plainly, shows the API’s refusal, and offers the CLI’s CSV', async () => {
    await openReports();
    await page.getByLabel('Period', { exact: true }).selectOption('dates');
    await page.getByLabel(`From (${ZONE})`).fill('2025-01-06');
    await page.getByLabel(`To, included (${ZONE})`).fill('2025-01-12');
    await page.getByRole('status').getByText('No tickets in this period').waitFor();
    expect(await page.getByRole('button', { name: 'Download CSV' }).isDisabled()).toBe(true);
    // Longer than the aggregates are kept: the API's own words.
    await page.getByLabel(`From (${ZONE})`).fill('2020-01-01');
    await page
      .getByRole('alert')
      .getByText('reports cover at most 400 days', { exact: false })
      .waitFor();

    await page.getByLabel('Period', { exact: true }).selectOption('7');
    await page.locator('.report-table').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^sunroute-report-by-team-\d{4}-\d{2}-\d{2}-/);
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv[0]).toMatch(/^from,to,team,received,ack_p50_seconds,/);
    const berlin = (await report('team')).rows.find((row) => row.key === 'emea-berlin')!;
    expect(csv.find((line) => line.split(',')[2] === 'emea-berlin')?.split(',')[3]).toBe(
      String(berlin.received),
    );
    expect(csv.at(-2)).toMatch(/,total,/);

    // At phone width the page stacks; the wide table scrolls in its own box.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByLabel('Chart').selectOption({ label: 'FCR' });
    await screenshot(page, 'reports-phone', true);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
      true,
    );
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('moves a team’s CSAT after a customer answers the survey', async () => {
    const id = `email:console-reports-${Date.now().toString(36)}@kunde.example`;
    await sendBodies(stack, [
      JSON.stringify({
        id,
        channel: 'email',
        receivedAt: new Date().toISOString(),
        subject: 'Lieferung fehlt',
        body: 'Guten Tag, meine Bestellung ist noch nicht angekommen. Können Sie bitte nachsehen, wo sie ist?',
        customer: { name: 'Kim Becker', email: 'kim@kunde.example', country: 'DE' },
        mail: { messageId: id.slice('email:'.length) },
      }),
    ]);
    expect(await eventually(async () => (await decisionOf(stack, id)) !== undefined)).toBe(true);
    const actions = new DynamoDbTicketActionStore(stack.clients.documents, tickets);
    const resolved = await actions.resolveTicket({
      ticketId: id,
      at: Date.now(),
      by: 'cli',
      actor: 'lead',
    });
    expect(resolved.kind).toBe('done');
    const surveyMail = async () =>
      (await sentEmails(stack)).find(
        (email) =>
          (email.destination.to ?? []).includes('kim@kunde.example') &&
          (email.body.text ?? '').includes('/survey/'),
      );
    expect(await eventually(async () => (await surveyMail()) !== undefined, 20_000)).toBe(true);
    const url = /https?:\/\/\S+\/survey\/\S+/.exec((await surveyMail())!.body.text ?? '')![0];
    const survey = (
      await stack.clients.documents.send(
        new GetCommand({ TableName: tickets, Key: { pk: `TICKET#${id}`, sk: 'SURVEY' } }),
      )
    ).Item!;
    const team = survey.team as string;
    await stack.reports.settled();

    const before = (await report('team')).rows.find((row) => row.key === team)!;
    const label = teamName(team);
    await openReports();
    await page.getByLabel('Period', { exact: true }).selectOption('7');
    await expect
      .poll(async () => (await tableRow(label))['CSAT answers'])
      .toBe(String(before.surveys));
    const shown = (await tableRow(label)).CSAT;
    expect(shown).toBe(percent(before.csat));

    // The answer that moves the share most, as a customer posts the survey's form.
    const score = (before.csat ?? 0) >= 0.5 ? 1 : 5;
    const positive = Math.round((before.csat ?? 0) * before.surveys) + (score >= 4 ? 1 : 0);
    const answered = await fetch(url.split('?')[0]!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        t: new URL(url).searchParams.get('t')!,
        lang: 'de',
        score: String(score),
      }).toString(),
    });
    expect(answered.status).toBe(200);
    await stack.reports.settled();

    await page.reload();
    await page.locator('.report-table').waitFor();
    const after = await tableRow(label);
    expect(after['CSAT answers']).toBe(String(before.surveys + 1));
    expect(after.CSAT).toBe(percent(positive / (before.surveys + 1)));
    expect(after.CSAT).not.toBe(shown);
    expect(browser.errors()).toEqual([]);
  });
});

/** A team's name as the example configuration gives it, which the page shows. */
function teamName(id: string): string {
  const config = parse(readFileSync(join(ROOT, 'examples/sunroute.yaml'), 'utf8')) as {
    teams: { id: string; name?: string }[];
  };
  return config.teams.find((team) => team.id === id)?.name ?? id;
}
