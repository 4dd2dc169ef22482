import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { registerAckCommand } from './ack';
import { registerConfigCommands } from './config';
import { registerCoverageCommand } from './coverage';
import { registerDetectCommand } from './detect';
import { registerHolidaysCommand } from './holidays';
import { registerResolveCommand } from './resolve';
import { registerRouteCommand } from './route';
import { registerSendCommand } from './send';
import { registerSendEmailCommand } from './send-email';
import { registerSignCommand } from './sign';
import { registerWordsCommand } from './words';

/** Adds every sunroute sub-command to `program`; each command lives in its own file here. */
export function registerCommands(program: Command, io: CliIo): void {
  registerRouteCommand(program, io);
  registerCoverageCommand(program, io);
  registerDetectCommand(program, io);
  registerWordsCommand(program, io);
  registerConfigCommands(program, io);
  registerHolidaysCommand(program, io);
  registerSendCommand(program, io);
  registerSendEmailCommand(program, io);
  registerSignCommand(program, io);
  registerAckCommand(program, io);
  registerResolveCommand(program, io);
}
