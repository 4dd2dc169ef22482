import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { registerDetectCommand } from './detect';

/** Adds every sunroute sub-command to `program`; each command lives in its own file here. */
export function registerCommands(program: Command, io: CliIo): void {
  registerDetectCommand(program, io);
}
