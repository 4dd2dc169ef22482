// Language-detection quality and speed: accuracy per bucket and per language, the mixed set,
// detections per second on 150-character text and on ~300-character customer messages (subject +
// body, as routing calls it), cold start in a fresh process and the zipped Lambda bundle. Run with
// `npm run bench:lang`; the numbers go into docs/benchmarks.md. It reads the project's corpus,
// tests/fixtures/langid (`npm run generate:corpus`), or with `-- --corpus DIR` any directory
// holding udhr.jsonl, ui.jsonl and mixed.jsonl of the same shape, such as a held-out corpus the
// detector was never tuned on.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  CONFIDENCE_THRESHOLD,
  detectLanguage,
  detectTextLanguage,
  SHORT_TEXT_WORDS,
} from '../functions/core/language/detect-language';
import { wordsOf } from '../functions/core/language/word-evidence';
import { loadLanguageModel } from '../functions/core/language/language-model';
import { bundleForBench } from './bench/bundle-for-bench';
import { SAMPLE_MESSAGES } from './bench/sample-messages';

interface Sample {
  corpus: string;
  bucket: string;
  group: string;
  text: string;
}

const SUPPORT_GROUPS =
  'en es fr de it pt nl sv pl cs sl ru uk tr ar he hi th vi id ms ja ko zh-Hans zh-Hant uz'.split(
    ' ',
  );
const repo = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({ options: { corpus: { type: 'string' } } });
const dataDir =
  options.corpus === undefined
    ? join(repo, 'tests', 'fixtures', 'langid')
    : resolve(options.corpus);
for (const file of ['udhr.jsonl', 'ui.jsonl', 'mixed.jsonl'])
  if (!existsSync(join(dataDir, file)))
    throw new Error(
      `corpus ${dataDir}: no ${file} (a corpus is a directory of udhr.jsonl, ui.jsonl and mixed.jsonl)`,
    );
console.log(`corpus: ${dataDir}\n`);

function load(file: string): Sample[] {
  return readFileSync(join(dataDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Sample);
}

/** The benchmark's labels in routing codes: both Chinese scripts are `zh`, Uzbek in either script `uz`. */
function expected(group: string): string {
  if (group.startsWith('zh')) return 'zh';
  if (group.startsWith('uz')) return 'uz';
  if (group === 'nb' || group === 'nn') return 'no';
  return group;
}

await loadLanguageModel();
const detect = (text: string) => detectLanguage({ body: text }, 'en').code;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// Accuracy: per corpus and bucket, the mean over the 26 support groups of each group's accuracy.
const tally = new Map<string, Map<string, [number, number]>>();
const confusions = new Map<string, number>();
const calibration: { confidence: number; right: boolean }[] = [];
for (const corpus of ['udhr', 'ui']) {
  for (const sample of load(`${corpus}.jsonl`)) {
    const want = expected(sample.group);
    const got = detect(sample.text);
    const key = `${corpus} ${sample.bucket}`;
    const groups = tally.get(key) ?? new Map<string, [number, number]>();
    tally.set(key, groups);
    const counts = groups.get(sample.group) ?? [0, 0];
    groups.set(sample.group, [counts[0] + (got === want ? 1 : 0), counts[1] + 1]);
    if (got !== want && SUPPORT_GROUPS.includes(sample.group))
      confusions.set(`${want}→${got}`, (confusions.get(`${want}→${got}`) ?? 0) + 1);
    const text = detectTextLanguage(sample.text);
    if (text !== undefined)
      calibration.push({ confidence: text.confidence, right: text.code === want });
  }
}
const bucketAccuracy = new Map<string, number>();
for (const [key, groups] of tally) {
  bucketAccuracy.set(
    key,
    mean(SUPPORT_GROUPS.map((g) => (groups.has(g) ? groups.get(g)![0] / groups.get(g)![1] : 0))),
  );
}
const macro = mean([...bucketAccuracy.values()]);

console.log(`## Accuracy (macro over ${SUPPORT_GROUPS.length} support groups)\n`);
console.log('| corpus | S | M | L |\n|---|---|---|---|');
for (const corpus of ['udhr', 'ui']) {
  const cells = ['S', 'M', 'L'].map((b) => pct(bucketAccuracy.get(`${corpus} ${b}`) ?? 0));
  console.log(`| ${corpus} | ${cells.join(' | ')} |`);
}
console.log(`\n**macro accuracy (mean of the six buckets): ${pct(macro)}**\n`);

console.log('| language | udhr S/M/L | ui S/M/L |\n|---|---|---|');
for (const g of SUPPORT_GROUPS) {
  const cells = ['udhr', 'ui'].map((corpus) =>
    ['S', 'M', 'L']
      .map((b) => {
        const c = tally.get(`${corpus} ${b}`)?.get(g);
        return c === undefined ? '–' : (100 * (c[0] / c[1])).toFixed(0);
      })
      .join(' / '),
  );
  console.log(`| ${g} | ${cells.join(' | ')} |`);
}
const extras = new Set<string>();
for (const groups of tally.values())
  for (const g of groups.keys()) if (!SUPPORT_GROUPS.includes(g)) extras.add(g);
const extraAccuracy = mean(
  [...extras].map((g) => {
    let right = 0;
    let all = 0;
    for (const groups of tally.values()) {
      const c = groups.get(g);
      if (c !== undefined) [right, all] = [right + c[0], all + c[1]];
    }
    return right / all;
  }),
);
console.log(
  `\nextra languages (${extras.size}, not in the macro): ${pct(extraAccuracy)} mean accuracy`,
);
console.log(
  `most frequent confusions: ${[...confusions]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);

// Short text with the customer's hints: the S buckets' messages of up to SHORT_TEXT_WORDS words,
// each read as routing reads a ticket, with no hint, with the locale and country of the sample's
// language, and with a locale and country of another language (English for the rest, German for
// English), which shows what a wrong hint costs.
const HOME: Readonly<Record<string, string>> = {
  en: 'US',
  es: 'ES',
  fr: 'FR',
  de: 'DE',
  it: 'IT',
  pt: 'BR',
  nl: 'NL',
  sv: 'SE',
  pl: 'PL',
  cs: 'CZ',
  sl: 'SI',
  ru: 'RU',
  uk: 'UA',
  tr: 'TR',
  ar: 'SA',
  he: 'IL',
  hi: 'IN',
  th: 'TH',
  vi: 'VN',
  id: 'ID',
  ms: 'MY',
  ja: 'JP',
  ko: 'KR',
  zh: 'CN',
  uz: 'UZ',
};
const shortSamples = ['udhr', 'ui'].flatMap((corpus) =>
  load(`${corpus}.jsonl`).filter(
    (s) =>
      s.bucket === 'S' &&
      SUPPORT_GROUPS.includes(s.group) &&
      wordsOf(s.text).length <= SHORT_TEXT_WORDS,
  ),
);
const hinted = (hints: (want: string) => { locale?: string; country?: string }) =>
  mean(
    SUPPORT_GROUPS.flatMap((group) => {
      const samples = shortSamples.filter((s) => s.group === group);
      if (samples.length === 0) return [];
      const want = expected(group);
      const right = samples.filter(
        (s) => detectLanguage({ body: s.text, ...hints(want) }, 'en').code === want,
      ).length;
      return [right / samples.length];
    }),
  );
const other = (want: string) => (want === 'en' ? 'de' : 'en');
console.log(
  `\n## Short text (S buckets, up to ${SHORT_TEXT_WORDS} words: ${shortSamples.length} texts), macro over the groups\n`,
);
console.log('| hints | accuracy |\n|---|---|');
console.log(`| none | ${pct(hinted(() => ({})))} |`);
console.log(`| country of the language | ${pct(hinted((want) => ({ country: HOME[want] })))} |`);
console.log(
  `| locale and country of the language | ${pct(hinted((want) => ({ locale: `${want}-${HOME[want]}`, country: HOME[want] })))} |`,
);
console.log(
  `| locale and country of another language | ${pct(hinted((want) => ({ locale: `${other(want)}-${HOME[other(want)]}`, country: HOME[other(want)] })))} |`,
);

// The mixed set: customer text with an English signature or quote underneath.
const mixed = new Map<string, [number, number]>();
for (const sample of load('mixed.jsonl')) {
  const right = detect(sample.text) === expected(sample.group);
  const c = mixed.get(sample.bucket) ?? [0, 0];
  mixed.set(sample.bucket, [c[0] + (right ? 1 : 0), c[1] + 1]);
}
const mixedAll = [...mixed.values()].reduce((a, c) => [a[0] + c[0], a[1] + c[1]], [0, 0]);
console.log(`\n## Mixed set: ${pct(mixedAll[0] / mixedAll[1])}`);
console.log([...mixed].map(([b, c]) => `${b} ${pct(c[0] / c[1])}`).join(', '));

// Robustness, not a bar: the same quotes with nothing that marks them (the "On … wrote:" header
// and the "> " prefixes removed), as when a customer pastes the reply under their words.
let unmarkedRight = 0;
const quoted = load('mixed.jsonl').filter((sample) => sample.bucket !== 'A_sig');
for (const sample of quoted) {
  const text = sample.text
    .split('\n')
    .filter((line) => !/wrote:\s*$/.test(line))
    .map((line) => line.replace(/^> ?/, ''))
    .join('\n');
  if (detect(text) === expected(sample.group)) unmarkedRight += 1;
}
console.log(
  `quotes left unmarked (header and "> " removed, B/C/D): ${pct(unmarkedRight / quoted.length)}`,
);

// Calibration: how often the text guess is right at each confidence, for the threshold.
console.log(`\n## Confidence calibration (threshold ${CONFIDENCE_THRESHOLD})\n`);
console.log('| confidence | texts | right |\n|---|---|---|');
for (const [lo, hi] of [
  [0, 0.1],
  [0.1, 0.15],
  [0.15, 0.2],
  [0.2, 0.3],
  [0.3, 0.4],
  [0.4, 0.5],
  [0.5, 0.7],
  [0.7, 0.9],
  [0.9, 1.01],
] as const) {
  const bin = calibration.filter((c) => c.confidence >= lo && c.confidence < hi);
  const right = bin.filter((c) => c.right).length;
  console.log(
    `| ${lo}–${Math.min(hi, 1)} | ${bin.length} | ${bin.length ? pct(right / bin.length) : '–'} |`,
  );
}

// Speed, cold start and bundle: esbuild-bundle the language module as the Lambda ships it, time
// import + model load + first detection in fresh node processes, then measure throughput on that
// same bundle (tsx's per-module transform adds import indirections the bundle does not have).
type Detect = typeof detectLanguage;
const built = bundleForBench('bench-lang', {
  detectLanguage: 'functions/core/language/detect-language',
  loadLanguageModel: 'functions/core/language/language-model',
});
const work = join(built.dir, '..');
const bundle = built.file;
const outDir = built.dir;
try {
  execFileSync('zip', ['-qr9', join(work, 'bundle.zip'), '.'], { cwd: outDir });
  const probe =
    `const t0 = performance.now();` +
    `const m = await import(${JSON.stringify(bundle)});` +
    `await m.loadLanguageModel();` +
    `m.detectLanguage({ body: 'Hallo, meine Bestellung ist nicht angekommen.' }, 'en');` +
    `console.log(performance.now() - t0);`;
  const runs = Array.from({ length: 7 }, () =>
    Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }),
    ),
  ).sort((a, b) => a - b);

  const bundled = await built.load<{ detectLanguage: Detect }>();
  const detectBundled = (text: string) => bundled.detectLanguage({ body: text }, 'en');
  // 150-character text: every language of both corpora, and Latin-script text alone (the slow
  // path, where the n-gram model runs).
  const long = [...load('udhr.jsonl'), ...load('ui.jsonl')]
    .filter((s) => s.bucket === 'L')
    .map((s) => ({ group: s.group, text: [...s.text].slice(0, 150).join('') }));
  const latinGroups = new Set('en es fr de it pt nl sv pl cs sl tr vi id ms uz'.split(' '));
  const perSecond = <T>(inputs: T[], run: (input: T) => unknown): number => {
    for (let i = 0; i < 2000; i++) run(inputs[i % inputs.length]!);
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < 2000)
      for (let i = 0; i < 500; i++) run(inputs[n++ % inputs.length]!);
    return n / ((performance.now() - start) / 1000);
  };
  const allRate = perSecond(
    long.map((s) => s.text),
    detectBundled,
  );
  const latinRate = perSecond(
    long.filter((s) => latinGroups.has(s.group)).map((s) => s.text),
    detectBundled,
  );
  // Ticket-sized input: the router's sample messages (scripts/bench/sample-messages.ts, ~300
  // characters each, 14 languages), subject and body as routing passes them.
  const ticketRate = perSecond([...SAMPLE_MESSAGES], (m) =>
    bundled.detectLanguage({ subject: m.subject, body: m.body, locale: m.customer.locale }, 'en'),
  );
  const ticketChars = mean(SAMPLE_MESSAGES.map((m) => m.subject.length + 1 + m.body.length));
  console.log(`\n## Speed (one core, the minified bundle)\n`);
  console.log(`150 characters, all languages: ${Math.round(allRate).toLocaleString('en')} det/s`);
  console.log(
    `150 characters, Latin-script support languages only: ${Math.round(latinRate).toLocaleString('en')} det/s`,
  );
  console.log(
    `ticket messages (${SAMPLE_MESSAGES.length}, mean ${Math.round(ticketChars)} characters): ` +
      `${Math.round(ticketRate).toLocaleString('en')} det/s, ${(1e6 / ticketRate).toFixed(1)} µs each`,
  );

  console.log(`\n## Cold start and bundle\n`);
  console.log(
    `cold start (import + load + first detection, 7 fresh processes): median ${runs[3]!.toFixed(1)} ms, ` +
      `min ${runs[0]!.toFixed(1)} ms, max ${runs[6]!.toFixed(1)} ms`,
  );
  console.log(
    `bundle: ${(statSync(bundle).size / 1024).toFixed(0)} KiB minified, ` +
      `${(statSync(join(work, 'bundle.zip')).size / 1024).toFixed(0)} KiB zipped`,
  );
} finally {
  built.remove();
}
