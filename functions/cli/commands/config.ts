import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { loadConfigFile } from '../load-config-file';

/**
 * `sunroute config …`: the configuration as a support lead keeps it in git. `validate` works on
 * the file alone; `diff` and `apply` (against the deployed tables) join this group later.
 */
export function registerConfigCommands(program: Command, io: CliIo): void {
  const config = program.command('config').description('check and manage the configuration');
  config
    .command('validate')
    .description('check a configuration file (YAML or JSON); exit 2 with one line per problem')
    .argument('<file>', 'configuration file')
    .action(async (file: string) => {
      const document = await loadConfigFile(io, file);
      const languages = [...new Set(document.teams.flatMap((team) => team.languages))].sort();
      io.out(
        `${file}: valid — ${document.teams.length} teams, ${document.agents.length} agents, ` +
          `languages ${languages.join(', ') || 'none'}\n`,
      );
    });
}
