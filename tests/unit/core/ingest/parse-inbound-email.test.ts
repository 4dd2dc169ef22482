import { describe, expect, it } from 'vitest';
import { parseInboundEmail } from '../../../../functions/core/ingest/parse-inbound-email';
import { UnparseableEmailError } from '../../../../functions/core/ingest/unparseable-email-error';
import { emlFixture, rawEmail } from './email-fixtures';

describe('parseInboundEmail — charsets and transfer encodings', () => {
  it('reads Japanese ISO-2022-JP (7bit body, B-encoded subject and name)', async () => {
    const email = await parseInboundEmail(emlFixture('ja-iso-2022-jp.eml'));
    expect(email.subject).toBe('注文した商品が届きません');
    expect(email.from).toEqual({ address: 'yuki.tanaka@example.jp', name: '田中 由紀' });
    expect(email.body).toBe(
      'サポートご担当者様\n\n' +
        '12月15日に注文した商品（注文番号 A-20931）がまだ届きません。\n' +
        '配送状況を確認していただけますか。\n\n' +
        'よろしくお願いいたします。\n田中 由紀',
    );
    expect(email.bodySource).toBe('text');
  });

  it('reads Shift_JIS sent 8bit, where 表 and ソ end in the byte of a backslash', async () => {
    const email = await parseInboundEmail(emlFixture('ja-shift-jis.eml'));
    expect(email.subject).toBe('パスワード再設定メールが届かない');
    expect(email.from).toEqual({ address: 'ken.sato@example.co.jp', name: '佐藤 健' });
    expect(email.body).toBe(
      'お世話になっております。\n\n' +
        'パスワード再設定のメールが届きません。\n' +
        '迷惑メールフォルダも確認しましたが、何も表示されません。\n' +
        'ソフトの設定を変える必要がありますか。\n\n佐藤 健',
    );
    expect(email.contentLanguage).toBe('ja');
  });

  it('reads Russian windows-1251 (8bit body, Q-encoded subject)', async () => {
    const email = await parseInboundEmail(emlFixture('ru-windows-1251.eml'));
    expect(email.subject).toBe('Не проходит оплата заказа');
    expect(email.from).toEqual({ address: 'a.smirnov@example.ru', name: 'Алексей Смирнов' });
    expect(email.body).toBe(
      'Здравствуйте!\n\n' +
        'Не могу оплатить заказ № 7741: после ввода данных карты страница\n' +
        'зависает и ничего не происходит. Пробовал в двух браузерах.\n\n' +
        'Подскажите, пожалуйста, что делать?\n\nС уважением,\nАлексей Смирнов',
    );
  });

  it('reads Russian KOI8-R quoted-printable', async () => {
    const email = await parseInboundEmail(emlFixture('ru-koi8-r.eml'));
    expect(email.subject).toBe('Возврат за подписку');
    expect(email.from).toEqual({ address: 'olga.petrova@example.ru', name: 'Ольга Петрова' });
    expect(email.body).toBe(
      'Добрый день!\n\nПрошу вернуть деньги за подписку, я отменила её 3 декабря.\n\nОльга',
    );
  });

  it('reads German windows-1252 quoted-printable with €, „…“ and – (0x80–0x9F)', async () => {
    const email = await parseInboundEmail(emlFixture('de-windows-1252-qp.eml'));
    expect(email.subject).toBe('Bestellung 48213 nicht angekommen – bitte um Rückmeldung');
    expect(email.from).toEqual({ address: 'jonas@example.de', name: 'Jonas Weber' });
    expect(email.body).toBe(
      'Hallo,\n\n' +
        'meine Bestellung 48213 vom 14.12. ist immer noch nicht angekommen. Laut Sendungsverfolgung liegt das Paket seit einer Woche im Verteilzentrum.\n\n' +
        'Können Sie bitte nachsehen, was los ist? Ich habe 89,90 € bezahlt und brauche die Sachen „dringend“ vor Weihnachten.\n\n' +
        'Viele Grüße\nJonas Weber',
    );
    expect(email.contentLanguage).toBe('de-DE');
  });

  it('reads French ISO-8859-1 quoted-printable, joining soft line breaks', async () => {
    const email = await parseInboundEmail(emlFixture('fr-iso-8859-1-qp.eml'));
    expect(email.subject).toBe('Impossible de me connecter à mon compte');
    expect(email.from).toEqual({ address: 'camille.durand@example.fr', name: 'Camille Durand' });
    expect(email.body).toBe(
      'Bonjour,\n\n' +
        "Depuis la mise à jour d'hier, je n'arrive plus à me connecter à mon compte : le message « identifiants incorrects » s'affiche alors que mon mot de passe est le bon.\n\n" +
        "Pouvez-vous m'aider ? C'est assez urgent, je dois télécharger ma facture de décembre.\n\n" +
        "Merci d'avance,\nCamille Durand",
    );
  });

  it('reads Chinese GB2312 base64', async () => {
    const email = await parseInboundEmail(emlFixture('zh-gb2312-base64.eml'));
    expect(email.subject).toBe('耳机左边没有声音，申请换货');
    expect(email.from).toEqual({ address: 'wangfang@example.cn', name: '王芳' });
    expect(email.body).toBe(
      '您好：\n\n' +
        '我上周购买的耳机左边没有声音，已经试过重新连接蓝牙，还是不行。\n' +
        '请问可以换货吗？订单号是 CN-558812。\n\n谢谢！\n王芳',
    );
  });

  it('turns an HTML-only mail into text: paragraphs, list, entities, link; no style or script', async () => {
    const email = await parseInboundEmail(emlFixture('es-html-only.eml'));
    expect(email.bodySource).toBe('html');
    expect(email.subject).toBe('El cargador no funciona');
    expect(email.from).toEqual({
      address: 'lucia.fernandez@example.es',
      name: 'Lucía Fernández',
    });
    expect(email.body).toBe(
      'Hola:\n\n' +
        'El cargador que recibí el martes no funciona. Ya probé:\n\n' +
        '- otro enchufe\n- otro cable USB-C\n\n' +
        'Pagué 24,99 € y quiero la devolución o un cambio. Las fotos están en este álbum (https://fotos.example.es/a/8841).\n\n' +
        'Saludos,\nLucía Fernández',
    );
  });

  it('prefers the text part of multipart/alternative over its HTML', async () => {
    const email = await parseInboundEmail(emlFixture('outlook-reply.eml'));
    expect(email.bodySource).toBe('text');
    expect(email.body).toContain('59 € au lieu de 49 €.');
    expect(email.body).toContain('________________________________\nFrom: Sunroute Support');
  });

  it('lists attachments by name, type and decoded size, and keeps them out of the body', async () => {
    const email = await parseInboundEmail(emlFixture('attachment.eml'));
    expect(email.attachments).toEqual([
      {
        filename: 'invoice INV-2291.pdf',
        mimeType: 'application/pdf',
        size: 142,
        inline: false,
        content: expect.any(Uint8Array),
      },
      {
        filename: 'statement.png',
        mimeType: 'image/png',
        size: 70,
        inline: false,
        content: expect.any(Uint8Array),
      },
    ]);
    // The decoded bytes, for an agent's answer to pass on: the PDF starts as every PDF does.
    expect(Buffer.from(email.attachments[0]!.content).subarray(0, 5).toString('latin1')).toBe(
      '%PDF-',
    );
    expect(email.body).toBe(
      'Hi,\n\nMy card was charged twice for invoice INV-2291. The invoice and a screenshot\n' +
        'of my bank statement are attached.\n\nThanks,\nPriya',
    );
  });

  it('reads the thread headers without angle brackets, References oldest first', async () => {
    const email = await parseInboundEmail(emlFixture('gmail-reply.eml'));
    expect(email.messageId).toBe(
      'CAHx9Lq3mT0v8nB2yR5kW1pZ7sD4fG6hJ9cV2xN0bM3qE8uA5wQ@mail.gmail.com',
    );
    expect(email.references).toEqual([
      '5f3e2a1b-9c7d-4e11-a2b0-7d3c9e8f1a42@example.de',
      '0100018c2f4e5a6b-agent-reply-1@email.amazonses.com',
    ]);
    expect(email.inReplyTo).toEqual(['0100018c2f4e5a6b-agent-reply-1@email.amazonses.com']);
  });

  it('reads the report type of a multipart/report', async () => {
    const email = await parseInboundEmail(emlFixture('bounce.eml'));
    expect(email.contentType).toBe('multipart/report');
    expect(email.reportType).toBe('delivery-status');
  });

  it('mends windows-1252 characters that the runtime decoded as C1 controls, and drops other controls', async () => {
    const email = await parseInboundEmail(
      rawEmail(
        [
          'From: =?windows-1252?Q?Ren=E9_=84Ren=93_M=FCller?= <rene@example.de>',
          'Subject: =?iso-8859-1?Q?Preis_=96_99_=80?=',
          'Content-Type: text/plain; charset=us-ascii',
          'Content-Transfer-Encoding: quoted-printable',
        ],
        '=93Hallo=94 =85 100 =80=00=07 ok',
      ),
    );
    expect(email.from?.name).toBe('René „Ren“ Müller');
    expect(email.subject).toBe('Preis – 99 €');
    expect(email.body).toBe('“Hallo” … 100 € ok');
  });

  it('refuses what is not a message, naming why', async () => {
    await expect(parseInboundEmail('')).rejects.toThrow(new UnparseableEmailError('is empty'));
    await expect(parseInboundEmail(new Uint8Array())).rejects.toBeInstanceOf(UnparseableEmailError);
    await expect(parseInboundEmail('just some words, no header at all')).rejects.toThrow(
      'the message has no header section',
    );
    await expect(parseInboundEmail(new Uint8Array([0xff, 0xfe, 0x00, 0x01]))).rejects.toThrow(
      'the message has no header section',
    );
  });
});
