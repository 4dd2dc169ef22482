import { linesOf, type CliIo } from '../../../functions/cli/cli-io';

/** A CliIo over in-memory files and stdin that records what a command printed. */
export function memoryIo(files: Record<string, string> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    readStdin: () => Promise.resolve(stdin),
    readStdinLines: () => linesOf(stdin),
    readFile: (path) =>
      path in files
        ? Promise.resolve(files[path]!)
        : Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })),
  };
  return {
    io,
    out: () => out.join(''),
    errLines: () => err.join('').trimEnd().split('\n').filter(Boolean),
  };
}
