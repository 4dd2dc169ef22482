import type { Command } from 'commander';
import { diffConfig, formatConfigChange } from '../../core/config/config-diff';
import { dateHolidaysCalendar } from '../../core/holidays/date-holidays-calendar';
import { ConfigSaveConflictError } from '../../adapters/config-save-conflict-error';
import { ConfigTooLargeError } from '../../adapters/config-too-large-error';
import { ConfigVersionMissingError } from '../../adapters/config-version-missing-error';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { cliUser } from '../cli-user';
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
          version = await stored.store.saveVersion(text, {
            holidays: dateHolidaysCalendar,
            savedBy: cliUser(),
            ...(stored.current ? { basedOn: stored.current.version } : {}),
          });
        } catch (error) {
          if (error instanceof ConfigTooLargeError)
            throw new CliInputError(`${file}: ${error.message}`);
          if (error instanceof ConfigSaveConflictError) {
            throw new Error(
              `someone applied another version while this one was being saved; nothing was applied — run config diff ${file} again`,
              { cause: error },
            );
          }
          throw error;
        }
        const saved = await stored.store.readVersion(version);
        io.out(
          (stored.current
            ? `applied ${file} as version ${version} (was ${stored.current.version}, ${changes!.length} changes) to ${target.description}\n`
            : `applied ${file} as version ${version} to ${target.description}\n`) +
            `  saved by ${saved.savedBy} at ${saved.savedAt}\n`,
        );
      } finally {
        stored.close();
      }
    });

  config
    .command('versions')
    .description('every stored version, newest first: when, by whom, and what a rollback restored')
    .option(
      '--table <name>',
      'configuration table (default: $CONFIG_TABLE_NAME, else the local stack)',
    )
    .action(async (options: TargetOptions) => {
      const target = configTableTarget(options.table);
      const stored = await readStoredConfig(target);
      try {
        const versions = await stored.store.listVersions();
        if (versions.length === 0) {
          io.out(`${target.description} holds no configuration yet\n`);
          return;
        }
        io.out(`${target.description}, ${versions.length} versions (* current):\n`);
        for (const entry of versions) {
          const mark = entry.version === stored.current?.version ? '*' : ' ';
          const restored =
            entry.restoredFrom === undefined ? '' : `  rollback to version ${entry.restoredFrom}`;
          io.out(
            `${mark} ${String(entry.version).padStart(4)}  ${entry.savedAt}  ${entry.savedBy ?? '(unknown)'}${restored}\n`,
          );
        }
      } finally {
        stored.close();
      }
    });

  config
    .command('rollback')
    .description("save an earlier version's document again as the next version")
    .argument('<version>', 'the version to restore')
    .option(
      '--table <name>',
      'configuration table (default: $CONFIG_TABLE_NAME, else the local stack)',
    )
    .action(async (versionText: string, options: TargetOptions) => {
      const version = Number(versionText);
      if (!Number.isInteger(version) || version < 1) {
        throw new CliInputError(`version: "${versionText}" is not a version number`);
      }
      const target = configTableTarget(options.table);
      const stored = await readStoredConfig(target);
      try {
        if (!stored.current)
          throw new CliInputError(`${target.description} holds no configuration yet`);
        if (version === stored.current.version) {
          io.out(`version ${version} is current: nothing rolled back\n`);
          return;
        }
        let document;
        try {
          document = await stored.store.readVersion(version);
        } catch (error) {
          if (error instanceof ConfigVersionMissingError) {
            throw new CliInputError(`version: ${version} is not stored in ${target.description}`);
          }
          throw error;
        }
        let saved: number;
        try {
          saved = await stored.store.saveVersion(document.document, {
            holidays: dateHolidaysCalendar,
            format: document.format,
            savedBy: cliUser(),
            restoredFrom: version,
            basedOn: stored.current.version,
          });
        } catch (error) {
          if (error instanceof ConfigTooLargeError)
            throw new CliInputError(`version ${version}: ${error.message}`);
          if (error instanceof ConfigSaveConflictError) {
            throw new Error(
              'someone applied another version meanwhile; nothing was rolled back — run config versions and try again',
              { cause: error },
            );
          }
          throw error;
        }
        io.out(
          `restored version ${version} as version ${saved} (was ${stored.current.version}) in ${target.description}\n`,
        );
      } finally {
        stored.close();
      }
    });
}
