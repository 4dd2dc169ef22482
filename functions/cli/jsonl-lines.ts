import * as z from 'zod';
import { fieldErrorsFromZod, formatFieldError } from '../core/validation/field-error';
import { CliInputError } from './cli-input-error';
import type { CliIo } from './cli-io';

/** Output is flushed in batches so a 100k-line input is not 100k separate writes. */
const BATCH_LINES = 1000;

/** What is wrong with a line: zod's issues with the field they concern, or the JSON error. */
function describe(error: unknown): string {
  if (error instanceof z.ZodError) {
    return fieldErrorsFromZod(error).map(formatFieldError).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

export interface JsonLinesOptions<T> {
  /** What each line must hold. */
  readonly schema: z.ZodType<T>;
  /** The output line for a valid input line. */
  readonly answer: (input: T) => string;
  /** The output line for a bad one (`{"error": …}` when not given), from whatever JSON it held. */
  readonly failed?: (parsed: unknown, problem: string) => string;
}

/**
 * `--jsonl`: one JSON object per line in, one answer per line out, in order, streamed (answers
 * start before stdin ends, and memory does not grow with the input). A malformed line does not
 * stop the run: it gets an error line so outputs stay aligned with inputs, and once every line is
 * done the command exits 2 naming each bad line.
 */
export async function answerJsonLines<T>(io: CliIo, options: JsonLinesOptions<T>): Promise<void> {
  const failed = options.failed ?? ((_, problem) => JSON.stringify({ error: problem }));
  const problems: string[] = [];
  let batch: string[] = [];
  let index = 0;
  for await (const line of io.readStdinLines()) {
    index += 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
      batch.push(options.answer(options.schema.parse(parsed, { reportInput: true })));
    } catch (error) {
      const problem = `line ${index}: ${describe(error)}`;
      problems.push(problem);
      batch.push(failed(parsed, problem));
    }
    if (batch.length >= BATCH_LINES) {
      io.out(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) io.out(`${batch.join('\n')}\n`);
  if (problems.length > 0) throw new CliInputError(problems);
}
