import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  formatMailVerdicts,
  MAIL_VERDICTS_HEADER,
  parseMailVerdicts,
} from '../../core/ingest/mail-verdicts';
import { SIGNATURE_HEADER, signWebhook } from '../../core/ingest/webhook-signature';
import { INGEST } from '../../definitions/ingest';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { commandSummary } from '../command-list';
import { runningLocalStack } from '../running-local-stack';
import { webhookSigningSecret } from '../webhook-signing-secret';

interface SendEmailOptions {
  url?: string;
  verdicts?: string;
}

/** The --verdicts value as the header carries it, checked before anything is sent. */
function verdictsHeader(value: string | undefined): Record<string, string> {
  if (value === undefined) return {};
  const parsed = parseMailVerdicts(value);
  if (!parsed.ok) throw new CliInputError(`--verdicts: ${parsed.message}`);
  return { [MAIL_VERDICTS_HEADER]: formatMailVerdicts(parsed.verdicts) };
}

/** Names the variable that holds a deployed stack's HttpApiUrl output. */
export const API_URL_ENV = 'SUNROUTE_API_URL';

interface Target {
  readonly url: string;
  readonly secret: string;
}

/**
 * --url, else $SUNROUTE_API_URL, else the API of the local stack `npm start` runs; the secret
 * from $SUNROUTE_WEBHOOK_SECRET, else (for the local stack only) its well-known one.
 */
function targetOf(options: SendEmailOptions, env: NodeJS.ProcessEnv): Target {
  const local = options.url || env[API_URL_ENV] ? undefined : runningLocalStack()?.api;
  const base = options.url || env[API_URL_ENV] || local;
  if (!base)
    throw new CliInputError(
      `--url: not given, ${API_URL_ENV} is not set and no local stack runs ` +
        '(start one with npm start; a deployed stack has the URL as its HttpApiUrl output)',
    );
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new CliInputError(`--url: "${base}" is not an http(s) URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new CliInputError(`--url: "${base}" is not an http(s) URL`);
  const secret = webhookSigningSecret(env, local !== undefined);
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path.endsWith(INGEST.emailPath) ? path : `${path}${INGEST.emailPath}`;
  return { url: url.href, secret };
}

async function readMail(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new CliInputError(`${file}: ${(error as NodeJS.ErrnoException).message}`);
  }
}

interface Answer {
  readonly id?: string;
  readonly threadId?: string;
  readonly dropped?: string;
  readonly reason?: string;
  readonly reply?: 'sent' | 'refused';
  readonly joined?: string;
  readonly ticketId?: string;
  readonly refusal?: string;
  readonly error?: string;
  readonly message?: string;
}

export function registerSendEmailCommand(program: Command, io: CliIo): void {
  program
    .command('send-email')
    .description(commandSummary('send-email'))
    .argument('<file>', 'the .eml file, bytes as they are (any charset)')
    .option(
      '--url <url>',
      `the HTTP API (default: $${API_URL_ENV}, else the local stack npm start runs)`,
    )
    .option(
      '--verdicts <checks>',
      'what your mail server found out about the sender, e.g. "spf=fail; dkim=fail; dmarc=fail" ' +
        '(pass, fail, gray, processing-failed; checks spf, dkim, dmarc, spam); default: none',
    )
    .action(async (file: string, options: SendEmailOptions) => {
      const verdicts = verdictsHeader(options.verdicts);
      const target = targetOf(options, process.env);
      const raw = await readMail(file);
      let response: Response;
      try {
        response = await fetch(target.url, {
          method: 'POST',
          headers: {
            'Content-Type': 'message/rfc822',
            [SIGNATURE_HEADER]: signWebhook(raw, target.secret, Date.now()),
            ...verdicts,
          },
          body: raw,
        });
      } catch (error) {
        throw new Error(
          `could not post to ${target.url}: ${(error as Error).message} — is the stack running?`,
          { cause: error },
        );
      }
      const text = await response.text();
      let answer: Answer;
      try {
        answer = JSON.parse(text) as Answer;
      } catch {
        answer = { message: text };
      }
      if (response.status === 202 && answer.id) {
        io.out(`${file}: ticket ${answer.id} queued (thread ${answer.threadId ?? answer.id})\n`);
        return;
      }
      if (response.status === 202 && answer.joined) {
        io.out(`${file}: joined ticket ${answer.joined}; its agent was told\n`);
        return;
      }
      if (response.status === 202 && answer.reply === 'sent') {
        io.out(`${file}: answer to ticket ${answer.ticketId} sent to the customer\n`);
        return;
      }
      if (response.status === 202 && answer.reply === 'refused')
        throw new CliInputError(`${file}: answer refused (${answer.refusal}), nothing was sent`);
      if (response.status === 202 && answer.dropped) {
        io.out(
          `${file}: no ticket, dropped as automatic mail (${answer.dropped}): ${answer.reason}\n`,
        );
        return;
      }
      const detail = `${target.url} answered ${response.status}: ${answer.message ?? text}`;
      if (response.status >= 400 && response.status < 500)
        throw new CliInputError(`${file}: ${detail}`);
      throw new Error(detail);
    });
}
