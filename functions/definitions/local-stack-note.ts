// `npm start` leaves a note of where its stack runs, so that `npm run demo` and the CLI in
// another terminal find the queue, tables and inbox without anyone copying URLs around.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StandInEndpoints } from './stand-in-endpoints';

/**
 * The checkout this module runs from: the nearest folder above it with a package.json. Found by
 * walking up because the compiled CLI (dist/cli/chunks/…) sits at another depth than the sources.
 */
export function checkoutRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) return from;
  }
}

export const LOCAL_STACK_FILE = join(
  checkoutRoot(dirname(fileURLToPath(import.meta.url))),
  '.sunroute',
  'local-stack.json',
);

export interface LocalStackNote {
  /** The environment under which production code and the CLI reach the running stack. */
  readonly env: Readonly<Record<string, string>>;
  readonly endpoints: StandInEndpoints;
  /** aws-ses-v2-local's web inbox and its JSON store. */
  readonly inbox: string;
  readonly sesStore: string;
  /** The local HTTP API (the gateway serving the project's HTTP handlers). */
  readonly api?: string;
  readonly pid: number;
}

export class LocalStackNotRunningError extends Error {
  override readonly name = 'LocalStackNotRunningError';
  constructor() {
    super(
      `no local stack is running (${LOCAL_STACK_FILE} is missing): start it with \`npm start\` ` +
        'in another terminal and try again',
    );
  }
}

export function writeLocalStackNote(note: LocalStackNote, file = LOCAL_STACK_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(note, null, 2)}\n`);
}

export function removeLocalStackNote(file = LOCAL_STACK_FILE): void {
  rmSync(file, { force: true });
}

/** The running stack's note; throws LocalStackNotRunningError when none runs. */
export function readLocalStackNote(file = LOCAL_STACK_FILE): LocalStackNote {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new LocalStackNotRunningError();
  }
  const note = JSON.parse(text) as LocalStackNote;
  try {
    process.kill(note.pid, 0);
  } catch {
    throw new LocalStackNotRunningError();
  }
  return note;
}
