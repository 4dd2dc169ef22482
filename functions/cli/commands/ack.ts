import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { commandSummary } from '../command-list';
import { registerTicketActionCommand } from '../ticket-action-command';

export function registerAckCommand(program: Command, io: CliIo): void {
  registerTicketActionCommand(program, io, 'ack', commandSummary('ack'));
}
