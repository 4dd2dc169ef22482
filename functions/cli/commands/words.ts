import type { Command } from 'commander';
import * as z from 'zod';
import { customerWords } from '../../core/language/customer-words';
import type { CliIo } from '../cli-io';
import { commandSummary } from '../command-list';
import { answerJsonLines } from '../jsonl-lines';

const ID = z.union([z.string(), z.number()], { error: 'expected a string or a number' });
const JSONL_LINE = z.object({ id: ID.optional(), text: z.string() });

/** The input line's `id`, when it has one that can be echoed, so an error line still names it. */
function idOf(parsed: unknown): z.infer<typeof ID> | undefined {
  if (typeof parsed !== 'object' || parsed === null || !('id' in parsed)) return undefined;
  const id = ID.safeParse(parsed.id);
  return id.success ? id.data : undefined;
}

/**
 * `sunroute words [--jsonl]`: the text routing reads in a ticket body, without quoted replies,
 * forwarded messages, signatures, device footers and disclaimers. A support lead checks with it
 * what a mail's language was decided on.
 */
export function registerWordsCommand(program: Command, io: CliIo): void {
  program
    .command('words')
    .description(commandSummary('words'))
    .option('--jsonl', 'one JSON object per line: {"id"?: …, "text": …} → {"id", "words"}')
    .action(async (options: { jsonl?: boolean }) => {
      if (options.jsonl) {
        await answerJsonLines(io, {
          schema: JSONL_LINE,
          answer: ({ id, text }) => JSON.stringify({ id, words: customerWords(text) }),
          failed: (parsed, problem) => JSON.stringify({ id: idOf(parsed), error: problem }),
        });
        return;
      }
      io.out(`${customerWords(await io.readStdin())}\n`);
    });
}
