import { Command, CommanderError } from 'commander';
import { CliInputError } from './cli-input-error';
import { processIo, type CliIo } from './cli-io';
import { registerCommands } from './commands';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/** Runs the `sunroute` CLI with `argv` (without node and script) and returns the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = new Command('sunroute')
    .description('Follow-the-sun ticket router')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  registerCommands(program, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliInputError) {
      for (const problem of error.problems) io.err(`${problem}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    }
    io.err(`sunroute: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
