import type { CliIo } from './cli-io';
import { CliInputError } from './cli-input-error';

/** Reads a file named on the command line, or stdin for `-`; a missing file is bad input. */
export async function readInput(io: CliIo, path: string, what: string): Promise<string> {
  if (path === '-') return io.readStdin();
  try {
    return await io.readFile(path);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new CliInputError(`${what} ${path}: ${reason}`);
  }
}
