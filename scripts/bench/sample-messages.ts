// Customer messages of about 300 characters in the languages the demo company serves, written
// for the routing benchmark (not taken from the language-detection corpus).
import type { Ticket } from '../../functions/core/ticket/ticket-schema';

export interface SampleMessage {
  readonly language: string;
  readonly subject: string;
  readonly body: string;
  readonly customer: {
    readonly country?: string;
    readonly locale?: string;
    readonly email?: string;
    readonly phone?: string;
    readonly timeZone?: string;
  };
}

export const SAMPLE_MESSAGES: readonly SampleMessage[] = [
  {
    language: 'en',
    subject: 'Order never arrived',
    body: 'Hi there, I ordered a pair of running shoes two weeks ago and the tracking page has said "label created" ever since. Could you check with the carrier what is going on? I need them for a race on Saturday, so if they cannot arrive in time I would rather cancel and get a refund. Thanks, Sam',
    customer: { country: 'US', locale: 'en-US' },
  },
  {
    language: 'de',
    subject: 'Bestellung nicht angekommen',
    body: 'Hallo, meine Bestellung vom 3. Dezember ist immer noch nicht angekommen, obwohl die Sendungsverfolgung seit Tagen „zugestellt“ anzeigt. Bei meinen Nachbarn wurde nichts abgegeben. Können Sie bitte beim Paketdienst nachfragen oder mir die Ware erneut schicken? Vielen Dank und freundliche Grüße, Jonas Weber',
    customer: { email: 'jonas@example.de', locale: 'de-DE' },
  },
  {
    language: 'fr',
    subject: 'Remboursement en attente',
    body: "Bonjour, j'ai renvoyé le manteau que j'avais commandé il y a trois semaines et le colis vous a bien été livré le 28 novembre. Pourtant, je n'ai toujours pas reçu mon remboursement. Pourriez-vous vérifier où en est le dossier et me dire quand l'argent sera crédité sur ma carte ? Merci d'avance, Claire",
    customer: { phone: '+33 6 12 34 56 78' },
  },
  {
    language: 'es',
    subject: 'Problema con el pago',
    body: 'Hola, intenté pagar mi pedido con tarjeta tres veces y siempre me aparece un error al final del proceso, pero el banco me ha cobrado dos de los intentos. ¿Podrían revisar qué ha pasado y devolverme el dinero que se cobró de más? Adjunto las capturas de pantalla del error. Muchas gracias, Lucía',
    customer: { country: 'MX', locale: 'es-MX' },
  },
  {
    language: 'pt',
    subject: 'Produto com defeito',
    body: 'Olá, recebi ontem o liquidificador que comprei na semana passada, mas ele não liga de jeito nenhum. Já testei em outras tomadas e com outro cabo. Gostaria de saber como faço para trocar o produto ou receber o reembolso. Vocês enviam uma etiqueta de devolução ou preciso levar aos Correios? Obrigado, Rafael',
    customer: { timeZone: 'America/Sao_Paulo' },
  },
  {
    language: 'it',
    subject: 'Cambio taglia',
    body: "Buongiorno, ho ricevuto la giacca ordinata la settimana scorsa ma la taglia è troppo piccola. Vorrei cambiarla con una taglia più grande dello stesso colore. Potete dirmi come procedere con il reso e se le spese di spedizione sono a carico mio? Grazie mille per l'aiuto e buona giornata, Giulia Rossi",
    customer: { email: 'giulia@posta.it' },
  },
  {
    language: 'nl',
    subject: 'Verkeerd artikel ontvangen',
    body: 'Goedemiddag, vandaag heb ik mijn pakket ontvangen, maar er zat een blauwe trui in terwijl ik een groene had besteld. Kunnen jullie de juiste trui opsturen en laten weten hoe ik de verkeerde kan terugsturen? Ik heb de bestelling nodig voor een verjaardag volgende week. Alvast bedankt, Sanne de Vries',
    customer: { country: 'NL' },
  },
  {
    language: 'ja',
    subject: '注文した商品が届きません',
    body: 'お世話になっております。12月5日に注文したコートがまだ届いておりません。配送状況を確認したところ、数日前から「輸送中」のまま更新されていないようです。お手数ですが、配送業者に確認していただけますでしょうか。年末までに必要なため、間に合わない場合はキャンセルと返金をお願いしたいと考えております。よろしくお願いいたします。山田花子',
    customer: { locale: 'ja-JP' },
  },
  {
    language: 'zh',
    subject: '退款问题',
    body: '您好，我在十一月底退回了一双鞋子，物流信息显示你们已经在十二月二日签收，但是到现在我还没有收到退款。请问退款一般需要多长时间？能否帮我查一下处理进度？如果需要提供订单号或者其他信息，请告诉我。谢谢！王先生',
    customer: { phone: '+86 138 0013 8000' },
  },
  {
    language: 'ko',
    subject: '배송 지연 문의',
    body: '안녕하세요. 지난주에 주문한 가방이 아직 도착하지 않았습니다. 배송 조회를 해보니 며칠째 같은 상태로 멈춰 있습니다. 선물로 준비한 것이라 이번 주 안에 꼭 받아야 하는데, 배송 상황을 확인해 주실 수 있을까요? 빠른 답변 부탁드립니다. 감사합니다. 김민준',
    customer: { country: 'KR' },
  },
  {
    language: 'hi',
    subject: 'ऑर्डर रद्द करना है',
    body: 'नमस्ते, मैंने कल एक मोबाइल कवर ऑर्डर किया था लेकिन गलती से गलत मॉडल चुन लिया। क्या आप कृपया यह ऑर्डर रद्द कर सकते हैं और पैसे मेरे खाते में वापस भेज सकते हैं? अभी तक ऑर्डर भेजा नहीं गया है। आपकी मदद के लिए धन्यवाद। राहुल शर्मा',
    customer: { timeZone: 'Asia/Kolkata' },
  },
  {
    language: 'sv',
    subject: 'Fel storlek',
    body: 'Hej! Jag beställde ett par vinterkängor förra veckan men de är tyvärr för små. Kan jag byta dem mot en större storlek, och hur skickar jag tillbaka de gamla? Jag hittar ingen returetikett i paketet. Tack på förhand för hjälpen, och ha en fin dag! Vänliga hälsningar, Erik Lindqvist',
    customer: { email: 'erik@mail.se' },
  },
  {
    language: 'pl',
    subject: 'Brak faktury',
    body: 'Dzień dobry, złożyłem zamówienie na firmę i podałem numer NIP, ale w paczce nie było faktury, a w mailu z potwierdzeniem też jej nie znalazłem. Czy mogą Państwo przesłać fakturę VAT na mój adres e-mail? Potrzebuję jej do końca miesiąca do rozliczenia. Z góry dziękuję i pozdrawiam, Piotr Nowak',
    customer: { phone: '+48 601 234 567' },
  },
  {
    language: 'en',
    subject: 'Re: Damaged parcel',
    body: 'Thanks for the quick reply. The box was crushed on one side and two of the glasses inside are broken, photos attached.\n\nOn Tue, 15 Dec 2026 at 10:12, Support <help@example.com> wrote:\n> Could you send us a photo of the damage?\n> Kind regards, the support team\n\n-- \nAlex Morgan\nSent from my iPhone',
    customer: { country: 'AU', locale: 'en-AU' },
  },
];

/**
 * Sample message `i` (cycling through the list) as a ticket with id `id`, received at
 * `receivedAt`; each `i` is its own customer, so no ticket sticks to another's agent.
 */
export function sampleTicket(i: number, id: string, receivedAt: string): Ticket {
  const message = SAMPLE_MESSAGES[i % SAMPLE_MESSAGES.length]!;
  return {
    id,
    channel: 'email',
    receivedAt,
    subject: message.subject,
    body: message.body,
    customer: { ...message.customer, id: `customer-${i}` },
    priority: 'normal',
  };
}
