import { describe, expect, it } from 'vitest';
import { customerWords } from '../../../functions/core/language/customer-words';

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

  it('reads Windows line endings', () => {
    expect(customerWords(`${OWN}\r\n\r\nSent from my iPhone\r\n`)).toBe(OWN);
  });
});
