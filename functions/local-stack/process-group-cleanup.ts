// Child process groups that must die with this Node process. A detached JVM is in its own
// process group, so neither Ctrl-C (sent to the terminal's foreground group) nor the exit of
// Node reaches it: without this, every crash or interrupted run would orphan a JVM holding
// its port.

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const groups = new Set<number>();

function killAll(): void {
  for (const pgid of groups) killGroup(pgid, 'SIGKILL');
  groups.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  killAll();
  unlisten();
  // Re-raise so the default action (exit) happens, unless the program handles the signal itself.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function listen(): void {
  process.on('exit', killAll);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function unlisten(): void {
  process.off('exit', killAll);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/** Sends `signal` to every process in the group; a group already gone is not an error. */
export function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Kills the group if this process exits or is interrupted before `forget` is called. */
export function killGroupOnExit(pgid: number): void {
  if (groups.size === 0) listen();
  groups.add(pgid);
}

export function forgetGroup(pgid: number): void {
  if (groups.delete(pgid) && groups.size === 0) unlisten();
}
