import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from '../../../../functions/core/ingest/html-entities';
import { htmlToText } from '../../../../functions/core/ingest/html-to-text';

describe('htmlToText', () => {
  it('lays out Gmail-style divs: one line each, <div><br></div> an empty line', () => {
    expect(
      htmlToText(
        '<div dir="ltr"><div>Hallo,</div><div><br></div><div>mein Paket fehlt.<br></div><div>Jonas</div></div>',
      ),
    ).toBe('Hallo,\n\nmein Paket fehlt.\nJonas');
  });

  it('keeps Outlook paragraphs single-spaced and their &nbsp; paragraphs as empty lines', () => {
    expect(
      htmlToText(
        '<p class=MsoNormal>Hello,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>' +
          '<p class=MsoNormal>the invoice is wrong.<o:p></o:p></p>',
      ),
    ).toBe('Hello,\n\nthe invoice is wrong.');
  });

  it('sets ordinary paragraphs apart by one empty line and drops head, style, script and comments', () => {
    expect(
      htmlToText(
        '<!DOCTYPE html><html><head><title>Mail</title><style>p{margin:0}</style></head><body>' +
          '<!--[if mso]><xml><o:OfficeDocumentSettings/></xml><![endif]-->' +
          '<p>One</p>\n\n\n<p>Two</p><script>alert("x")</script><p>Three</p></body></html>',
      ),
    ).toBe('One\n\nTwo\n\nThree');
  });

  it('marks list items, numbers ordered lists and indents nested ones', () => {
    expect(
      htmlToText(
        '<p>Steps:</p><ol><li>Open the app</li><li>Tap <b>Login</b><ul><li>nothing happens</li></ul></li></ol><p>Done</p>',
      ),
    ).toBe('Steps:\n\n1. Open the app\n2. Tap Login\n  - nothing happens\n\nDone');
  });

  it('quotes blockquotes with "> " so the language detector can drop them', () => {
    expect(
      htmlToText(
        '<div>Thanks!</div><div class="gmail_quote">On Mon, Dec 21, 2026 at 10:02 AM Support &lt;s@example.com&gt; wrote:<br>' +
          '<blockquote>Hello<br><br>we shipped it.<blockquote>older</blockquote></blockquote></div>',
      ),
    ).toBe(
      'Thanks!\nOn Mon, Dec 21, 2026 at 10:02 AM Support <s@example.com> wrote:\n\n> Hello\n>\n> we shipped it.\n>\n> > older',
    );
  });

  it('writes a link target after its words, unless the words are the target', () => {
    expect(
      htmlToText(
        '<a href="https://shop.example/o/1?a=1&amp;b=2">my order</a>, ' +
          '<a href="mailto:jonas@example.de">jonas@example.de</a>, <a href="#top">top</a>, ' +
          '<a href="javascript:void(0)">x</a>',
      ),
    ).toBe('my order (https://shop.example/o/1?a=1&b=2), jonas@example.de, top, x');
  });

  it('keeps <pre> as written, puts table cells side by side and rows on lines', () => {
    expect(
      htmlToText(
        '<pre>  Error 500\n    at line 3</pre><table><tr><td>Order</td><td>48213</td></tr><tr><th>Total</th><td>89,90&nbsp;&euro;</td></tr></table>',
      ),
    ).toBe('  Error 500\n    at line 3\n\nOrder 48213\nTotal 89,90 €');
  });

  it('reads "a < b" as text, a ">" inside a quoted attribute as part of the tag, and an <hr> as a rule', () => {
    expect(htmlToText('<p title="a > b">1 < 2</p><hr><p>after</p>')).toBe(
      '1 < 2\n\n________________________________\n\nafter',
    );
  });

  it('survives broken HTML: unclosed tags, an unclosed quote (its tag ends at the next ">"), a head that never closes', () => {
    expect(htmlToText('<p>unclosed <b>bold')).toBe('unclosed bold');
    expect(htmlToText('<head><title>t</title><body><p>body text</p>')).toBe('body text');
    expect(htmlToText('<p>before</p><a href="x>after')).toBe('before\n\nafter');
    expect(htmlToText('')).toBe('');
  });

  it('takes time linear in the size of hostile input', () => {
    const hostile = '<a href="'.repeat(20_000) + '<!--'.repeat(20_000) + '<'.repeat(20_000);
    const started = performance.now();
    htmlToText(hostile);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(
      decodeHtmlEntities(
        '&auml;&ouml;&uuml;&szlig; &amp; &lt;&gt; &quot;&#39; &#x20AC; &#8212; &hellip;',
      ),
    ).toBe('äöüß & <> "\' € — …');
  });

  it('maps &#128;–&#159; to windows-1252 as browsers do, and impossible code points to U+FFFD', () => {
    expect(decodeHtmlEntities('&#128; &#150; &#147;x&#148; &#0; &#xD800; &#x110000;')).toBe(
      '€ – “x” \uFFFD \uFFFD \uFFFD',
    );
  });

  it('leaves unknown names and semicolon-less names outside the legacy few as written', () => {
    expect(decodeHtmlEntities('&bogus; &copyright &copy 2026 &amp')).toBe(
      '&bogus; &copyright © 2026 &',
    );
  });
});
