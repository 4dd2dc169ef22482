import type { Command } from 'commander';
import { diffConfig, formatConfigChange } from '../../core/config/config-diff';
import { dateHolidaysCalendar } from '../../core/holidays/date-holidays-calendar';
import { ConfigSaveConflictError } from '../../adapters/config-save-conflict-error';
import type { ConfigSaveOutcome } from '../../adapters/config-store';
import { ConfigTooLargeError } from '../../adapters/config-too-large-error';
import { ConfigVersionMissingError } from '../../adapters/config-version-missing-error';
import type { SunrouteConfig } from '../../core/config/config-schema';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { commandSummary } from '../command-list';
import { cliUser } from '../cli-user';
import { configTableTarget } from '../config-table';
import { loadConfigFile, readConfigFile, warnAbout } from '../load-config-file';
import type { StoredConfig } from '../stored-config';
import type { TableTarget } from '../table-target';

interface TargetOptions {
  table?: string;
}

/** The stored configuration, with the AWS SDK loaded only by the commands that reach a table. */
async function readStoredConfig(target: TableTarget): Promise<StoredConfig> {
  return (await import('../stored-config')).readStoredConfig(target);
}

/**
 * What an applied version changed against the one before: the routing changes `config diff`
 * lists, or, when there are none, why the save still made a version.
 */
function changeSummary(
  previous: { readonly document: string; readonly config: SunrouteConfig },
  text: string,
  config: SunrouteConfig,
): string {
  const count = diffConfig(previous.config, config).length;
  if (count > 0) return `${count} changes`;
  return text === previous.document
    ? '0 changes: holiday table renewed'
    : '0 changes: the text only';
}

/**
 * `sunroute config …`: the configuration as a support lead keeps it in git. `validate` works on
 * the file alone; `diff` and `apply` compare with and write to the stored configuration of the
 * local stack or a deployed one.
 */
export function registerConfigCommands(program: Command, io: CliIo): void {
  const config = program.command('config').description(commandSummary('config'));
  config
    .command('validate')
    .description('check a configuration file (YAML or JSON); exit 2 with one line per problem')
    .argument('<file>', 'configuration file')
    .action(async (file: string) => {
      const document = await loadConfigFile(io, file);
      warnAbout(io, file, document);
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
      const document = await readConfigFile(io, file);
      const target = configTableTarget(options.table);
      const stored = await readStoredConfig(target);
      try {
        if (!stored.current) {
          io.out(
            `${target.description} holds no configuration yet: applying ${file} makes version 1\n`,
          );
          return;
        }
        const { version, savedAt, document: storedText, config: storedConfig } = stored.current;
        const changes = diffConfig(storedConfig, document.config);
        io.out(
          changes.length > 0
            ? `${file} against version ${version} (saved ${savedAt}), ${changes.length} changes:\n` +
                changes.map((change) => `  ${formatConfigChange(change)}\n`).join('')
            : document.text === storedText
              ? `${file} is what version ${version} holds: no changes\n`
              : `${file} differs from version ${version} only in its text (comments, layout): ` +
                `applying it saves the text as a new version, routing stays the same\n`,
        );
      } finally {
        stored.close();
      }
    });

  config
    .command('apply')
    .description(
      'validate FILE and make it the current configuration (a new version, unless the current one holds it already); routers use it within a minute',
    )
    .argument('<file>', 'configuration file')
    .option(
      '--table <name>',
      'configuration table (default: $CONFIG_TABLE_NAME, else the local stack)',
    )
    .action(async (file: string, options: TargetOptions) => {
      const { text, config: document } = await readConfigFile(io, file);
      warnAbout(io, file, document);
      const target = configTableTarget(options.table);
      const stored = await readStoredConfig(target);
      try {
        let saved: ConfigSaveOutcome;
        try {
          saved = await stored.store.saveVersion(text, {
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
        if (saved.kind === 'unchanged') {
          io.out(`${file} is what version ${saved.version} holds: nothing applied\n`);
          return;
        }
        const { version } = saved;
        const { savedBy, savedAt } = await stored.store.readVersion(version);
        const was = stored.current
          ? ` (was ${stored.current.version}, ${changeSummary(stored.current, text, saved.config)})`
          : '';
        io.out(
          `applied ${file} as version ${version}${was} to ${target.description}\n` +
            `  saved by ${savedBy} at ${savedAt}\n`,
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
    .description(
      "save an earlier version's document again as the next version (nothing if the current one holds it already)",
    )
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
        let document;
        try {
          document = await stored.store.readVersion(version);
        } catch (error) {
          if (error instanceof ConfigVersionMissingError) {
            throw new CliInputError(`version: ${version} is not stored in ${target.description}`);
          }
          throw error;
        }
        let saved: ConfigSaveOutcome;
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
        if (saved.kind === 'saved') {
          io.out(
            `restored version ${version} as version ${saved.version} (was ${stored.current.version}) in ${target.description}\n`,
          );
        } else if (saved.version === version) {
          io.out(`version ${version} is current: nothing rolled back\n`);
        } else {
          io.out(
            `version ${saved.version} holds what version ${version} does: nothing rolled back\n`,
          );
        }
      } finally {
        stored.close();
      }
    });
}
