import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONFIDENCE_OVER_LOCALE,
  CONFIDENCE_THRESHOLD,
  detectLanguage,
  detectTextLanguage,
} from '../../../../functions/core/language/detect-language';
import { localeLanguage } from '../../../../functions/core/language/language-code';
import { loadLanguageModel } from '../../../../functions/core/language/language-model';

beforeAll(async () => {
  await loadLanguageModel();
});

describe('detectLanguage', () => {
  it.each([
    ['de', 'Hallo, meine Bestellung ist nicht angekommen. Können Sie bitte nachsehen?'],
    ['fr', "Bonjour, je n'ai toujours pas reçu ma commande, pouvez-vous vérifier ?"],
    ['es', 'Hola, mi pedido no ha llegado todavía. ¿Pueden ayudarme?'],
    ['pt', 'Olá, o meu pedido ainda não chegou. Podem verificar, por favor?'],
    ['it', 'Buongiorno, il mio ordine non è ancora arrivato. Potete controllare?'],
    ['nl', 'Hallo, mijn bestelling is nog steeds niet aangekomen. Kunnen jullie kijken?'],
    ['pl', 'Dzień dobry, moje zamówienie jeszcze nie dotarło. Czy możecie sprawdzić?'],
    ['ru', 'Здравствуйте, мой заказ до сих пор не пришёл. Проверьте, пожалуйста.'],
    ['uk', 'Добрий день, моє замовлення досі не надійшло. Перевірте, будь ласка.'],
    ['ja', 'こんにちは、注文した商品がまだ届いていません。確認していただけますか？'],
    ['ko', '안녕하세요, 주문한 상품이 아직 도착하지 않았습니다.'],
    ['th', 'สวัสดีครับ สินค้าที่สั่งยังไม่มาถึงเลย'],
    ['he', 'שלום, ההזמנה שלי עדיין לא הגיעה'],
    ['ar', 'مرحبا، لم يصل طلبي بعد. هل يمكنكم التحقق؟'],
    ['hi', 'नमस्ते, मेरा ऑर्डर अभी तक नहीं आया है।'],
  ])('reads %s text', (code, body) => {
    expect(detectLanguage({ body }, 'en')).toMatchObject({ code, source: 'text' });
  });

  it('reads both Chinese scripts as zh', () => {
    expect(detectLanguage({ body: '你好，我的订单还没有到，请帮我查一下。' }, 'en').code).toBe(
      'zh',
    );
    expect(detectLanguage({ body: '你好，我的訂單還沒有到，請幫我查一下。' }, 'en').code).toBe(
      'zh',
    );
  });

  it('reports Norwegian as no, whichever written form', () => {
    expect(localeLanguage('nb-NO')).toBe('no');
    expect(localeLanguage('nn_NO')).toBe('no');
    const text = detectTextLanguage(
      'Hei, bestillingen min har ikke kommet ennå. Kan dere sjekke hva som skjedde?',
    );
    expect(text?.code).toBe('no');
  });

  it('lets clear text win over a different locale', () => {
    const result = detectLanguage(
      { body: 'Hallo, meine Bestellung ist nicht angekommen.', locale: 'en-US' },
      'en',
    );
    expect(result).toMatchObject({ code: 'de', source: 'text' });
  });

  it('lets the locale win over a short text the detector is unsure of', () => {
    const unsure = detectLanguage({ body: 'ok' }, 'en');
    expect(unsure.source).toBe('text');
    expect(unsure.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    expect(unsure.confidence).toBeLessThan(CONFIDENCE_OVER_LOCALE);
    // The confidence reported is the text's, read with the locale as a prior (short text).
    const withLocale = detectLanguage({ body: 'ok', locale: 'de-DE' }, 'en');
    expect(withLocale).toMatchObject({ code: 'de', source: 'locale' });
    expect(withLocale.confidence).toBeLessThan(CONFIDENCE_OVER_LOCALE);
  });

  it('keeps a confident text over the locale', () => {
    const result = detectLanguage(
      { body: 'Gracias, pero el paquete sigue sin llegar.', locale: 'en-US' },
      'en',
    );
    expect(result).toMatchObject({ code: 'es', source: 'text' });
    expect(result.confidence).toBeGreaterThanOrEqual(CONFIDENCE_OVER_LOCALE);
  });

  it('looks at the subject too', () => {
    const result = detectLanguage({ subject: 'Bestellung nicht angekommen', body: '12345' }, 'en');
    expect(result).toMatchObject({ code: 'de', source: 'text' });
  });

  it('ignores an English quote under a short German message', () => {
    const body =
      'Wo ist meine Lieferung?\n\nOn Tue, 4 Mar 2025 at 09:12, Acme Support <support@acme.example> wrote:\n' +
      '> Thank you for contacting us. We have received your request and will get back to you shortly.';
    expect(detectLanguage({ body }, 'en')).toMatchObject({ code: 'de', source: 'text' });
  });

  describe('an English part under the opening paragraph that no stripping rule recognised', () => {
    const quote =
      'Thank you for contacting us. We have received your request and one of our agents will get back to you within one business day.';

    it('lets the opening paragraph decide when everything under it is English', () => {
      expect(detectLanguage({ body: `Eliminar mi cuenta\n\n${quote}` }, 'en')).toMatchObject({
        code: 'es',
        source: 'text',
      });
    });

    it('looks past a salutation to the paragraph after it', () => {
      const body = `Hallo Anna,\n\nWo bleibt meine Lieferung?\n\n${quote}`;
      expect(detectLanguage({ body }, 'en').code).toBe('de');
      const english = `Hi Jürgen,\n\nWhere is my parcel? It has been two weeks.\n\n${quote}`;
      expect(detectLanguage({ body: english }, 'en').code).toBe('en');
    });

    it('keeps English when the opening paragraph is unsure of its language', () => {
      const body = `Urgent\n\nMy parcel has not arrived and I need it for Friday.\n\n${quote}`;
      expect(detectLanguage({ body }, 'en').code).toBe('en');
    });

    it('keeps the language of the whole when the part under the opening is not English', () => {
      const body = `Eliminar mi cuenta\n\nNo quiero recibir más correos de ustedes, gracias.`;
      expect(detectLanguage({ body }, 'en').code).toBe('es');
      const pasted = `Fehler 500\n\nGuten Tag, beim Bezahlen erscheint dieser Fehler, bitte helfen Sie.`;
      expect(detectLanguage({ body: pasted }, 'en').code).toBe('de');
    });
  });

  it.each([
    ['de-DE', 'de'],
    ['pt_BR', 'pt'],
    ['zh-Hant-TW', 'zh'],
    ['iw-IL', 'he'],
  ])('falls back to the locale %s when the text has no letters', (locale, code) => {
    expect(detectLanguage({ body: '#4711 ??? 2025-03-04', locale }, 'en')).toEqual({
      code,
      source: 'locale',
      confidence: 0,
    });
  });

  it('falls back to the default without letters or a usable locale', () => {
    expect(detectLanguage({ body: '+++ 123 +++', locale: 'not a locale!' }, 'fr')).toEqual({
      code: 'fr',
      source: 'default',
      confidence: 0,
    });
  });

  it('reads letters with decomposed accents as the composed ones', () => {
    const composed = 'Não recebi a encomenda, já passaram três semanas.';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(detectTextLanguage(decomposed)).toEqual(detectTextLanguage(composed));
  });

  it('reports a confidence between 0 and 1, higher for longer text', () => {
    const short = detectTextLanguage('Gracias');
    const long = detectTextLanguage(
      'Muchas gracias por su ayuda, el pedido llegó hoy por la mañana sin ningún problema.',
    );
    expect(short?.confidence).toBeGreaterThanOrEqual(0);
    expect(long?.confidence).toBeLessThanOrEqual(1);
    expect(long!.confidence).toBeGreaterThan(short!.confidence);
  });
});

// A slice of the benchmark corpus (tests/fixtures/langid, made by `npm run generate:corpus`), so a
// change that wrecks accuracy fails here and not only in `npm run bench:lang`.
const corpus = fileURLToPath(new URL('../../../fixtures/langid/ui.jsonl', import.meta.url));

describe('accuracy on a slice of the benchmark', () => {
  it('gets at least 95% of every 10th medium-length UI string in the support languages right', () => {
    const support = new Set(
      'en es fr de it pt nl sv pl cs sl ru uk tr ar he hi th vi id ms ja ko zh uz'.split(' '),
    );
    const samples = readFileSync(corpus, 'utf8')
      .split('\n')
      .filter((line, i) => line !== '' && i % 10 === 0)
      .map((line) => JSON.parse(line) as { bucket: string; group: string; text: string })
      .map((s) => ({ ...s, want: s.group.startsWith('zh') ? 'zh' : s.group }))
      .filter((s) => s.bucket === 'M' && support.has(s.want));
    const right = samples.filter(
      (s) => detectLanguage({ body: s.text }, 'en').code === s.want,
    ).length;
    expect(samples.length).toBeGreaterThan(100);
    expect(right / samples.length).toBeGreaterThanOrEqual(0.95);
  });
});
