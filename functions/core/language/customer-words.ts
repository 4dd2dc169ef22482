/**
 * The words the customer wrote in a ticket body: quoted replies, forwarded headers, signatures,
 * "sent from my phone" lines and legal disclaimers removed (docs/routing.md). Those parts are
 * usually in the agent's or the mail client's language, and a long English quote outweighs a short
 * German question.
 */

/** A line that starts the quoted part of a reply: everything from it on is someone else's text. */
const REPLY_HEADERS: readonly RegExp[] = [
  // en "On Tue, 4 Mar 2025 at 09:12, Acme <a@b> wrote:" (Gmail, Apple Mail, Thunderbird)
  /^\s*On\b.{0,300}\bwrote\s*:\s*$/i,
  // en without the date: "Acme Support <a@b> wrote:", "a@b wrote:", "2025-03-04 9:12 GMT+01:00 a@b:"
  /^.{0,300}(?:<[^<>\s]+@[^<>\s]+>|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\)?\s*(?:wrote\s*)?:\s*$/i,
  // de "Am 04.03.2025 um 09:12 schrieb Acme <a@b>:"
  /^\s*Am\b.{0,300}\bschrieb\b.{0,300}:\s*$/i,
  // fr "Le mar. 4 mars 2025 à 09:12, Acme <a@b> a écrit :"
  /^\s*Le\b.{0,300}\ba\s+écrit\s*:\s*$/i,
  // es "El mar, 4 mar 2025 a las 09:12, Acme (<a@b>) escribió:"
  /^\s*El\b.{0,300}\bescribió\s*:\s*$/i,
  // it "Il giorno mar 4 mar 2025 alle ore 09:12 Acme <a@b> ha scritto:"
  /^\s*Il\b.{0,300}\bha\s+scritto\s*:\s*$/i,
  // pt "Em ter., 4 de mar. de 2025 às 09:12, Acme <a@b> escreveu:"
  /^\s*Em\b.{0,300}\bescreveu\s*:\s*$/i,
  // nl "Op di 4 mrt 2025 om 09:12 schreef Acme <a@b>:"
  /^\s*Op\b.{0,300}\bschreef\b.{0,300}:\s*$/i,
  // sv "Den tis 4 mars 2025 kl 09:12 skrev Acme <a@b>:", da/no "Den … skrev …:"
  /^\s*(?:Den|På)\b.{0,300}\bskrev\b.{0,300}:\s*$/i,
  // pl "W dniu 4.03.2025 o 09:12 Acme <a@b> napisał(a):"
  /^\s*(?:W dniu|Dnia)\b.{0,300}\bnapisał(?:\(a\)|a)?\s*:\s*$/i,
  // cs "Dne út 4. 3. 2025 v 9:12 odesílatel Acme <a@b> napsal:", sk "… napísal:"
  /^\s*Dne\b.{0,300}\bnaps(?:al|ala|al\(a\))\s*:\s*$/i,
  /^.{0,300}\bnapísal(?:\(a\)|a)?\s*:\s*$/i,
  // sl "Dne 4. 3. 2025 ob 09:12 je Acme <a@b> napisal(a):"
  /^.{0,300}\bje\b.{0,300}\bnapisal(?:\(a\)|a)?\s*:\s*$/i,
  // ru "… пишет:" / "… написал(а):"; JavaScript's \b only knows ASCII letters, hence \s
  /^.{0,300}\s(?:пишет|написал(?:\(а\)|а)?)\s*:\s*$/i,
  // uk "… пише:" / "… написав(ла):"
  /^.{0,300}\s(?:пише|написав(?:\(ла\)|ла)?)\s*:\s*$/i,
  // tr "4 Mar 2025 Sal, 09:12 tarihinde Acme <a@b> şunu yazdı:"
  /^.{0,300}\b(?:tarihinde\b.{0,300})?yazdı\s*:\s*$/i,
  // id/ms "Pada tanggal …, Acme <a@b> menulis:"
  /^\s*Pada\b.{0,300}\bmenulis\s*:\s*$/i,
  // vi "Vào 09:12 Th 3, 4 thg 3, 2025 Acme <a@b> đã viết:"
  /^.{0,300}\sđã viết\s*:\s*$/i,
  // fi "ti 4.3.2025 klo 9.12 Acme <a@b> kirjoitti:", hu "… ezt írta:", ro "… a scris:"
  /^.{0,300}\b(?:kirjoitti|ezt írta|a scris)\s*:\s*$/i,
  // ar "في الثلاثاء، 4 مارس 2025 … كتب:", he "… כתב/ה:"
  /^.{0,300}(?:كتب|כתב(?:\/ה)?)\s*:\s*$/,
  // ko "2025년 3월 4일 (화) 오전 9:12, Acme <a@b>님이 작성:"
  /^.{0,300}님이\s*작성\s*:\s*$/,
  // ja "2025年3月4日(火) 9:12 Acme <a@b>:" variants that name the act: "…さんは書きました:", "…のメッセージ:"
  /^.{0,300}(?:さんは書きました|のメッセージ|が書きました)\s*[:：]\s*$/,
  // zh "2025年3月4日周二 09:12，Acme <a@b> 写道：" / "寫道："
  /^.{0,300}(?:写道|寫道)\s*[:：]\s*$/,
  // th "เมื่อ … เขียนว่า:"
  /^.{0,300}เขียนว่า\s*:\s*$/,
];

/** Apple Mail's forward line, which has no dashes ("Begin forwarded message:"). */
const FORWARDED_MESSAGE =
  /^\s*(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht|Début du message réexpédié|Début du message transféré|Inicio del mensaje reenviado|Inizio messaggio inoltrato|Início da mensagem reencaminhada|Início da mensagem encaminhada|Begin doorgestuurd bericht|Vidarebefordrat brev|Początek przekazywanej wiadomości|Začátek přeposílané zprávy|Начало переадресованного сообщения|Початок пересланого повідомлення|İletilen mesajın başlangıcı|Bắt đầu tin nhắn được chuyển tiếp|Awal pesan yang diteruskan|転送されたメッセージ|转发的邮件|轉寄的郵件)\s*[:：]\s*$/i;

/** "-----Original Message-----" separators and their localized forms (Outlook, Lotus, mobile). */
const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Message d'origine|Message transféré|Mensaje original|Mensaje reenviado|Messaggio originale|Messaggio inoltrato|Mensagem original|Mensagem encaminhada|Oorspronkelijk bericht|Doorgestuurd bericht|Originalmeddelande|Vidarebefordrat meddelande|Oryginalna wiadomość|Wiadomość przekazana|Původní zpráva|Původní e-mail|Izvirno sporočilo|Исходное сообщение|Пересылаемое сообщение|Вихідне повідомлення|Orijinal Mesaj|Özgün ileti|Pesan Asli|Mesej Asal|Tin nhắn gốc|元のメッセージ|原始邮件|原始郵件|원본 메시지|الرسالة الأصلية|הודעה מקורית|ข้อความต้นฉบับ)\s*-{2,}\s*$/i;

/**
 * The first field of an Outlook reply header ("From:" and its translations). It only counts as
 * a header when a "Sent:/Date:" or "To:/Subject:" field follows within a few lines, so that a
 * customer writing "From: my old address" keeps their words.
 */
const HEADER_FROM =
  /^\s*\*?(?:From|Von|De|Da|Van|Från|Od|Fra|Lähettäjä|Feladó|От|Від|Kimden|Dari|Daripada|Từ|差出人|发件人|寄件者|보낸 사람|من|מאת|จาก)\s*\*?\s*[:：]/i;
const HEADER_FOLLOWER =
  /^\s*\*?(?:Sent|Date|To|Subject|Gesendet|Datum|An|Betreff|Envoyé|Date|À|Objet|Enviado(?: el)?|Fecha|Para|Asunto|Inviato|Data|A|Oggetto|Verzonden|Aan|Onderwerp|Skickat|Till|Ämne|Wysłano|Do|Temat|Odesláno|Komu|Předmět|Poslano|Za|Zadeva|Sendt|Til|Emne|Отправлено|Дата|Кому|Тема|Надіслано|Gönderildi|Kime|Konu|Tanggal|Kepada|Perihal|Subjek|Dikirim|Đã gửi|Đến|Chủ đề|送信日時|宛先|件名|发送时间|收件人|主题|寄件日期|收件者|主旨|보낸 날짜|받는 사람|제목|تاريخ|إلى|الموضوع|נשלח|אל|נושא|ส่ง|ถึง|เรื่อง)\s*\*?\s*[:：]/i;

/** Mobile and webmail footers such as "Sent from my iPhone", in the languages clients ship. */
const SENT_FROM_DEVICE =
  /^\s*(?:Sent from (?:my )?|Sent (?:via|with|using) |Get Outlook for |Gesendet von (?:meinem )?|Envoyé de (?:mon )?|Envoyé depuis (?:mon )?|Obtenir Outlook pour |Enviado desde (?:mi )?|Obtener Outlook para |Inviato da(?:l mio)? |Scarica Outlook per |Enviado do (?:meu )?|Enviado de (?:meu )?|Baixe o Outlook para |(?:Verzonden|Verstuurd) (?:vanaf|met) (?:mijn )?|Download Outlook voor |Skickat från (?:min )?|Wysłane z (?:mojego )?|Odesláno z (?:mého )?|Poslano iz (?:mojega )?|Sendt fra (?:min )?|Отправлено с (?:моего )?|Надіслано з (?:мого )?|(?:iPhone|iPad|Android)'(?:umdan|dan|den) gönderildi|Dikirim dari |Dihantar dari |Được gửi từ |)(?:iPhone|iPad|Android|Samsung|Galaxy|Huawei|Xiaomi|BlackBerry|mobile|phone|Outlook|Mail|Gmail|Yahoo|Proton\s?Mail|Spark|BlueMail|Superhuman|Edison|Tuta|smartphone|Handy|portable|móvil|cellulare|celular|telefoon|mobil|telefon|smartfona|smartfon|смартфона|телефона|iOS)(?![\w\u00c0-\u024f\u0400-\u04ff]).{0,40}$/i;
/** Footers that name the device mid-sentence, and the CJK, Korean, Arabic, Hebrew and Thai ones. */
const SENT_FROM_DEVICE_OTHER =
  /^\s*(?:Von meinem .{1,40} gesendet|(?:iPhone|iPad|Android|Outlook)\s*から送信|发自我的\s*(?:iPhone|iPad|Android|手机)|從我的\s*(?:iPhone|iPad|Android)\s*傳送|寄自我的\s*(?:iPhone|iPad)|(?:iPhone|iPad|Android|Galaxy)에서\s*보냄|(?:أُرسلت|أرسلت|مرسل) من (?:الـ)?(?:iPhone|آيفون|جهاز)|נשלח מה-?iPhone|ส่งจาก\s*iPhone).{0,40}$/i;

/** The opening words of a legal disclaimer; the disclaimer runs to the end of the message. */
const DISCLAIMER =
  /^\s*(?:\**\s*)?(?:CONFIDENTIALITY NOTICE|DISCLAIMER|This (?:e-?mail|message|communication)(?: and any (?:files|attachments)[^.]{0,80})? (?:is|are|may be|contains?) (?:confidential|intended|privileged)|The information (?:contained )?in this (?:e-?mail|message)|Diese (?:E-Mail|Nachricht) (?:enthält|ist) vertrauliche|Vertraulichkeitshinweis|Ce (?:message|courriel|e-mail)(?: et (?:ses|toutes les) pièces jointes)? (?:est|sont|contient|peut contenir) (?:confidentiel|strictement)|AVIS DE CONFIDENTIALITÉ|Este (?:mensaje|correo)(?: electrónico)? (?:y sus anexos )?(?:es|contiene|puede contener) (?:confidencial|información confidencial)|AVISO DE CONFIDENCIALIDAD|Questo (?:messaggio|e-?mail)(?: e i suoi allegati)? (?:è|sono|contiene|può contenere) (?:riservat|informazioni riservate|confidenzial)|Esta mensagem(?: e seus anexos)? (?:é|pode conter|contém) (?:confidencial|informações confidenciais)|Dit (?:e-?mailbericht|bericht)(?: en eventuele bijlagen)? (?:is|kan) vertrouwelijk|Detta (?:e-?post)?meddelande (?:är|kan innehålla) konfidentiell|Ta wiadomość (?:jest|może zawierać) (?:poufn|informacje poufne)|Tato zpráva (?:je|může obsahovat) (?:důvěrn|důvěrné)|Это сообщение (?:является|содержит|может содержать) конфиденциальн|Bu (?:e-?posta|mesaj) (?:gizli|ve ekleri gizli))/i;

/**
 * Disclaimers that open in other words: a line that starts like one ("The information in this
 * email…", "If you are not the intended recipient…", "IMPORTANT: …", "Privileged/Confidential…")
 * and names what disclaimers are about within its first 300 characters.
 */
const DISCLAIMER_OPENING =
  /^\s*\**\s*(?:(?:The )?(?:content|contents|information|material)s? (?:of|in|contained in|transmitted (?:by|in)) this|This (?:e-?mail|email message|message|communication|transmission|electronic mail)|Any (?:views|opinions)|If you (?:are not|have received this)|IMPORTANT|NOTICE|PRIVILEGED|CONFIDENTIAL|Privileged|Confidential|Legal (?:Notice|Disclaimer))\b/;
const DISCLAIMER_TERMS =
  /\b(?:confidential|privileged|intended (?:solely |only )?for|intended recipient|addressee|disclos|unauthori[sz]ed|prohibited|legally protected)/i;

function isDisclaimer(line: string): boolean {
  return DISCLAIMER.test(line) || (DISCLAIMER_OPENING.test(line) && DISCLAIMER_TERMS.test(line));
}

/**
 * Banners that mail gateways put above a message from outside the company ("CAUTION: This email
 * originated from outside of the organization…", "[EXTERNAL]"). They are not the customer's words
 * but sit above them, so the paragraph is removed instead of cutting there.
 */
const EXTERNAL_BANNER =
  /^\s*[[(*]*\s*(?:EXTERNAL(?: EMAIL| SENDER| MESSAGE)?|CAUTION|WARNING|ATTENTION|Caution|Warning)\b/;
const BANNER_TERMS =
  /\b(?:outside|external|originated|phishing|do not click|links or open attachments)\b/i;

function isBanner(paragraph: string): boolean {
  if (!EXTERNAL_BANNER.test(paragraph)) return false;
  return paragraph.trim().length <= 30 || BANNER_TERMS.test(paragraph);
}

/**
 * The closing of a letter on a line of its own ("Best regards,", "Mit freundlichen Grüßen",
 * "Cordialement"): when only a few short lines (name, title, company, phone) follow it to the end,
 * they are a signature without the "-- " delimiter, often in English under a customer's own
 * words, and are cut with the closing.
 */
const VALEDICTION =
  /^\s*(?:(?:best|kind|warm|warmest|many|with kind|with best)?\s*regards|best(?: wishes)?|cheers|thanks(?: (?:again|a lot|in advance))?|thank you(?: (?:very much|in advance))?|many thanks|sincerely|yours(?: sincerely| truly| faithfully)?|respectfully|br|mit freundlichen grüßen|mit freundlichem gruß|freundliche grüße|viele grüße|beste grüße|liebe grüße|lg|mfg|vg|gruß|cordialement|bien cordialement|bien à vous|salutations(?: distinguées)?|merci(?: d'avance| beaucoup)?|saludos(?: cordiales)?|un saludo|atentamente|gracias|cordiali saluti|distinti saluti|saluti|grazie(?: mille)?|atenciosamente|cumprimentos|obrigad[oa]|abraços?|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groeten|med vänliga hälsningar|med vänlig hälsning|vänliga hälsningar|mvh|hälsningar|pozdrawiam(?: serdecznie)?|z poważaniem|s pozdravem|děkuji|lep pozdrav|lp|с уважением|спасибо|з повагою|дякую|saygılarımla|iyi çalışmalar|teşekkürler|trân trọng|cảm ơn|hormat (?:saya|kami)|salam|terima kasih)\s*[,.!]*\s*$/i;

/** Lines of a signature block: short, and only a handful of them. */
const SIGNATURE_MAX_LINES = 6;
const SIGNATURE_MAX_LENGTH = 80;

function isSignatureBlock(lines: readonly string[], index: number): boolean {
  if (!VALEDICTION.test(lines[index] ?? '')) return false;
  const rest = lines.slice(index + 1).filter((line) => line.trim() !== '');
  return (
    rest.length <= SIGNATURE_MAX_LINES &&
    rest.every((line) => line.length <= SIGNATURE_MAX_LENGTH && !/^\s*>/.test(line))
  );
}

/** A signature delimiter: "-- " on its own line (RFC 3676 §4.3), tolerant of a lost trailing space. */
const SIGNATURE_DELIMITER = /^--\s*$/;

function isHeaderBlock(lines: readonly string[], index: number): boolean {
  const first = lines[index];
  if (first === undefined || !HEADER_FROM.test(first)) return false;
  let followers = 0;
  for (let i = index + 1; i < lines.length && i <= index + 5; i += 1) {
    const line = lines[i] ?? '';
    if (HEADER_FOLLOWER.test(line)) followers += 1;
  }
  return followers >= 1;
}

/** The line index where someone else's text starts, or `lines.length` when it never does. */
function endsWithColon(line: string): boolean {
  return /[:：]\s*$/.test(line);
}

function isReplyHeader(line: string): boolean {
  return endsWithColon(line) && REPLY_HEADERS.some((header) => header.test(line));
}

function isWrappedHeader(lines: readonly string[], index: number): boolean {
  const parts: string[] = [];
  for (let i = index; i < lines.length && i <= index + 2; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || /^\s*>/.test(line)) return false;
    if (i > index && isReplyHeader(line)) return false;
    parts.push(line.trim());
    if (parts.length > 1 && isReplyHeader(parts.join(' '))) return true;
  }
  return false;
}

function cutIndex(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (SIGNATURE_DELIMITER.test(line)) return i;
    if (ORIGINAL_MESSAGE.test(line) || FORWARDED_MESSAGE.test(line)) return i;
    if (isDisclaimer(line)) return i;
    if (isReplyHeader(line)) return i;
    // Mail clients wrap long "On … wrote:" headers over two or three consecutive lines. A line that
    // is a header on its own is cut at itself, so the customer's line above it is not taken along.
    if (isWrappedHeader(lines, i)) return i;
    if (isHeaderBlock(lines, i)) return i;
    if (i > 0 && isSignatureBlock(lines, i)) return i;
  }
  return lines.length;
}

/** `lines` without the paragraphs that are mail-gateway banners. */
function withoutBanners(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (!isBanner(paragraph.join('\n'))) kept.push(...paragraph);
    paragraph = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      kept.push(line);
    } else paragraph.push(line);
  }
  flush();
  return kept;
}

/**
 * A word every device footer of `SENT_FROM_DEVICE` names. Testing it first spares most lines the
 * footer pattern, whose case-insensitive Unicode alternatives take V8 milliseconds to compile:
 * that was the largest part of the first detection in a fresh Lambda.
 */
const DEVICE_WORD =
  /iphone|ipad|android|samsung|galaxy|huawei|xiaomi|blackberry|mobil|phone|outlook|mail|yahoo|spark|superhuman|edison|tuta|handy|portable|móvil|cellulare|celular|telefo|smartf|смартфон|телефон|ios/;

function isNoiseLine(line: string): boolean {
  if (/^\s*>/.test(line)) return true;
  if (DEVICE_WORD.test(line.toLowerCase()) && SENT_FROM_DEVICE.test(line)) return true;
  return SENT_FROM_DEVICE_OTHER.test(line);
}

/**
 * The text routing should look at: `body` without quoted replies, forwarded headers, signatures,
 * device footers and disclaimers. When stripping leaves nothing (a customer who answers inline,
 * between `>` lines) their unquoted lines are kept; when even that is empty the body is
 * returned as is, because their words are in there somewhere.
 */
export function customerWords(body: string): string {
  // Decomposed accents ("escribio" + U+0301, from macOS and iOS mail) are composed first, so the
  // localized patterns match.
  const composed = /[\u0300-\u036f]/.test(body) ? body.normalize('NFC') : body;
  const lines = withoutBanners(composed.replace(/\r\n?/g, '\n').split('\n'));
  const own = lines.slice(0, cutIndex(lines)).filter((line) => !isNoiseLine(line));
  const text = own.join('\n').trim();
  if (text !== '') return text;
  const inline = lines
    .filter((line, i) => !isNoiseLine(line) && !isReplyHeader(line) && !isHeaderBlock(lines, i))
    .join('\n')
    .trim();
  return inline === '' ? body.trim() : inline;
}
