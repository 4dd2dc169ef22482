import { describe, expect, it } from 'vitest';
import { linesOf, type CliIo } from '../../../../functions/cli/cli-io';
import { main } from '../../../../functions/cli/main';

function io(stdin: string) {
  const out: string[] = [];
  const err: string[] = [];
  const cliIo: CliIo = {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    readStdin: () => Promise.resolve(stdin),
    readStdinLines: () => linesOf(stdin),
    readFile: () => Promise.reject(new Error('no files in this test')),
  };
  return { cliIo, out: () => out.join(''), err: () => err.join('') };
}

describe('sunroute detect', () => {
  it('prints the language of all of stdin, quotes removed', async () => {
    const run = io(
      'Mi pedido no ha llegado todavía.\n\nOn Tue, 4 Mar 2025, Acme <a@acme.example> wrote:\n> Thanks for reaching out to us today.\n',
    );
    expect(await main(['detect'], run.cliIo)).toBe(0);
    expect(JSON.parse(run.out())).toMatchObject({ language: { code: 'es', source: 'text' } });
  });

  it('answers one line per --jsonl line, in order, with locale and default fallbacks', async () => {
    const lines = [
      { text: 'Meine Bestellung ist nicht angekommen.' },
      { text: '#4711', locale: 'pt_BR' },
      { text: '12345' },
      { text: 'ご注文の商品がまだ届いていません。' },
    ];
    const run = io(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    expect(await main(['detect', '--jsonl', '--default-language', 'fr'], run.cliIo)).toBe(0);
    const answers = run
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { language: { code: string; source: string } });
    expect(answers.map((a) => [a.language.code, a.language.source])).toEqual([
      ['de', 'text'],
      ['pt', 'locale'],
      ['fr', 'default'],
      ['ja', 'text'],
    ]);
  });

  it('continues past malformed lines, keeps outputs aligned and exits 2 naming each line', async () => {
    const run = io(
      '{"text":"Hallo, wie geht es Ihnen heute?"}\nnot json\n{"txt":"x"}\n{"text":"Bonjour à tous, merci beaucoup"}\n',
    );
    expect(await main(['detect', '--jsonl'], run.cliIo)).toBe(2);
    const out = run.out().trim().split('\n');
    expect(out).toHaveLength(4);
    expect(JSON.parse(out[0]!)).toMatchObject({ language: { code: 'de' } });
    expect(JSON.parse(out[1]!)).toHaveProperty('error');
    expect(JSON.parse(out[3]!)).toMatchObject({ language: { code: 'fr' } });
    const problems = run.err().trim().split('\n');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^line 2: /);
    expect(problems[1]).toMatch(/^line 3: text: /);
  });

  it('streams --jsonl: answers the first batch before stdin has ended, never reading it whole', async () => {
    const run = io('');
    let linesRead = 0;
    let linesReadAtFirstOutput: number | undefined;
    async function* slowStdin() {
      for (let i = 0; i < 2500; i += 1) {
        linesRead += 1;
        yield JSON.stringify({ text: 'Meine Bestellung ist leider nicht angekommen.' });
        await Promise.resolve();
      }
    }
    const streaming: CliIo = {
      ...run.cliIo,
      out: (text) => {
        linesReadAtFirstOutput ??= linesRead;
        run.cliIo.out(text);
      },
      readStdin: () => Promise.reject(new Error('--jsonl must not read stdin whole')),
      readStdinLines: slowStdin,
    };
    expect(await main(['detect', '--jsonl'], streaming)).toBe(0);
    expect(run.out().trim().split('\n')).toHaveLength(2500);
    expect(linesReadAtFirstOutput).toBeLessThan(2500);
  });

  it('rejects a default language that is not an ISO 639-1 code', async () => {
    const run = io('hello');
    expect(await main(['detect', '--default-language', 'english'], run.cliIo)).toBe(2);
    expect(run.err()).toContain('--default-language');
  });

  it('answers und with confidence 0 for bytes that are not text, not English', async () => {
    const garbage = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 89 + 3) % 256));
    const run = io(garbage.toString('utf8'));
    expect(await main(['detect'], run.cliIo)).toBe(0);
    expect(JSON.parse(run.out())).toEqual({
      language: { code: 'und', confidence: 0, source: 'text' },
    });
    const withDefault = io('#4711');
    expect(await main(['detect', '--default-language', 'en'], withDefault.cliIo)).toBe(0);
    expect(JSON.parse(withDefault.out())).toEqual({
      language: { code: 'en', confidence: 0, source: 'default' },
    });
  });

  it('lists the languages it can name with --languages', async () => {
    const run = io('');
    expect(await main(['detect', '--languages'], run.cliIo)).toBe(0);
    const lines = run.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Languages sunroute detects in a customer's text \(\d+\):$/);
    expect(lines).toContain('  uz  Uzbek');
    expect(lines).toContain('  no  Norwegian');
    expect(lines.some((line) => line.startsWith('  tl '))).toBe(false);
    expect(lines.at(-1)).toMatch(/^Any other language reaches routing only from customer\.locale/);
  });
});
