import { describe, expect, it } from 'vitest';
import { customerWords } from '../../../../functions/core/language/customer-words';

// What mail clients write around the customer's words, by family. Each case is a line (or lines)
// a client writes in that language; the customer's words above it must be all that is left.
const OWN = 'Meine Bestellung ist nicht angekommen.';
const QUOTE = 'Thanks for contacting us. Your parcel is on its way.';

function under(lines: string): string {
  return customerWords(`${OWN}\n\n${lines}\n${QUOTE}`);
}

describe('reply headers in every support language and the Nordic ones, dates in local format', () => {
  it.each([
    ['da Apple Mail', 'Den 4. mar. 2025 kl. 09.12 skrev Acme Support <support@acme.example>:'],
    ['da Gmail', 'tir. 4. mar. 2025 kl. 09.12 skrev Acme Support <support@acme.example>:'],
    ['no Gmail', 'tir. 18. apr. 2017 kl. 13:09 skrev Acme Support:'],
    ['no', 'På 14 september 2015 på 02:23:18, Valentino Rudy (valentino@rudy.example) skrev:'],
    ['fi Gmail', 'ti 4.3.2025 klo 9.12 Acme Support kirjoitti:'],
    ['is Gmail', 'þri., 4. mar. 2025 kl. 09:12 skrifaði Acme Support:'],
    ['it Outlook', 'In data 4 marzo 2025 09:12, Acme Support ha scritto:'],
    ['nl Apple Mail', 'Op 4 mrt. 2025 om 09:12 heeft Acme Support het volgende geschreven:'],
    ['de Yahoo', 'Am Dienstag, 4. März 2025, 09:12:00 MEZ hat Acme Support Folgendes geschrieben:'],
    ['de K-9 Mail', 'Acme Support schrieb am 4. März 2025 09:12:12 MEZ:'],
    ['de Thunderbird', 'Am 25.06.2015 um 10:55 schrieb Acme Support:'],
    ['pl Thunderbird', 'W dniu 2015-01-07 14:23, support@acme.example pisze:'],
    ['pl Apple Mail', 'Wiadomość napisana przez Acme Support w dniu 04.03.2025, o godz. 09:12:'],
    ['sk', 'Dňa 4. 3. 2025 o 9:12 Acme Support napísal(a):'],
    ['sl Gmail', 'tor., 4. mar. 2025 ob 09:12 je Acme Support napisal(a):'],
    ['uk Gmail', 'вт, 4 бер. 2025 р. о 09:12 Acme Support пише:'],
    ['ar Gmail', 'في الثلاثاء، 4 مارس 2025 في 9:12 ص، كتب Acme Support:'],
    ['he Gmail', 'בתאריך יום ג׳, 4 במרץ 2025 ב-9:12 מאת \u202aAcme Support\u202c\u200f:'],
    ['hi Gmail', 'मंगल, 4 मार्च 2025 को 9:12 am बजे Acme Support ने लिखा:'],
    ['th Gmail', 'เมื่อ อ. 4 มี.ค. 2025 เวลา 09:12 Acme Support เขียนว่า:'],
    ['vi Gmail', 'Vào Th 3, 4 thg 3, 2025 vào lúc 09:12 Acme Support đã viết:'],
    ['id Gmail', 'Pada tanggal Sel, 4 Mar 2025 pukul 09.12 Acme Support menulis:'],
    ['ms Gmail', 'Pada Sel, 4 Mac 2025 pada 9:12 PG, Acme Support menulis:'],
    ['uz Gmail', 'Se, 4-mar, 2025 09:12 Acme Support yozdi:'],
    ['ko Apple Mail', '2016. 11. 8. 오후 12:39 Acme Support 작성:'],
    ['zh Gmail', 'Acme Support 于2025年3月4日周二 09:12写道：'],
    ['hu Thunderbird', '2013.02.08. 7:31 keltezéssel, "Acme Support" írta:'],
    ['ca Gmail', 'El 19/03/2014 11:34, Acme Support ha escrit:'],
    ['en "sent"', 'On 11-Apr-2011, at 6:54 PM, Acme Support <support@acme.example> sent:'],
  ])('cuts the %s header and the quote under it', (_, header) => {
    expect(under(header)).toBe(OWN);
  });

  it('keeps a customer line that ends like a header but has no date, address or opener', () => {
    const body = `${OWN}\nSomething wrote:\nDas war die Antwort auf meine Frage.`;
    expect(customerWords(body)).toBe(body);
  });

  it('keeps a customer line with a verb-before-name but no date', () => {
    const body = `${OWN}\nJeg skrev til dere i går:\nPakken er ikke kommet.`;
    expect(customerWords(body)).toBe(body);
  });
});

describe('reply headers without the colon', () => {
  it.each([
    [
      'Zoho Mail',
      '---- On Tue, 04 Mar 2025 09:12:00 +0100 Acme Support <support@acme.example> wrote ----',
    ],
    [
      'Zoho Mail (de)',
      '---- Am Di, 04 Mär 2025 09:12:00 +0100 schrieb Acme Support <support@acme.example> ----',
    ],
    ['Android', '---- Acme Support wrote ----'],
    ['dashes around Thunderbird', '------On 12/29/1987 17:32 PM, Acme Support wrote-----'],
    ['Zimbra', '- Le 2021-04-09 23:25, Acme Support a écrit :'],
  ])('cuts the %s header', (_, header) => {
    expect(under(header)).toBe(OWN);
  });

  it('cuts a date-first header with an address and no colon when a quote follows', () => {
    const body = `${OWN}\n2011/4/7 Acme Support <support@acme.example>\n\n> ${QUOTE}`;
    expect(customerWords(body)).toBe(OWN);
  });

  it('cuts an address and "wrote" without a colon when a quote follows', () => {
    const body = `${OWN}\nAcme Support <support@acme.example> wrote\n> ${QUOTE}`;
    expect(customerWords(body)).toBe(OWN);
  });

  it('keeps an address at the end of the customer’s words over a quote', () => {
    const body = `${OWN}\nBitte schreiben Sie an kunde@example.de\n\n> ${QUOTE}`;
    expect(customerWords(body)).toBe(`${OWN}\nBitte schreiben Sie an kunde@example.de`);
  });

  it('keeps "I wrote" without a colon over a quote: it names no one', () => {
    const body = `${OWN}\nDas hatte ich schon geschrieben, as I wrote\n> ${QUOTE}`;
    expect(customerWords(body)).toBe(`${OWN}\nDas hatte ich schon geschrieben, as I wrote`);
  });

  it('keeps a date and an address without a colon when no quote follows', () => {
    const body = `${OWN}\n2011/4/7 bitte an kunde@example.de\nDanke.`;
    expect(customerWords(body)).toBe(body);
  });
});

describe('reply headers wrapped over two or three lines', () => {
  it.each([
    [
      'Gmail, with the address glued to "wrote:"',
      'On Tue, Sep 25, 2012 at 8:59 AM, Chris Wanstrath\n<notifications@github.example>wrote:',
    ],
    [
      'Gmail (no), with ">:" on its own line',
      'tir. 18. apr. 2017 kl. 13:09 skrev Acme Support <support@acme.example\n>:',
    ],
    [
      'Android (ru), with the address broken after "<"',
      '02.04.2012 14:20 пользователь "support@acme.example" <\nsupport@acme.example> написал:',
    ],
    ['Gmail date-first', '2014-10-17 11:28 GMT+03:00 Acme Support <\nsupport@acme.example>:'],
    ['over three lines', 'On Nov 21, 2014,\nat 10:18,\nAcme Support <support@acme.example> wrote:'],
    [
      'Polymail, across a blank line',
      'On Tue, Apr 11, 2017 at 10:07 PM Acme Support\n\n<\nmailto:Acme Support <support@acme.example>\n> wrote:',
    ],
  ])('cuts the %s header', (_, header) => {
    expect(under(header)).toBe(OWN);
  });

  it('does not take a customer line with a time into the header under a blank line', () => {
    const body = `${OWN} Lieferung um 9:16 erwartet\n\nOn Tue, 4 Mar 2025 at 09:12, Acme <a@acme.example> wrote:\n> ${QUOTE}`;
    expect(customerWords(body)).toBe(`${OWN} Lieferung um 9:16 erwartet`);
  });
});

describe('a reply header after the customer words on the same line', () => {
  it.each([
    [
      'after a word',
      'Danke! On Wed, Apr 4, 2012 at 3:59 PM, support@acme.example wrote:',
      'Danke!',
    ],
    [
      'after dashes',
      'Danke--- On Wed, Apr 4, 2012 at 3:59 PM, support@acme.example wrote:',
      'Danke',
    ],
  ])('keeps the words before a header that starts %s', (_, line, kept) => {
    expect(customerWords(`${OWN}\n${line}\n> ${QUOTE}`)).toBe(`${OWN}\n${kept}`);
  });
});

describe('separators', () => {
  it.each([
    '-----Reply Message-----',
    '-----Antwort Nachricht-----',
    '-------- Oprindelig besked --------',
    '-----Oprindelig meddelelse-----',
    '-------- Opprinnelig melding --------',
    '-------- Alkuperäinen viesti --------',
    '-------- Originalnachricht --------',
    '------------------ 原始邮件 ------------------',
    '---------- Přeposlaná zpráva ---------',
    '-------- Оригінальне повідомлення --------',
    '============ Forwarded message ============',
  ])('cuts at "%s"', (separator) => {
    expect(under(separator)).toBe(OWN);
  });

  it("cuts at Outlook's underscore line", () => {
    expect(under('________________________________')).toBe(OWN);
  });

  it('cuts at an equals line over a French webmail header', () => {
    expect(
      under(
        '========================================\n\nMessage du : 12/12/2016 13:20\nDe : "Acme" <support@acme.example>',
      ),
    ).toBe(OWN);
  });

  it('cuts at a French webmail header with the equals signs on its first line', () => {
    expect(under('==== Message du : 12/12/2016 13:20\nDe : "Acme" <support@acme.example>')).toBe(
      OWN,
    );
  });

  it('keeps a short dash line that no header follows', () => {
    const body = `${OWN}\n------------\nBitte senden Sie die Ware erneut.`;
    expect(customerWords(body)).toBe(body);
  });
});

describe("Apple Mail's forward line", () => {
  it.each([
    'Start på videresendt besked:',
    'Videresendt melding:',
    'Välitetty viesti alkaa:',
    'Początek przekazanej wiadomości:',
    'Začetek posredovanega sporočila:',
    'Awal pesan yang diteruskan:',
    'Yo‘naltirilgan xabar:',
  ])('cuts at "%s"', (line) => {
    expect(under(`${line}\n\nFrom: Acme <support@acme.example>`)).toBe(OWN);
  });
});

describe('Outlook header blocks', () => {
  it.each([
    [
      'GMX (de), date first',
      'Gesendet: Dienstag, 04. März 2025 um 09:12 Uhr\nVon: "Acme" <support@acme.example>\nAn: kunde@example.de\nBetreff: Ihre Bestellung',
    ],
    ['Hotmail, date first', 'Date: Wed, 16 May 2012 00:15:02 -0600\nTo: kunde@example.de'],
    [
      'fi',
      'Lähettäjä: Acme Support <support@acme.example>\nLähetetty: tiistai 4. maaliskuuta 2025 9.12\nVastaanottaja: asiakas@example.fi\nAihe: Tilauksesi',
    ],
    [
      'da',
      'Fra: Acme Support <support@acme.example>\nSendt: 4. marts 2025 09:12\nTil: kunde@example.dk\nEmne: Din ordre',
    ],
    [
      'no',
      'Fra: Acme Support <support@acme.example>\nSendt: tirsdag 4. mars 2025 09:12\nTil: kunde@example.no\nKopi: ordre@acme.example\nEmne: Din ordre',
    ],
    [
      'he',
      'מאת: Acme Support <support@acme.example>\nנשלח: יום שלישי 4 מרץ 2025 09:12\nאל: customer@example.co.il\nנושא: ההזמנה שלך',
    ],
    [
      'ko',
      '보낸 사람: Acme Support <support@acme.example>\n보낸 날짜: 2025년 3월 4일 화요일 오전 9:12\n받는 사람: customer@example.kr\n제목: 주문',
    ],
    [
      'uk',
      'Від: Acme Support <support@acme.example>\nНадіслано: 4 березня 2025 р. 9:12\nКому: client@example.ua\nТема: Ваше замовлення',
    ],
    [
      'bold and indented',
      '  *From:* support@acme.example [mailto:\n  support@acme.example]\n  *Sent:* Wednesday, June 27, 2012 3:05 PM\n  *To:* kunde@example.de\n  *Subject:* Hello',
    ],
  ])('cuts the %s block', (_, block) => {
    expect(under(block)).toBe(OWN);
  });

  it('keeps a travel request that names From, To and Date without anything only mail has', () => {
    const body = `${OWN}\nFrom: Berlin\nTo: Munich\nDate: 12 March`;
    expect(customerWords(body)).toBe(body);
  });
});

describe('device and app footers', () => {
  it.each([
    'Sent from my Verizon Wireless BlackBerry',
    'Sent from my Wiko RIDGE FAB 4G',
    'Sent from my HTC smartphone!',
    'Sent from Mailbox for iPhone',
    'Sent wirelessly from my BlackBerry device on the Bell network.',
    'Sent from my Samsung Galaxy smartphone.',
    'Sent via the Samsung Galaxy S23, an AT&T 5G smartphone',
    'Sent using Zoho Mail',
    'Sent from Yahoo Mail on Android',
    'Sent from Mail for Windows',
    'Get Outlook for Android<https://aka.ms/ghei36>',
    'Envoyé à partir de Outlook pour iOS',
    'Envoyé sans fil par mon terminal mobile BlackBerry sur le réseau de Bell.',
    'Envoyé depuis mon appareil Galaxy',
    'Envoyé avec la messagerie sécurisée Proton Mail.',
    'Enviado desde mi oficina móvil BlackBerry® de Telcel',
    'Inviato dal mio dispositivo Galaxy',
    'Diese Nachricht wurde von meinem Android-Mobiltelefon mit GMX Mail gesendet.',
    'Von meinem Samsung Galaxy Smartphone gesendet',
    'Verzonden vanaf mijn Samsung Galaxy-smartphone.',
    'Sendt fra min iPhone',
    'Lähetetty iPhonesta',
    'Odesláno z iPhonu',
    'Poslano iz iPhona',
    'Надіслано з iPhone',
    "iPhone'umdan gönderildi",
    'मेरे iPhone से भेजा गया',
    'ส่งจาก iPhone ของฉัน',
    'Được gửi từ iPhone của tôi',
    'Dikirim dari iPhone saya',
    'Dihantar dari iPhone saya',
    'أُرسلت من الـ iPhone الخاص بي',
    'נשלח מה-iPhone שלי',
    'iPhone’dan yuborildi',
    'Az iPhone-omról küldve',
    '从我的 iPhone 发送',
  ])('cuts at the footer "%s"', (footer) => {
    expect(customerWords(`${OWN}\n\n${footer}`)).toBe(OWN);
  });

  it('cuts what follows a footer: the message the customer answered', () => {
    const body = `${OWN}\n\nSent from my Wiko RIDGE FAB 4G\n\n${QUOTE}\nPlease write back if it does not arrive.`;
    expect(customerWords(body)).toBe(OWN);
  });

  it.each([
    'Sent from my desk, is much easier than my mobile phone.',
    'Sent from my laptop because my phone broke.',
    'Outlook with a reply',
    'Mail me the invoice again, please.',
    'Inviato da Roma con amore',
  ])('keeps the customer line "%s"', (line) => {
    expect(customerWords(`${OWN}\n\n${line}`)).toBe(`${OWN}\n\n${line}`);
  });
});

describe('text after a quote marked with ">"', () => {
  it('keeps what the customer wrote under the quote (bottom-posting)', () => {
    const body = `Hallo,\nOn Tue, 4 Mar 2025 at 09:12, Acme <a@acme.example> wrote:\n> ${QUOTE}\n\n${OWN}`;
    expect(customerWords(body)).toBe(`Hallo,\n${OWN}`);
  });

  it('takes an unmarked line right under a quoted line for part of the quote', () => {
    const body = `${OWN}\n\nOn Tue, 4 Mar 2025 at 09:12, Acme <a@acme.example> wrote:\n> View ticket (http://example.com/action\n_nonce=3dd518)\n>`;
    expect(customerWords(body)).toBe(OWN);
  });

  it('keeps a closing under the quote, without the blank line the quote leaves', () => {
    const body = `${OWN}\nOn 04/19/2011 07:10 AM, Acme wrote:\n\n> Test\n\nGruß, Jonas`;
    expect(customerWords(body)).toBe(`${OWN}\nGruß, Jonas`);
  });
});

describe('signatures', () => {
  it.each([
    ['a dashed name', '-Abhishek Kona'],
    ['a dash and a space', '- roman'],
    ['a "---" line over the name', '---\nRoman'],
  ])('cuts %s at the end', (_, signature) => {
    expect(customerWords(`${OWN}\n\n${signature}`)).toBe(OWN);
  });

  it.each([
    ['a list', 'Two:\n- Here is another bullet point\n- And another one'],
    ['a line that announces it', 'Look at this:\n- one'],
  ])('keeps dashed lines in %s', (_, lines) => {
    expect(customerWords(`${OWN}\n${lines}`)).toBe(`${OWN}\n${lines}`);
  });

  it('keeps a closing that ends the message: it is the last sentence, not a signature', () => {
    const body = "bonjour,\nje n'ai pas eu de retour sur ma précision..\nmerci d'avance";
    expect(
      customerWords(
        `${body}\n\nDe : support@acme.example\nEnvoyé : mardi 4 mars 2025\nObjet : Re: commande`,
      ),
    ).toBe(body);
  });
});

describe('ordinary customer messages', () => {
  it.each([
    'Hallo,\n\nam 12.03.2025 um 10:30 habe ich bestellt:\n- 2x Schuhe\n- 1x Jacke\n\nBitte prüfen Sie das.',
    "Bonjour,\nLe 12/03/2025, j'ai écrit :\nmerci de me rembourser.",
    'Tracking: 1Z999AA10123456784\nDate: 12/03/2025\nOrder: 4711\nThe parcel never arrived.',
    'Hola, el pedido 4711 del 3/4/2025 a las 10:00 no llegó:\nfaltan dos cajas.',
    'Hej! Min order från 4.3.2025 kl. 09:12 har inte kommit.\nSkickade ett mejl igår:\ninget svar.',
    'Dzień dobry,\nW dniu 4.03.2025 o 09:12 zamówiłem buty:\nnie dotarły.',
    'Здравствуйте!\n04.03.2025 в 09:12 я оплатил заказ:\nденьги списаны, заказа нет.',
    '注文番号4711について:\n2025年3月4日 09:12に注文しましたが届きません。',
    'Hi,\nOn Monday at 10:30 your driver said:\n"no one home", but I was home!',
    'Il giorno 4 marzo alle 9:12 ho chiamato:\nnessuno ha risposto.',
    'Op maandag 4 maart om 09:12 schreef ik u al:\ngeen antwoord.',
    '----------\nBestellung 2:\nFehlt ebenfalls.',
  ])('keeps %j whole', (message) => {
    expect(customerWords(message)).toBe(message);
  });
});

describe('hostile input', () => {
  const MB = 1 << 20;
  it.each([
    ['spaces', ' '.repeat(MB) + 'x'],
    ['spaces before a colon', ' '.repeat(MB) + ':'],
    ['a line of dashes', '-'.repeat(MB) + 'x'],
    ['a line of header-like words', 'On 4 Mar 2025 at 09:12 a@b.example wrote '.repeat(MB / 40)],
  ])('reads a 1 MB line of %s', (_, text) => {
    expect(customerWords(text)).toBe(text.trim());
  });

  it.each([
    ['closings', 'Regards,\n'],
    ['dashed names', '-Bob\n'],
    ['blank and quoted lines', '\n>\n'],
    ['long blank lines', `${' '.repeat(500)}\n`],
    ['header openers', 'On 12:00 x:\n'],
  ])('reads 1 MB of lines of %s', (_, line) => {
    const text = line.repeat(Math.ceil(MB / line.length));
    expect(typeof customerWords(text)).toBe('string');
  });
});
