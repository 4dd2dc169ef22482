import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { registerTicketActionCommand } from '../ticket-action-command';

export function registerAckCommand(program: Command, io: CliIo): void {
  registerTicketActionCommand(
    program,
    io,
    'ack',
    'acknowledge a ticket for its agent: it stays with them and is not escalated',
  );
}
