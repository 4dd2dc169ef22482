import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { registerTicketActionCommand } from '../ticket-action-command';

export function registerResolveCommand(program: Command, io: CliIo): void {
  registerTicketActionCommand(
    program,
    io,
    'resolve',
    "mark a ticket resolved, giving its agent's capacity back",
  );
}
