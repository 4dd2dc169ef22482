import { describe, expect, it } from 'vitest';
import { quoteWords } from '../../../../functions/core/routing/quote-words';

describe('quoteWords', () => {
  it('quotes short words whole', () => {
    expect(quoteWords('Bonjour, ma commande')).toBe('“Bonjour, ma commande”');
  });

  it('makes one line of several, with single spaces', () => {
    expect(quoteWords('  Hallo,\r\n\r\nmeine\tBestellung\u2028fehlt. ')).toBe(
      '“Hallo, meine Bestellung fehlt.”',
    );
  });

  it('cuts long words at a word within 60 characters, with an ellipsis', () => {
    const quoted = quoteWords(
      'Bonjour, ma commande n’est pas arrivée. Elle devait arriver lundi dernier, mais rien.',
    );
    expect(quoted).toBe('“Bonjour, ma commande n’est pas arrivée. Elle devait arriver…”');
  });

  it('cuts text without spaces at 60 characters', () => {
    const japanese = 'ご注文の商品がまだ届いていません。'.repeat(5);
    expect(quoteWords(japanese)).toBe(`“${[...japanese].slice(0, 60).join('')}…”`);
  });

  it('never separates a letter from its accents', () => {
    expect(quoteWords('e\u0301'.repeat(70))).toBe(`“${'e\u0301'.repeat(30)}…”`);
  });

  it('drops control characters and bidirectional overrides', () => {
    expect(quoteWords('Order \u202eevil\u202c #4711\u0000\u001b[31m')).toBe(
      '“Order evil #4711[31m”',
    );
  });

  it('reads only the beginning of a long text', () => {
    const quoted = quoteWords(`Hallo ${'x'.repeat(1 << 20)}`);
    expect(quoted.startsWith('“Hallo')).toBe(true);
    expect(quoted.endsWith('…”')).toBe(true);
    expect([...quoted].length).toBeLessThanOrEqual(63);
  });
});
