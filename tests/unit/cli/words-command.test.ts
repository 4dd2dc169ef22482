import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../functions/cli/cli-io';
import { main } from '../../../functions/cli/main';
import { memoryIo } from './memory-io';

const REPLY =
  'Bonjour, ma commande n’est pas arrivée.\n\nLe mar. 4 mars 2025 à 09:12, Acme <support@acme.example> a écrit :\n> Thank you for your order.\n';

function lines(text: string): unknown[] {
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}

describe('sunroute words', () => {
  it('prints the customer’s own words of the body on stdin', async () => {
    const run = memoryIo({}, REPLY);
    expect(await main(['words'], run.io)).toBe(0);
    expect(run.out()).toBe('Bonjour, ma commande n’est pas arrivée.\n');
  });

  it('answers {"id", "words"} per --jsonl line, in input order, echoing each id', async () => {
    const input = [
      { id: 'mail-1', text: REPLY },
      { id: 2, text: 'Hallo, wo bleibt mein Paket?\n\nVon meinem iPhone gesendet' },
      { text: 'No id here.' },
    ];
    const run = memoryIo({}, input.map((line) => JSON.stringify(line)).join('\n'));
    expect(await main(['words', '--jsonl'], run.io)).toBe(0);
    expect(lines(run.out())).toEqual([
      { id: 'mail-1', words: 'Bonjour, ma commande n’est pas arrivée.' },
      { id: 2, words: 'Hallo, wo bleibt mein Paket?' },
      { words: 'No id here.' },
    ]);
  });

  it('exits 2 naming each bad line, and keeps answering the others in place', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Erste Zeile.' }),
      'not json',
      JSON.stringify({ id: 'c', text: 42 }),
      JSON.stringify(['text']),
      JSON.stringify({ id: { nested: true }, text: 'x' }),
      JSON.stringify({ id: 'f', text: 'Letzte Zeile.' }),
    ];
    const run = memoryIo({}, input.join('\n'));
    expect(await main(['words', '--jsonl'], run.io)).toBe(2);
    const out = lines(run.out());
    expect(out).toHaveLength(6);
    expect(out[0]).toEqual({ id: 'a', words: 'Erste Zeile.' });
    expect(out[2]).toMatchObject({ id: 'c', error: expect.stringMatching(/^line 3: text: /) });
    expect(out[5]).toEqual({ id: 'f', words: 'Letzte Zeile.' });
    const problems = run.errLines();
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^line 2: /);
    expect(problems[1]).toMatch(/^line 3: text: /);
    expect(problems[2]).toMatch(/^line 4: .*object/);
    expect(problems[3]).toBe('line 5: id: expected a string or a number');
  });

  it('streams --jsonl: answers the first batch before stdin has ended', async () => {
    const run = memoryIo();
    let read = 0;
    let readAtFirstOutput: number | undefined;
    const streaming: CliIo = {
      ...run.io,
      out: (text) => {
        readAtFirstOutput ??= read;
        run.io.out(text);
      },
      readStdin: () => Promise.reject(new Error('--jsonl must not read stdin whole')),
      readStdinLines: async function* () {
        for (let i = 0; i < 2500; i += 1) {
          read += 1;
          yield JSON.stringify({ id: i, text: 'Hallo' });
          await Promise.resolve();
        }
      },
    };
    expect(await main(['words', '--jsonl'], streaming)).toBe(0);
    expect(run.out().trim().split('\n')).toHaveLength(2500);
    expect(readAtFirstOutput).toBeLessThan(2500);
  });
});
