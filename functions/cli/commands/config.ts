import type { Command } from 'commander';
import { diffConfig, formatConfigChange } from '../../core/config/config-diff';
import { dateHolidaysCalendar } from '../../core/holidays/date-holidays-calendar';
import { ConfigSaveConflictError } from '../../store/config-save-conflict-error';
import type { CliIo } from '../cli-io';
import { configTableTarget } from '../config-table';
import { loadConfigFile, readConfigFile } from '../load-config-file';
import { readStoredConfig } from '../stored-config';

interface TargetOptions {
  table?: string;
}

/**
 * `sunroute config …`: the configuration as a support lead keeps it in git. `validate` works on
 * the file alone; `diff` and `apply` compare with and write to the stored configuration of the
 * local stack or a deployed one.
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

  config
    .command('diff')
    .description('what applying FILE would change, per team, agent, shift and holiday')
    .argument('<file>', 'configuration file')
    .option(
      '--table <name>',
      'configuration table (default: $CONFIG_TABLE_NAME, else the local stack)',
    )
    .action(async (file: string, options: TargetOptions) => {
      const document = await loadConfigFile(io, file);
      const target = configTableTarget(options.table);
      const stored = await readStoredConfig(target);
      try {
        if (!stored.current) {
          io.out(
            `${target.description} holds no configuration yet: applying ${file} makes version 1\n`,
          );
          return;
        }
        const changes = diffConfig(stored.current.config, document);
        io.out(
          changes.length === 0
            ? `${file} is what version ${stored.current.version} holds: no changes\n`
            : `${file} against version ${stored.current.version} (saved ${stored.current.savedAt}), ${changes.length} changes:\n` +
                changes.map((change) => `  ${formatConfigChange(change)}\n`).join(''),
        );
      } finally {
        stored.close();
      }
    });

  config
    .command('apply')
    .description(
      'validate FILE and make it the current configuration (a new version); routers use it within a minute',
    )
    .argument('<file>', 'configuration file')
    .option(
      '--table <name>',
      'configuration table (default: $CONFIG_TABLE_NAME, else the local stack)',
    )
    .action(async (file: string, options: TargetOptions) => {
      const { text, config: document } = await readConfigFile(io, file);
      const target = configTableTarget(options.table);
      const stored = await readStoredConfig(target);
      try {
        const changes = stored.current ? diffConfig(stored.current.config, document) : undefined;
        if (stored.current && changes?.length === 0) {
          io.out(`${file} is what version ${stored.current.version} holds: nothing applied\n`);
          return;
        }
        let version: number;
        try {
          version = await stored.store.saveVersion(text, { holidays: dateHolidaysCalendar });
        } catch (error) {
          if (error instanceof ConfigSaveConflictError) {
            throw new Error(
              `someone applied another version while this one was being saved; nothing was applied — run config diff ${file} again`,
              { cause: error },
            );
          }
          throw error;
        }
        io.out(
          stored.current
            ? `applied ${file} as version ${version} (was ${stored.current.version}, ${changes!.length} changes) to ${target.description}\n`
            : `applied ${file} as version ${version} to ${target.description}\n`,
        );
      } finally {
        stored.close();
      }
    });
}
