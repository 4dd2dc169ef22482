import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SIGNATURE_HEADER, signWebhook } from '../../core/ingest/webhook-signature';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { commandSummary } from '../command-list';
import { parseInstantOption } from '../parse-instant-option';
import { runningLocalStack } from '../running-local-stack';
import { webhookSigningSecret } from '../webhook-signing-secret';

interface SignOptions {
  at?: string;
}

// Bytes, not text: the signature covers the body exactly as curl --data-binary @FILE sends it.
async function readBody(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new CliInputError(`${file}: ${(error as NodeJS.ErrnoException).message}`);
  }
}

export function registerSignCommand(program: Command, io: CliIo): void {
  program
    .command('sign')
    .description(commandSummary('sign'))
    .argument('<file>', 'the body, bytes as they will be sent (curl --data-binary @FILE)')
    .option(
      '--at <iso>',
      "sign as of this instant (default now), e.g. the local stack's simulated clock",
    )
    .action(async (file: string, options: SignOptions) => {
      const now = options.at === undefined ? Date.now() : parseInstantOption('--at', options.at);
      const body = await readBody(file);
      const secret = webhookSigningSecret(process.env, runningLocalStack() !== undefined);
      io.out(`${SIGNATURE_HEADER}: ${signWebhook(body, secret, now)}\n`);
    });
}
