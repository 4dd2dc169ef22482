// The web console as a lead meets it: the console built from its sources, the whole local stack
// of `npm start` on free ports serving it, and Debian's Chromium (no browser download) driven by
// playwright-core with a fresh profile. Screenshots go to reports/console/ as test artifacts.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { inject } from 'vitest';
import { CONSOLE_BUILD_DIR, LOCAL_CONSOLE_PATH } from '../../../functions/definitions/console';
import { LOCAL_ADMIN_TOKENS } from '../../../functions/local-stack/admin-authorizer';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import { launchHeadlessChromium } from '../../../scripts/headless-chromium';
import { EXAMPLE_CONFIG } from '../example-config';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const SCREENSHOTS = join(ROOT, 'reports', 'console');

const BUILD_DIR = join(ROOT, CONSOLE_BUILD_DIR);
const BUILT_FOR = join(BUILD_DIR, '.built-for-run');
const BUILD_LOCK = join(tmpdir(), `sunroute-console-build-${ROOT.replace(/\W+/g, '-')}lock`);
const STALE_LOCK_MS = 120_000;

/**
 * Builds the console from its sources, as `npm run build:console` does, once per test run: the
 * console test files run in parallel, and a build empties the folder another file's stack is
 * serving. The first file to get here builds (holding a lock directory) and stamps the build with
 * the run's prefix; the others wait for the lock and find the stamp.
 */
export async function buildConsole(): Promise<void> {
  const run = inject('standIns').prefix;
  const built = () => existsSync(BUILT_FOR) && readFileSync(BUILT_FOR, 'utf8') === run;
  for (;;) {
    if (built()) return;
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      // Another file is building; a lock left by a killed run is taken over after a while.
      const lock = statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) {
        rmSync(BUILD_LOCK, { recursive: true, force: true });
      }
      await sleep(200);
    }
  }
  try {
    if (built()) return;
    await build({
      configFile: join(ROOT, 'functions/console/vite.config.ts'),
      logLevel: 'error',
    });
    writeFileSync(BUILT_FOR, run);
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
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
