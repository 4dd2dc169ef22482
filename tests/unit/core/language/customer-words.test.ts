import { describe, expect, it } from 'vitest';
import { customerWords } from '../../../../functions/core/language/customer-words';

const OWN = 'Meine Bestellung ist nicht angekommen.';

describe('customerWords', () => {
  it('keeps a message without quotes as it is', () => {
    expect(customerWords(`${OWN}\nBitte helfen Sie mir.`)).toBe(`${OWN}\nBitte helfen Sie mir.`);
  });

  it('drops > quoted lines', () => {
    expect(customerWords(`${OWN}\n> Thanks for contacting us.\n> Kind regards`)).toBe(OWN);
  });

  it.each([
    ['en Gmail', 'On Tue, 4 Mar 2025 at 09:12, Acme Support <support@acme.example> wrote:'],
    ['de', 'Am 04.03.2025 um 09:12 schrieb Acme Support <support@acme.example>:'],
    ['fr', 'Le mar. 4 mars 2025 à 09:12, Acme Support <support@acme.example> a écrit :'],
    ['es', 'El mar, 4 mar 2025 a las 09:12, Acme Support (<support@acme.example>) escribió:'],
    [
      'it',
      'Il giorno mar 4 mar 2025 alle ore 09:12 Acme Support <support@acme.example> ha scritto:',
    ],
    ['pt', 'Em ter., 4 de mar. de 2025 às 09:12, Acme Support <support@acme.example> escreveu:'],
    ['nl', 'Op di 4 mrt 2025 om 09:12 schreef Acme Support <support@acme.example>:'],
    ['sv', 'Den tis 4 mars 2025 kl 09:12 skrev Acme Support <support@acme.example>:'],
    ['pl', 'W dniu 4.03.2025 o 09:12 Acme Support <support@acme.example> napisał(a):'],
    ['cs', 'Dne út 4. 3. 2025 v 9:12 odesílatel Acme Support <support@acme.example> napsal:'],
    ['ru', '4 марта 2025 г., в 09:12, Acme Support <support@acme.example> написал(а):'],
    ['tr', '4 Mar 2025 Sal, 09:12 tarihinde Acme Support <support@acme.example> şunu yazdı:'],
    ['ja', '2025年3月4日(火) 9:12 Acme Support さんは書きました:'],
    ['ja message', '2025/03/04 9:12、Acme Support のメッセージ:'],
    ['zh-Hans', '2025年3月4日周二 09:12，Acme Support <support@acme.example> 写道：'],
    ['zh-Hant', '2025年3月4日 週二 09:12，Acme Support <support@acme.example> 寫道：'],
    ['ko', '2025년 3월 4일 (화) 오전 9:12, Acme Support <support@acme.example>님이 작성:'],
  ])('cuts a %s reply header and the quote under it', (_, header) => {
    const body = `${OWN}\n\n${header}\nThanks for contacting us. Your parcel is on its way.`;
    expect(customerWords(body)).toBe(OWN);
  });

  it('cuts a Gmail header wrapped over two lines', () => {
    const body = `${OWN}\n\nOn Tue, 4 Mar 2025 at 09:12, Acme Support <support@acme.example>\nwrote:\n> Hello`;
    expect(customerWords(body)).toBe(OWN);
  });

  it.each([
    '-----Original Message-----',
    '-----Ursprüngliche Nachricht-----',
    "-------- Message d'origine --------",
    '-----Mensaje original-----',
    '---------- Forwarded message ---------',
  ])('cuts at %s', (separator) => {
    expect(customerWords(`${OWN}\n\n${separator}\nFrom: support@acme.example\nHello`)).toBe(OWN);
  });

  it.each([
    [
      'en',
      'From: Acme Support <support@acme.example>',
      'Sent: Tuesday, March 4, 2025 9:12 AM',
      'Subject: Your order',
    ],
    [
      'de',
      'Von: Acme Support <support@acme.example>',
      'Gesendet: Dienstag, 4. März 2025 09:12',
      'Betreff: Ihre Bestellung',
    ],
    [
      'fr',
      'De : Acme Support <support@acme.example>',
      'Envoyé : mardi 4 mars 2025 09:12',
      'Objet : Votre commande',
    ],
    [
      'es',
      'De: Acme Support <support@acme.example>',
      'Enviado el: martes, 4 de marzo de 2025 9:12',
      'Asunto: Su pedido',
    ],
  ])('cuts an Outlook %s header block', (_, from, sent, subject) => {
    const body = `${OWN}\n\n${from}\n${sent}\nTo: kunde@example.de\n${subject}\n\nThanks for your order.`;
    expect(customerWords(body)).toBe(OWN);
  });

  it('keeps a line that starts with From: when no header fields follow it', () => {
    const body = `From: my old address the mails still come\n${OWN}`;
    expect(customerWords(body)).toBe(body);
  });

  it('drops the -- signature and everything after it', () => {
    expect(customerWords(`${OWN}\n-- \nJonas Weber\nACME GmbH | Berlin`)).toBe(OWN);
  });

  it.each([
    'Sent from my iPhone',
    'Von meinem iPhone gesendet',
    'Envoyé de mon iPhone',
    'Enviado desde mi iPhone',
    'Inviato da iPhone',
    'Verstuurd vanaf mijn iPhone',
    'Skickat från min iPhone',
    'Wysłane z mojego iPhone',
    'Отправлено с iPhone',
    'iPhoneから送信',
    '发自我的iPhone',
    'iPhone에서 보냄',
    'Get Outlook for iOS',
    'Sent from Yahoo Mail for iPhone',
    'Enviado do meu celular',
    'Gesendet von meinem Handy',
    'Wysłane z mojego smartfona',
    'Отправлено с моего смартфона',
    'Envoyé de mon portable',
  ])('drops the device footer "%s"', (footer) => {
    expect(customerWords(`${OWN}\n\n${footer}`)).toBe(OWN);
  });

  it.each([
    'This e-mail and any attachments are confidential and intended solely for the addressee.',
    'CONFIDENTIALITY NOTICE: The contents of this email message are confidential.',
    'Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.',
    'Ce message et toutes les pièces jointes sont confidentiels.',
  ])('drops the disclaimer "%s" and what follows', (disclaimer) => {
    expect(customerWords(`${OWN}\n\n${disclaimer}\nMore legal text.`)).toBe(OWN);
  });

  it('keeps inline answers written between quoted lines', () => {
    const body =
      'On Tue, 4 Mar 2025 at 09:12, Acme <a@acme.example> wrote:\n> Which order?\nDie vom Montag.\n> Which colour?\nRot.';
    expect(customerWords(body)).toBe('Die vom Montag.\nRot.');
  });

  it('falls back to the whole body when stripping leaves nothing', () => {
    const body = '> only a quote\n> nothing else';
    expect(customerWords(body)).toBe(body);
  });

  it('reads headers written with decomposed accents', () => {
    const header = 'El mar, 4 mar 2025 a las 09:12, Acme (<support@acme.example>) escribió:';
    const body = `${OWN}\n\n${header.normalize('NFD')}\nThanks for contacting us.`;
    expect(customerWords(body)).toBe(OWN);
  });

  it('reads Windows line endings', () => {
    expect(customerWords(`${OWN}\r\n\r\nSent from my iPhone\r\n`)).toBe(OWN);
  });

  it.each([
    ['a name and address', 'Acme Support <support@acme.example> wrote:'],
    ['a bare address', 'support@acme.example wrote:'],
    ['a date and address', '2025-03-04 9:12 GMT+01:00 Acme Support <support@acme.example>:'],
  ])('cuts a reply header with %s but no "On …"', (_, header) => {
    const body = `${OWN}\n\n${header}\n> Thanks for contacting us.`;
    expect(customerWords(body)).toBe(OWN);
  });

  it('keeps a customer line that mentions an address without a colon after it', () => {
    const body = `${OWN}\nMeine Adresse ist kunde@example.de und nicht die alte.`;
    expect(customerWords(body)).toBe(body);
  });

  it('cuts a reply header wrapped over three lines', () => {
    const body = `${OWN}\n\nOn Tuesday, 4 March 2025 at 09:12:45 CET, Acme Customer Support\nTeam <support@acme.example>\nwrote:\n> Hello`;
    expect(customerWords(body)).toBe(OWN);
  });

  it('does not take the customer line above a header into the header', () => {
    const body = `${OWN}\nDanke!\nsupport@acme.example wrote:\n> Hello`;
    expect(customerWords(body)).toBe(`${OWN}\nDanke!`);
  });

  it.each([
    'Begin forwarded message:',
    'Anfang der weitergeleiteten Nachricht:',
    'Début du message réexpédié :',
    'Inicio del mensaje reenviado:',
  ])('cuts at the Apple Mail forward line "%s"', (line) => {
    const body = `${OWN}\n\n${line}\n\nFrom: Acme <support@acme.example>\nYour parcel is on its way.`;
    expect(customerWords(body)).toBe(OWN);
  });

  it.each(['Sent with Proton Mail secure email.', 'Sent with Spark', 'Sent using Outlook'])(
    'drops the mail-app footer "%s"',
    (footer) => {
      expect(customerWords(`${OWN}\n\n${footer}`)).toBe(OWN);
    },
  );

  it.each([
    'The information contained in this email is confidential and may be legally privileged.',
    'If you are not the intended recipient, please notify the sender and delete this message.',
    'IMPORTANT: This message is intended only for the addressee and may contain privileged information.',
  ])('drops the disclaimer "%s", however it opens', (disclaimer) => {
    expect(customerWords(`${OWN}\n\n${disclaimer}\nMore legal text.`)).toBe(OWN);
  });

  it('keeps a customer sentence that starts like a disclaimer but is not one', () => {
    const body = `${OWN}\nThis email is about order 4711, please check it.`;
    expect(customerWords(body)).toBe(body);
  });

  it.each([
    [
      'English',
      'Best regards,\nJonas Weber\nHead of Purchasing | ACME GmbH\nPhone: +49 30 1234567',
    ],
    ['German', 'Mit freundlichen Grüßen\nJonas Weber\nEinkauf, ACME GmbH'],
    ['French', 'Cordialement,\nJeanne Martin\nService achats'],
  ])('cuts an %s closing and the short signature under it', (_, signature) => {
    expect(customerWords(`${OWN}\n\n${signature}`)).toBe(OWN);
  });

  it('keeps a closing that more of the message follows', () => {
    const more =
      'PS: Die Rechnung vom März ist auch noch offen, und der Betrag stimmt nicht mit dem Angebot überein, das wir im Februar bekommen haben.';
    const body = `${OWN}\n\nDanke\n\n${more}`;
    expect(customerWords(body)).toBe(body);
  });

  it('keeps a message that is only a thank-you', () => {
    expect(customerWords('Thanks,\nJonas')).toBe('Thanks,\nJonas');
  });

  it.each([
    'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender.',
    '[EXTERNAL]',
    '*** EXTERNAL EMAIL *** Be careful with links and attachments from outside senders.',
  ])('removes the mail-gateway banner "%s" above the customer\'s words', (banner) => {
    expect(customerWords(`${banner}\n\n${OWN}`)).toBe(OWN);
  });

  it('keeps a customer paragraph that starts with "Warning" and is not a banner', () => {
    const body = `Warnung: ${OWN}`;
    expect(customerWords(body)).toBe(body);
    const english = `Warning: the app crashes when I open my orders.\n\n${OWN}`;
    expect(customerWords(english)).toBe(english);
  });
});
