// The web console as a lead meets it: the console built from its sources, the whole local stack
// of `npm start` on free ports serving it, and Debian's Chromium (no browser download) driven by
// playwright-core with a fresh profile. Screenshots go to reports/console/ as test artifacts.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { LOCAL_CONSOLE_PATH } from '../../../functions/definitions/console';
import { LOCAL_ADMIN_TOKENS } from '../../../functions/local-stack/admin-authorizer';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import { launchHeadlessChromium } from '../../../scripts/headless-chromium';
import { EXAMPLE_CONFIG } from '../example-config';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const SCREENSHOTS = join(ROOT, 'reports', 'console');

/** Builds the console from its sources, as `npm run build:console` does. */
export async function buildConsole(): Promise<void> {
  await build({
    configFile: join(ROOT, 'functions/console/vite.config.ts'),
    logLevel: 'error',
  });
}

export function startConsoleStack(prefix: string): Promise<LocalStack> {
  return startLocalStack({
    ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
    httpPort: 0,
    prefix,
    configDocument: EXAMPLE_CONFIG,
    waitTimeSeconds: 1,
  });
}

/** The URL `npm start` prints: it signs the local support lead (or the reader) in. */
export function consoleUrl(stack: LocalStack, who: 'lead' | 'reader' = 'lead'): string {
  const token =
    stack.env[who === 'lead' ? LOCAL_ADMIN_TOKENS.leadEnv : LOCAL_ADMIN_TOKENS.readerEnv];
  return `${stack.http!.url}${LOCAL_CONSOLE_PATH}/#token=${token}`;
}

export interface Browser {
  readonly context: BrowserContext;
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Headless Chromium in Berlin's zone, so the lead's default zone is known. Errors in the page are
 * collected and `errors()` lists them; a step that cannot happen fails within 10 s with what it
 * waited for, well before the test's timeout.
 */
export async function launchBrowser(): Promise<Browser & { errors: () => string[] }> {
  const browser = await launchHeadlessChromium({ timezoneId: 'Europe/Berlin' });
  const { context } = browser;
  context.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const watch = (page: Page) => page.on('pageerror', (error) => errors.push(error.message));
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    errors: () => [...errors],
    async newPage({ width = 1280, height = 900 } = {}) {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setViewportSize({ width, height });
      return page;
    },
    close: () => browser.close(),
  };
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}
