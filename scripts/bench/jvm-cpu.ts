// CPU time of the DynamoDB Local JVM listening on a port, read from /proc (Linux): the benches
// compare it with the Node process's own to tell which of the two limits a run.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

function jvmPid(port: number): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const portAt = args.indexOf('-port');
    if (
      args.some((arg) => arg.endsWith('DynamoDBLocal.jar')) &&
      args[portAt + 1] === String(port)
    ) {
      return Number(entry);
    }
  }
  throw new Error(`no DynamoDB Local JVM listens on port ${port}`);
}

/** User and system CPU milliseconds the JVM has used so far, all its threads. */
export function jvmCpuMs(port: number): number {
  const stat = readFileSync(`/proc/${jvmPid(port)}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks / CLOCK_TICKS_PER_SECOND) * 1000;
}
