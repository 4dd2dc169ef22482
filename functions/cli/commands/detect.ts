import type { Command } from 'commander';
import * as z from 'zod';
import { detectLanguage, type LanguageResult } from '../../core/language/detect-language';
import { loadLanguageModel } from '../../core/language/language-model';
import { DETECTABLE_LANGUAGES } from '../../core/language/detectable-languages';
import {
  fieldErrorsFromZod,
  formatFieldError,
  quoteValue,
} from '../../core/validation/field-error';
import { isLanguageCode, languageNameOf } from '../../core/validation/language-codes';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { commandSummary } from '../command-list';

const JSONL_LINE = z.object({ text: z.string(), locale: z.string().optional() });

/** Output is flushed in batches so a 100k-line input is not 100k separate writes. */
const BATCH_LINES = 1000;

function render(language: LanguageResult): string {
  return JSON.stringify({
    language: { code: language.code, confidence: language.confidence, source: language.source },
  });
}

function describe(error: unknown): string {
  if (error instanceof z.ZodError) {
    return fieldErrorsFromZod(error).map(formatFieldError).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * `--jsonl`: one JSON object per line in, one language per line out, in order, streamed (answers
 * start before stdin ends, and memory does not grow with the input). A malformed line does not
 * stop the run: it gets an `{"error": …}` line so outputs stay aligned with inputs, and once every
 * line is done the command exits 2 naming each bad line.
 */
async function detectLines(defaultLanguage: string | undefined, io: CliIo): Promise<void> {
  const problems: string[] = [];
  let batch: string[] = [];
  let index = 0;
  for await (const line of io.readStdinLines()) {
    index += 1;
    try {
      const { text, locale } = JSONL_LINE.parse(JSON.parse(line), { reportInput: true });
      batch.push(
        render(
          detectLanguage(
            locale === undefined ? { body: text } : { body: text, locale },
            defaultLanguage,
          ),
        ),
      );
    } catch (error) {
      const problem = `line ${index}: ${describe(error)}`;
      problems.push(problem);
      batch.push(JSON.stringify({ error: problem }));
    }
    if (batch.length >= BATCH_LINES) {
      io.out(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) io.out(`${batch.join('\n')}\n`);
  if (problems.length > 0) throw new CliInputError(problems);
}

/** `--languages`: what detection can name from text, each with its English name. */
function listLanguages(io: CliIo): void {
  io.out(`Languages sunroute detects in a customer's text (${DETECTABLE_LANGUAGES.length}):\n`);
  for (const code of DETECTABLE_LANGUAGES) io.out(`  ${code}  ${languageNameOf(code)}\n`);
  io.out(
    'Any other language reaches routing only from customer.locale; text in it is read as the nearest language above.\n',
  );
}

interface DetectOptions {
  jsonl?: boolean;
  languages?: boolean;
  defaultLanguage?: string;
}

export function registerDetectCommand(program: Command, io: CliIo): void {
  program
    .command('detect')
    .description(commandSummary('detect'))
    .option('--jsonl', 'one JSON object per line: {"text": …, "locale"?: …}')
    .option(
      '--default-language <code>',
      'language when the text is not conclusive and no locale is given (default: und, undetermined)',
    )
    .option('--languages', 'list the languages detection can name from text')
    .action(async (options: DetectOptions) => {
      if (options.languages) {
        listLanguages(io);
        return;
      }
      const defaultLanguage = options.defaultLanguage;
      if (defaultLanguage !== undefined && !isLanguageCode(defaultLanguage)) {
        throw new CliInputError(
          `--default-language: ${quoteValue(defaultLanguage)} is not an ISO 639-1 code`,
        );
      }
      await loadLanguageModel();
      if (options.jsonl) {
        await detectLines(defaultLanguage, io);
        return;
      }
      const input = await io.readStdin();
      io.out(`${render(detectLanguage({ body: input }, defaultLanguage))}\n`);
    });
}
