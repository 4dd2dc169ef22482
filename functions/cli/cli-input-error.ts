/**
 * Bad input to a CLI command: the command exits with status 2 and prints each problem on its
 * own line of stderr (README, "The command line").
 */
export class CliInputError extends Error {
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join('\n'));
    this.name = 'CliInputError';
    this.problems = list;
  }
}
