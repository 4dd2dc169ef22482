import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/** What a CLI command may touch of the outside world; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
  /** Stdin line by line as it arrives, without the line breaks, so long inputs stream. */
  readStdinLines(): AsyncIterable<string>;
  readFile(path: string): Promise<string>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Lines of `text` as `readStdinLines` yields them: no trailing empty line after a final break. */
export async function* linesOf(text: string): AsyncIterable<string> {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  yield* lines;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readStdin: () => readAll(process.stdin),
  readStdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  readFile: (path) => readFile(path, 'utf8'),
};
