import type { Command } from 'commander';
import * as z from 'zod';
import { detectLanguage, type LanguageResult } from '../../core/language/detect-language';
import { loadLanguageModel } from '../../core/language/language-model';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { answerJsonLines } from '../jsonl-lines';

const JSONL_LINE = z.object({ text: z.string(), locale: z.string().optional() });

function render(language: LanguageResult): string {
  return JSON.stringify({
    language: { code: language.code, confidence: language.confidence, source: language.source },
  });
}

/** `--jsonl`: one `{"text", "locale"?}` per line in, one language per line out, in order. */
function detectLines(defaultLanguage: string, io: CliIo): Promise<void> {
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

export function registerDetectCommand(program: Command, io: CliIo): void {
  program
    .command('detect')
    .description(
      'the language of text on stdin, as routing sees it (quotes and signatures removed)',
    )
    .option('--jsonl', 'one JSON object per line: {"text": …, "locale"?: …}')
    .option(
      '--default-language <code>',
      'language when the text is not conclusive and no locale is given',
      'en',
    )
    .action(async (options: { jsonl?: boolean; defaultLanguage: string }) => {
      if (!/^[a-z]{2}$/.test(options.defaultLanguage)) {
        throw new CliInputError(
          `--default-language: "${options.defaultLanguage}" is not an ISO 639-1 code`,
        );
      }
      await loadLanguageModel();
      if (options.jsonl) {
        await detectLines(options.defaultLanguage, io);
        return;
      }
      const input = await io.readStdin();
      io.out(`${render(detectLanguage({ body: input }, options.defaultLanguage))}\n`);
    });
}
