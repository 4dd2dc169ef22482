import type { Command } from 'commander';
import * as z from 'zod';
import { detectLanguage, type LanguageResult } from '../../core/language/detect-language';
import { loadLanguageModel } from '../../core/language/language-model';
import { DETECTABLE_LANGUAGES } from '../../core/language/detectable-languages';
import { quoteValue } from '../../core/validation/field-error';
import { isLanguageCode, languageNameOf } from '../../core/validation/language-codes';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { commandSummary } from '../command-list';
import { answerJsonLines } from '../jsonl-lines';

const JSONL_LINE = z.object({ text: z.string(), locale: z.string().optional() });

function render(language: LanguageResult): string {
  return JSON.stringify({
    language: { code: language.code, confidence: language.confidence, source: language.source },
  });
}

/** `--jsonl`: one `{"text", "locale"?}` per line in, one language per line out, in order. */
function detectLines(defaultLanguage: string | undefined, io: CliIo): Promise<void> {
  return answerJsonLines(io, {
    schema: JSONL_LINE,
    answer: ({ text, locale }) =>
      render(
        detectLanguage(
          locale === undefined ? { body: text } : { body: text, locale },
          defaultLanguage,
        ),
      ),
  });
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
