import { Command, CommanderError, Help } from 'commander';
import { CliInputError } from './cli-input-error';
import { processIo, type CliIo } from './cli-io';
import { COMMANDS, type CommandEntry } from './command-list';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/** The command `argv` runs (`sunroute route …`, `sunroute help route`), if it names one. */
function commandOf(argv: readonly string[]): CommandEntry | undefined {
  const name = argv[0] === 'help' ? argv[1] : argv[0];
  return COMMANDS.find((command) => command.name === name);
}

/**
 * Registers the command `argv` runs, loading only its module; without one (`--help`, a typo),
 * every command is listed by name and summary alone, so commander's help and its "did you
 * mean" suggestions see them all without loading any.
 */
async function registerFor(program: Command, argv: readonly string[], io: CliIo): Promise<void> {
  const command = commandOf(argv);
  if (command) {
    (await command.load())(program, io);
    return;
  }
  const terms = new Map(COMMANDS.map((entry) => [entry.name, entry.term]));
  const standard = new Help();
  program.configureHelp({
    subcommandTerm: (cmd) => terms.get(cmd.name()) ?? standard.subcommandTerm(cmd),
  });
  for (const entry of COMMANDS) program.command(entry.name).description(entry.summary);
}

/** Runs the `sunroute` CLI with `argv` (without node and script) and returns the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = new Command('sunroute')
    .description('Follow-the-sun ticket router')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  try {
    await registerFor(program, argv, io);
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
