// The assignment email's links on the whole local stack as `npm start` runs it: a mail scanner
// opening every link of every email changes no ticket; an agent opening one sees the ticket in
// the language of the email and presses the one button, which acts once — also in a real
// headless Chromium (Debian's, through playwright-core) with scripts switched off.
import { Logger } from '@aws-lambda-powertools/logger';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentLoadKey, ticketKey } from '../../../functions/adapters/dynamodb/ticket-items';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import type { SentEmail } from '../../../functions/local-stack/ses-store';
import { launchHeadlessChromium } from '../../../scripts/headless-chromium';
import { EXAMPLE_CONFIG } from '../example-config';
import { confirmLink, formOf, linksIn, request, submit, textLink } from '../link-page';
import {
  decisionOf,
  demoTickets,
  emailsFor,
  eventually,
  sendBodies,
  sentEmails,
  TUESDAY_AFTERNOON,
} from './local-stack-harness';

const quiet = { info() {}, warn() {}, error() {} };
process.env.POWERTOOLS_METRICS_DISABLED = 'true';

let stack: LocalStack;
let base: string;

beforeAll(async () => {
  stack = await startLocalStack({
    ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
    httpPort: 0,
    prefix: 'links',
    configDocument: EXAMPLE_CONFIG,
    router: { clock: () => TUESDAY_AFTERNOON, logger: new Logger({ logLevel: 'SILENT' }) },
    waitTimeSeconds: 1,
    log: quiet,
  });
  base = stack.http!.url;
}, 60_000);

afterAll(() => stack?.stop(), 60_000);

const item = async (key: Record<string, string>) =>
  (
    await stack.clients.documents.send(
      new GetCommand({ TableName: stack.env[TICKETS_TABLE.tableNameEnv], Key: key }),
    )
  ).Item;
const ticketItem = async (id: string) => (await item(ticketKey(id)))!;
const openTickets = async (agent: string) =>
  (await item(agentLoadKey(agent)))?.openTickets as number;

/** Routes the demo batch and waits for each ticket's email. */
async function routeDemo(run: string): Promise<{ ids: string[]; emails: SentEmail[] }> {
  const tickets = demoTickets(run);
  await sendBodies(
    stack,
    tickets.map((ticket) => JSON.stringify(ticket)),
  );
  const ids = tickets.map((ticket) => String(ticket.id));
  expect(
    await eventually(async () => {
      const decided = await Promise.all(ids.map((id) => decisionOf(stack, id)));
      const emails = await sentEmails(stack);
      return decided.every(Boolean) && ids.every((id) => emailsFor(emails, id).length === 1);
    }, 30_000),
  ).toBe(true);
  const emails = await sentEmails(stack);
  return { ids, emails: ids.flatMap((id) => emailsFor(emails, id)) };
}

describe('the email links on the local stack', () => {
  it('change no ticket when a scanner opens every link of every email, GET and HEAD', async () => {
    const { ids, emails } = await routeDemo('scan');
    const links = emails.flatMap((email) => linksIn(email, base));
    // Every agent assignment carries both buttons; team notices carry none.
    const toAgents = emails.filter((email) => email.body.text?.includes('/ack?token='));
    expect(toAgents.length).toBeGreaterThan(10);
    expect(links).toHaveLength(2 * toAgents.length);

    const before = await Promise.all(ids.map(ticketItem));
    for (const link of links) {
      const head = await request(link, { method: 'HEAD' });
      const get = await request(link);
      expect([head.status, get.status, head.html]).toEqual([200, 200, '']);
      expect(get.html).toContain('<form method="post"');
    }
    expect(await Promise.all(ids.map(ticketItem))).toEqual(before);
  }, 120_000);

  it('acknowledges and resolves through the page’s button, in the language of the email', async () => {
    const { emails } = await routeDemo('confirm');
    const id = 'demo-de-tracking-confirm';
    const [german] = emails.filter((email) => email.body.text?.includes(id));
    const routed = await ticketItem(id);
    expect(routed).toMatchObject({ team: 'emea-berlin', status: 'assigned', assignment: 1 });
    const agent = routed.agent as string;

    const ack = textLink(german!, 'Bestätigen');
    const { page, answer } = await confirmLink(ack);
    expect(page.html).toContain('<html lang="de">');
    expect(page.html).toContain('<h1>Dieses Ticket bestätigen?</h1>');
    expect(page.html).toContain('<dd>Sendung hängt seit Tagen fest</dd>');
    expect(page.html).toContain(`<dd>Agent ${agent} im Team emea-berlin</dd>`);
    expect(answer.status).toBe(200);
    expect(answer.html).toContain('<h1>Ticket bestätigt</h1>');
    const acknowledged = await ticketItem(id);
    expect(acknowledged).toMatchObject({
      acknowledgedAt: new Date(TUESDAY_AFTERNOON).toISOString(),
      version: 2,
    });
    expect(acknowledged.history.at(-1)).toMatchObject({
      event: 'acknowledged',
      by: 'link',
      actor: agent,
    });

    const load = await openTickets(agent);
    const resolve = textLink(german!, 'Als gelöst markieren');
    const form = formOf(resolve, (await request(resolve)).html)!;
    expect((await submit(form)).html).toContain('<h1>Ticket gelöst</h1>');
    expect(await openTickets(agent)).toBe(load - 1);
    // Pressed again (a double click, a reload that posts again): nothing more.
    expect((await submit(form)).html).toContain('<h1>Bereits gelöst</h1>');
    expect(await openTickets(agent)).toBe(load - 1);
    expect(await ticketItem(id)).toMatchObject({ status: 'resolved', version: 3 });
  }, 120_000);

  it('works in Chromium without script: styled under its CSP, labelled, focusable, posts', async () => {
    const { emails } = await routeDemo('browser');
    const id = 'demo-de-tracking-browser';
    const [german] = emails.filter((email) => email.body.text?.includes(id));
    const ack = textLink(german!, 'Bestätigen');
    const browser = await launchHeadlessChromium();
    try {
      const page = await browser.context.newPage();
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused/i.test(message.text())) refused.push(message.text());
      });
      expect((await page.goto(ack))!.status()).toBe(200);
      // The accessible name is the button's own text; it is the page's only control.
      const button = page.getByRole('button', { name: 'Bestätigen' });
      expect(await button.count()).toBe(1);
      expect(await page.locator('button, a, input:not([type=hidden])').count()).toBe(1);
      // The style block applies (its hash is in the CSP), with readable contrast.
      // Evaluated in the page, as text: the project's TypeScript knows no DOM.
      const colors = (await page.evaluate(`(() => {
        const style = (selector) => getComputedStyle(document.querySelector(selector));
        return {
          text: style('main').color,
          card: style('main').backgroundColor,
          label: style('dt').color,
          buttonText: style('button').color,
          button: style('button').backgroundColor,
        };
      })()`)) as Record<'text' | 'card' | 'label' | 'buttonText' | 'button', string>;
      expect(colors.button).toBe('rgb(10, 92, 173)');
      expect(contrast(colors.text, colors.card)).toBeGreaterThanOrEqual(7);
      expect(contrast(colors.label, colors.card)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colors.buttonText, colors.button)).toBeGreaterThanOrEqual(4.5);
      // The keyboard reaches the button, which shows where the focus is.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(`(() => {
          const style = getComputedStyle(document.activeElement);
          return [document.activeElement.tagName, style.outlineStyle, style.outlineWidth];
        })()`),
      ).toEqual(['BUTTON', 'solid', '3px']);

      // Scripts off: the plain form still posts, and the browser's request passes the
      // cross-site check.
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      const [posted] = await Promise.all([
        page.waitForResponse((response) => response.request().method() === 'POST'),
        page.keyboard.press('Enter'),
      ]);
      expect(posted.status()).toBe(200);
      expect((await posted.request().allHeaders())['sec-fetch-site']).toBe('same-origin');
      expect(await posted.text()).toContain('<h1>Ticket bestätigt</h1>');
      expect(refused).toEqual([]);
      expect(await ticketItem(id)).toMatchObject({
        acknowledgedAt: new Date(TUESDAY_AFTERNOON).toISOString(),
      });
    } finally {
      await browser.close();
    }
  }, 120_000);
});

/** WCAG's contrast ratio of two computed `rgb(…)` colours. */
function contrast(first: string, second: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/\d+/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
