/**
 * What mail clients write around a customer's words, per language: the line above a quoted reply,
 * the "-----Original Message-----" separators, the header fields of an Outlook-style quote and
 * the "Sent from my iPhone" footers. `mail-client-lines.ts` compiles this table into recognizers;
 * adding a client's phrase here is all it takes to teach routing to skip it.
 *
 * Reply headers are written as templates with two placeholders, as the clients print them:
 * `{date}` is a date and/or time in the local format ("Tue, 4 Mar 2025 at 09:12",
 * "ti 4.3.2025 klo 9.12", "2025年3月4日(火) 9:12") and `{sender}` a name and/or address. The
 * words before `{date}` open a header ("On", "Am", "In data"), a word between `{date}` and
 * `{sender}` is a verb that precedes the name ("schrieb", "skrev"), and the words before the
 * final colon close it ("wrote", "a écrit", "kirjoitti"). A header is recognized with or without
 * that colon, on one line or wrapped over several, in any of the languages.
 *
 * Footers use `{own}` for what follows a possessive ("Sent from my {own}": any short device name,
 * "Sent from my Verizon Wireless BlackBerry") and `{device}` where the name must be a device or
 * mail app that `DEVICE_WORDS` knows ("Sent from {device}" but not "Sent from the office").
 */
export interface MailClientPhrases {
  /** Lines above a quoted reply (Gmail, Apple Mail, Thunderbird, Yahoo, Zoho, K-9, …). */
  readonly replyHeaders: readonly string[];
  /** Titles of separator lines such as "-----Original Message-----" (Outlook, Samsung, Gmail). */
  readonly separators: readonly string[];
  /** Forward lines without dashes, as Apple Mail writes them ("Begin forwarded message:"). */
  readonly forwardLines: readonly string[];
  /** Outlook's quoted header fields ("From:", "Sent:", "To:", "Cc:", "Subject:"). */
  readonly headerFields: HeaderFieldNames;
  /** Device and app footers ("Sent from my {own}", "Get Outlook for {device}"). */
  readonly footers: readonly string[];
}

export interface HeaderFieldNames {
  readonly from?: readonly string[];
  /** Names only mail uses for the sending time ("Sent:", "Gesendet:"), unlike "Date:". */
  readonly sent?: readonly string[];
  readonly date?: readonly string[];
  readonly to?: readonly string[];
  readonly cc?: readonly string[];
  readonly subject?: readonly string[];
}

/**
 * Words in device and app footers. A footer's device name counts when it contains one of these
 * ("iPhonesta", "iPhone'umdan", "Galaxy-smartphone" included).
 */
export const DEVICE_WORDS: readonly string[] = [
  // Stems, so that inflected names count too: "iPhonu" (cs), "iPhona" (sl), "smartfona" (pl).
  'iphon',
  'ipad',
  'ipod',
  'macbook',
  'ios',
  'android',
  'samsung',
  'galaxy',
  'huawei',
  'honor',
  'xiaomi',
  'redmi',
  'oneplus',
  'oppo',
  'motorola',
  'nokia',
  'pixel',
  'htc',
  'xperia',
  'blackberr',
  'windows',
  'mobil',
  'móvil',
  'movil',
  'cellular',
  'cellulare',
  'celular',
  'telefo',
  'teléfono',
  'phone',
  'handy',
  'portable',
  'tablet',
  'device',
  'appareil',
  'messagerie',
  'dispositivo',
  'gerät',
  'apparaat',
  'enhet',
  'laite',
  'urządzen',
  'zařízení',
  'cihaz',
  'smartfon',
  'outlook',
  'mail',
  'yahoo',
  'proton',
  'spark',
  'bluemail',
  'superhuman',
  'edison',
  'airmail',
  'aquamail',
  'fairemail',
  'k-9',
  'tuta',
  'zoho',
  'aol',
  'gmx',
  'web.de',
  'acompli',
  'смартфон',
  'телефон',
  'мобильн',
  'устройств',
  'почт',
  'пристро',
  'جهاز',
  'آيفون',
  '手机',
  '手機',
  '邮箱',
  '메일',
];

export const MAIL_CLIENT_PHRASES: Readonly<Record<string, MailClientPhrases>> = {
  en: {
    replyHeaders: [
      'On {date}, {sender} wrote:', // Gmail, Apple Mail, Thunderbird, Yahoo, Proton, BlueMail
      'On {date} {sender} wrote:',
      'On {date}, {sender} sent:',
      'On {date}, {sender} writes:',
      '{sender} wrote:',
      '{date} {sender}:', // Gmail's date-first form: "2014-03-20 8:48 GMT+01:00 Rémi <r@x>:"
      '---- On {date} {sender} wrote ----', // Zoho Mail
      '---- {sender} wrote ----', // Android's stock mail app
    ],
    separators: [
      'Original Message',
      'Original Email',
      'Original message',
      'Reply Message',
      'Forwarded message',
      'Forwarded Message',
      'Forwarded email',
    ],
    forwardLines: ['Begin forwarded message:', 'Forwarded message:'],
    headerFields: {
      from: ['From'],
      sent: ['Sent'],
      date: ['Date'],
      to: ['To'],
      cc: ['Cc', 'Bcc'],
      subject: ['Subject'],
    },
    footers: [
      'Sent from my {own}', // iOS, Samsung, BlackBerry: "Sent from my Galaxy", "… iPhone"
      'Sent from {device}', // "Sent from Outlook", "Sent from Yahoo Mail on Android", "Sent from Mail for Windows"
      'Sent via {device}',
      'Sent with {device}', // "Sent with Proton Mail secure email.", "Sent with Spark"
      'Sent using {device}', // "Sent using Zoho Mail"
      'Sent wirelessly from my {own}', // BlackBerry
      'Sent on the go from {device}',
      'Get Outlook for {device}', // Outlook for iOS and Android
      'Download Outlook for {device}',
    ],
  },
  de: {
    replyHeaders: [
      'Am {date} schrieb {sender}:', // Gmail, Apple Mail, Thunderbird
      'Am {date} hat {sender} Folgendes geschrieben:', // Yahoo
      '{sender} schrieb am {date}:', // K-9 Mail
      '{sender} schrieb:',
      '---- Am {date} schrieb {sender} ----', // Zoho Mail
    ],
    separators: [
      'Ursprüngliche Nachricht',
      'Originalnachricht',
      'Original-Nachricht',
      'Weitergeleitete Nachricht',
      'Antwort Nachricht',
    ],
    forwardLines: [
      'Anfang der weitergeleiteten Nachricht:',
      'Anfang der weitergeleiteten E-Mail:',
      'Weitergeleitete Nachricht:',
    ],
    headerFields: {
      from: ['Von'],
      sent: ['Gesendet'],
      date: ['Datum'],
      to: ['An'],
      cc: ['Cc', 'Kopie'],
      subject: ['Betreff'],
    },
    footers: [
      'Von meinem {own} gesendet', // iOS
      'Gesendet von meinem {own}', // Android, Samsung
      'Gesendet von {device}',
      'Gesendet mit {device}',
      'Von {device} gesendet', // "Von Mail für Windows gesendet"
      'Diese Nachricht wurde von meinem {own} gesendet', // GMX and WEB.DE on Android
      'Holen Sie sich Outlook für {device}',
      'Outlook für {device} herunterladen',
    ],
  },
  fr: {
    replyHeaders: [
      'Le {date}, {sender} a écrit :', // Gmail, Apple Mail, Thunderbird, Yahoo
      'Le {date} {sender} a écrit :',
      '{sender} a écrit :',
      '---- Le {date} {sender} a écrit ----', // Zoho Mail
    ],
    separators: [
      "Message d'origine",
      'Message original',
      'Message transféré',
      'Message initial',
      'Courriel original',
      'Courriel transféré',
    ],
    forwardLines: ['Début du message réexpédié :', 'Début du message transféré :'],
    headerFields: {
      from: ['De'],
      sent: ['Envoyé', 'Envoyé le', 'Message du'],
      date: ['Date'],
      to: ['À', 'A', 'Pour'],
      cc: ['Cc', 'Copie à'],
      subject: ['Objet', 'Sujet'],
    },
    footers: [
      'Envoyé de mon {own}', // iOS
      'Envoyé depuis mon {own}', // Android, Samsung
      'Envoyé de {device}',
      'Envoyé depuis {device}', // "Envoyé depuis Yahoo Mail pour Android"
      'Envoyé à partir de {device}', // "Envoyé à partir de Outlook pour iOS", "… de Courrier pour Windows"
      'Envoyé avec {device}', // Proton Mail, Zoho
      'Envoyé par {device}',
      'Envoyé sans fil par mon {own}', // BlackBerry
      'Obtenir Outlook pour {device}',
      'Télécharger Outlook pour {device}',
    ],
  },
  es: {
    replyHeaders: [
      'El {date}, {sender} escribió:', // Gmail, Apple Mail, Yahoo
      'El {date} {sender} escribió:',
      '{sender} escribió:',
      '---- El {date} {sender} escribió ----',
    ],
    separators: ['Mensaje original', 'Mensaje reenviado', 'Correo original', 'Correo reenviado'],
    forwardLines: ['Inicio del mensaje reenviado:', 'Comienzo del mensaje reenviado:'],
    headerFields: {
      from: ['De'],
      sent: ['Enviado', 'Enviado el'],
      date: ['Fecha'],
      to: ['Para'],
      cc: ['CC', 'CCO'],
      subject: ['Asunto'],
    },
    footers: [
      'Enviado desde mi {own}', // iOS, Android, BlackBerry
      'Enviado desde {device}', // "Enviado desde Outlook", "… Correo para Windows"
      'Enviado con {device}',
      'Enviado a través de {device}',
      'Obtener Outlook para {device}',
      'Descargar Outlook para {device}',
    ],
  },
  it: {
    replyHeaders: [
      'Il giorno {date} {sender} ha scritto:', // Gmail, Apple Mail
      'Il {date}, {sender} ha scritto:', // Thunderbird, Yahoo
      'In data {date}, {sender} ha scritto:', // Outlook, Libero
      '{sender} ha scritto:',
    ],
    separators: ['Messaggio originale', 'Messaggio inoltrato', 'Email originale'],
    forwardLines: ['Inizio messaggio inoltrato:', 'Messaggio inoltrato:'],
    headerFields: {
      from: ['Da'],
      sent: ['Inviato'],
      date: ['Data'],
      to: ['A'],
      cc: ['Cc', 'Ccn'],
      subject: ['Oggetto'],
    },
    footers: [
      'Inviato da {device}', // iOS: "Inviato da iPhone"
      'Inviato dal mio {own}', // Android, Samsung
      'Inviato con {device}',
      'Scarica Outlook per {device}',
      'Ottieni Outlook per {device}',
    ],
  },
  pt: {
    replyHeaders: [
      'Em {date}, {sender} escreveu:', // Gmail, Apple Mail (Brazil)
      'A {date}, {sender} escreveu:', // Apple Mail (Portugal)
      'No dia {date}, {sender} escreveu:',
      '{sender} escreveu:',
    ],
    separators: [
      'Mensagem original',
      'Mensagem encaminhada',
      'Mensagem reencaminhada',
      'E-mail original',
    ],
    forwardLines: ['Início da mensagem reencaminhada:', 'Início da mensagem encaminhada:'],
    headerFields: {
      from: ['De'],
      sent: ['Enviado', 'Enviada', 'Enviado em'],
      date: ['Data'],
      to: ['Para'],
      cc: ['Cc', 'Cco'],
      subject: ['Assunto'],
    },
    footers: [
      'Enviado do meu {own}', // iOS
      'Enviado de meu {own}',
      'Enviado do {device}',
      'Enviado de {device}',
      'Enviado a partir do {device}',
      'Enviado com {device}',
      'Obter o Outlook para {device}',
      'Baixe o Outlook para {device}',
      'Obtenha o Outlook para {device}',
    ],
  },
  nl: {
    replyHeaders: [
      'Op {date} schreef {sender}:', // Gmail, Thunderbird
      'Op {date} heeft {sender} het volgende geschreven:', // Apple Mail
      '{sender} schreef:',
    ],
    separators: ['Oorspronkelijk bericht', 'Origineel bericht', 'Doorgestuurd bericht'],
    forwardLines: ['Begin doorgestuurd bericht:', 'Doorgestuurd bericht:'],
    headerFields: {
      from: ['Van'],
      sent: ['Verzonden'],
      date: ['Datum'],
      to: ['Aan'],
      cc: ['CC'],
      subject: ['Onderwerp'],
    },
    footers: [
      'Verstuurd vanaf mijn {own}', // iOS
      'Verzonden vanaf mijn {own}', // Android, Samsung
      'Verzonden met {device}',
      'Verstuurd met {device}',
      'Verzonden vanuit {device}',
      'Download Outlook voor {device}',
      'Outlook voor {device} downloaden',
    ],
  },
  sv: {
    replyHeaders: [
      'Den {date} skrev {sender}:', // Gmail, Apple Mail
      '{date} skrev {sender}:',
      '{sender} skrev:',
    ],
    separators: ['Ursprungligt meddelande', 'Originalmeddelande', 'Vidarebefordrat meddelande'],
    forwardLines: ['Vidarebefordrat brev:', 'Början på vidarebefordrat brev:'],
    headerFields: {
      from: ['Från'],
      sent: ['Skickat'],
      date: ['Datum'],
      to: ['Till'],
      cc: ['Kopia'],
      subject: ['Ämne'],
    },
    footers: [
      'Skickat från min {own}',
      'Skickat från {device}',
      'Skickat med {device}',
      'Skaffa Outlook för {device}',
      'Hämta Outlook för {device}',
    ],
  },
  da: {
    replyHeaders: [
      'Den {date} skrev {sender}:', // Apple Mail
      '{date} skrev {sender}:', // Gmail: "tir. 4. mar. 2025 kl. 09.12 skrev …"
      '{sender} skrev:',
    ],
    separators: [
      'Oprindelig meddelelse',
      'Original meddelelse',
      'Videresendt meddelelse',
      'Oprindelig besked',
      'Videresendt besked',
    ],
    forwardLines: ['Start på videresendt besked:', 'Videresendt besked:'],
    headerFields: {
      from: ['Fra'],
      sent: ['Sendt'],
      date: ['Dato'],
      to: ['Til'],
      cc: ['Cc'],
      subject: ['Emne'],
    },
    footers: [
      'Sendt fra min {own}',
      'Sendt fra {device}',
      'Sendt med {device}',
      'Hent Outlook til {device}',
      'Få Outlook til {device}',
    ],
  },
  no: {
    replyHeaders: [
      'Den {date} skrev {sender}:', // Apple Mail
      '{date} skrev {sender}:', // Gmail: "tir. 18. apr. 2017 kl. 13:09 skrev …"
      'På {date}, {sender} skrev:',
      '{sender} skrev:',
    ],
    separators: ['Opprinnelig melding', 'Original melding', 'Videresendt melding'],
    forwardLines: ['Videresendt melding:', 'Begynnelse på videresendt melding:'],
    headerFields: {
      from: ['Fra'],
      sent: ['Sendt'],
      date: ['Dato'],
      to: ['Til'],
      cc: ['Kopi'],
      subject: ['Emne'],
    },
    footers: [
      'Sendt fra min {own}',
      'Sendt fra {device}',
      'Hent Outlook for {device}',
      'Skaff deg Outlook for {device}',
    ],
  },
  fi: {
    replyHeaders: [
      '{date} {sender} kirjoitti:', // Gmail: "ti 4.3.2025 klo 9.12 Acme <a@b> kirjoitti:"
      '{sender} kirjoitti {date}:',
      '{sender} kirjoitti:',
    ],
    separators: ['Alkuperäinen viesti', 'Välitetty viesti', 'Edelleenlähetetty viesti'],
    forwardLines: ['Välitetty viesti alkaa:', 'Alkuperäinen viesti alkaa:'],
    headerFields: {
      from: ['Lähettäjä'],
      sent: ['Lähetetty'],
      date: ['Päivämäärä'],
      to: ['Vastaanottaja'],
      cc: ['Kopio'],
      subject: ['Aihe'],
    },
    footers: ['Lähetetty {device}', 'Hanki Outlook for {device}', 'Hanki Outlook {device}'],
  },
  is: {
    replyHeaders: ['{date} skrifaði {sender}:', '{sender} skrifaði:', '{sender} reit:'],
    separators: ['Upprunaleg skilaboð', 'Framsend skilaboð', 'Upprunalegt skeyti'],
    forwardLines: ['Upphaf framsendra skilaboða:'],
    headerFields: {
      from: ['Frá'],
      sent: ['Sent'],
      date: ['Dagsetning'],
      to: ['Til'],
      cc: ['Afrit'],
      subject: ['Efni'],
    },
    footers: ['Sent úr {device}', 'Sent frá {device}'],
  },
  pl: {
    replyHeaders: [
      'W dniu {date} {sender} napisał(a):', // Gmail, Thunderbird
      'W dniu {date}, {sender} pisze:', // Thunderbird
      'Dnia {date} {sender} napisał(a):',
      '{date} {sender} napisał(a):', // Gmail: "wt., 4 mar 2025 o 09:12 Acme <a@b> napisał(a):"
      '{sender} napisał:',
      '{sender} napisała:',
      'Wiadomość napisana przez {sender} w dniu {date}:', // Apple Mail
    ],
    separators: [
      'Oryginalna wiadomość',
      'Wiadomość oryginalna',
      'Przekazana wiadomość',
      'Wiadomość przekazana',
    ],
    forwardLines: ['Początek przekazywanej wiadomości:', 'Początek przekazanej wiadomości:'],
    headerFields: {
      from: ['Od'],
      sent: ['Wysłano', 'Wysłane'],
      date: ['Data'],
      to: ['Do'],
      cc: ['DW', 'Kopia'],
      subject: ['Temat'],
    },
    footers: [
      'Wysłane z mojego {own}',
      'Wysłane z {device}',
      'Wysłano z {device}',
      'Pobierz aplikację Outlook dla {device}',
      'Pobierz Outlook dla {device}',
    ],
  },
  cs: {
    replyHeaders: [
      'Dne {date} {sender} napsal(a):', // Thunderbird
      '{date} odesílatel {sender} napsal:', // Gmail
      'Dne {date} {sender} napsal:',
      '{sender} napsala:',
    ],
    separators: ['Původní zpráva', 'Přeposlaná zpráva', 'Původní e-mail'],
    forwardLines: ['Začátek přeposílané zprávy:'],
    headerFields: {
      from: ['Od'],
      sent: ['Odesláno'],
      date: ['Datum'],
      to: ['Komu'],
      cc: ['Kopie'],
      subject: ['Předmět'],
    },
    footers: [
      'Odesláno z mého {own}',
      'Odesláno z {device}',
      'Odesláno ze {device}',
      'Stáhněte si Outlook pro {device}',
      'Získejte Outlook pro {device}',
    ],
  },
  sk: {
    replyHeaders: ['Dňa {date} {sender} napísal(a):', '{date} {sender} napísal:'],
    separators: ['Pôvodná správa', 'Preposlaná správa'],
    forwardLines: ['Začiatok preposlanej správy:'],
    headerFields: {
      from: ['Od'],
      sent: ['Odoslané'],
      date: ['Dátum'],
      to: ['Komu'],
      cc: ['Kópia'],
      subject: ['Predmet'],
    },
    footers: ['Odoslané z môjho {own}', 'Odoslané z {device}'],
  },
  sl: {
    replyHeaders: [
      '{date} je {sender} napisal(a):', // Gmail
      'Dne {date} je {sender} napisal:',
      '{sender} napisala:',
    ],
    separators: ['Izvirno sporočilo', 'Posredovano sporočilo'],
    forwardLines: ['Začetek posredovanega sporočila:'],
    headerFields: {
      from: ['Od'],
      sent: ['Poslano'],
      date: ['Datum'],
      to: ['Za'],
      cc: ['Kp'],
      subject: ['Zadeva'],
    },
    footers: [
      'Poslano iz mojega {own}',
      'Poslano z mojega {own}',
      'Poslano iz {device}',
      'Poslano z {device}',
      'Prenesite Outlook za {device}',
    ],
  },
  ru: {
    replyHeaders: [
      '{date}, {sender} пишет:', // Thunderbird, Yandex
      '{date}, {sender} написал(а):', // Apple Mail
      '{date} пользователь {sender} написал:', // Android
      '{sender} написал:',
      '{sender} написала:',
    ],
    separators: [
      'Исходное сообщение',
      'Пересылаемое сообщение',
      'Оригинальное сообщение',
      'Переадресованное сообщение',
      'Пересланное сообщение',
    ],
    forwardLines: ['Начало переадресованного сообщения:', 'Пересылаемое сообщение:'],
    headerFields: {
      from: ['От'],
      sent: ['Отправлено'],
      date: ['Дата'],
      to: ['Кому'],
      cc: ['Копия'],
      subject: ['Тема'],
    },
    footers: [
      'Отправлено с моего {own}',
      'Отправлено с {device}',
      'Отправлено из {device}', // "Отправлено из мобильной Почты Mail.ru"
      'Получить Outlook для {device}',
      'Загрузите Outlook для {device}',
    ],
  },
  uk: {
    replyHeaders: [
      '{date} {sender} пише:', // Gmail
      '{date} {sender} написав(ла):', // Apple Mail
      '{sender} написав:',
      '{sender} написала:',
    ],
    separators: [
      'Вихідне повідомлення',
      'Оригінальне повідомлення',
      'Переслане повідомлення',
      'Пересланий лист',
    ],
    forwardLines: ['Початок пересланого повідомлення:'],
    headerFields: {
      from: ['Від'],
      sent: ['Надіслано'],
      date: ['Дата'],
      to: ['Кому'],
      cc: ['Копія'],
      subject: ['Тема'],
    },
    footers: [
      'Надіслано з мого {own}',
      'Надіслано з {device}',
      'Отримати Outlook для {device}',
      'Завантажте Outlook для {device}',
    ],
  },
  tr: {
    replyHeaders: [
      '{sender}, {date} tarihinde şunu yazdı:', // Gmail
      '{date} tarihinde {sender} şunları yazdı:', // Apple Mail
      '{sender} yazdı:',
    ],
    separators: ['Orijinal Mesaj', 'Özgün ileti', 'İletilen mesaj', 'İletilen ileti'],
    forwardLines: ['İletilen e-posta:', 'İletilen mesajın başlangıcı:'],
    headerFields: {
      from: ['Kimden', 'Gönderen'],
      sent: ['Gönderildi', 'Gönderilme tarihi'],
      date: ['Tarih'],
      to: ['Kime', 'Alıcı'],
      cc: ['Bilgi', 'Cc'],
      subject: ['Konu'],
    },
    footers: ['{device} gönderildi', "{device} için Outlook'u edinin"],
  },
  ar: {
    replyHeaders: [
      'في {date}، كتب {sender}:', // Gmail
      '{sender} كتب:',
    ],
    separators: ['الرسالة الأصلية', 'رسالة معاد توجيهها', 'الرسالة المعاد توجيهها'],
    forwardLines: ['بداية الرسالة المُعاد توجيهها:', 'بداية الرسالة المعاد توجيهها:'],
    headerFields: {
      from: ['من'],
      sent: ['تاريخ الإرسال', 'أرسلت'],
      date: ['التاريخ'],
      to: ['إلى'],
      cc: ['نسخة'],
      subject: ['الموضوع'],
    },
    footers: [
      'أُرسلت من {device}',
      'أرسلت من {device}',
      'مرسل من {device}',
      'تم الإرسال من {device}',
    ],
  },
  he: {
    replyHeaders: [
      'בתאריך {date}, מאת {sender}:', // Gmail
      '{date}, {sender} כתב/ה:', // Apple Mail
      '{sender} כתב:',
    ],
    separators: ['הודעה מקורית', 'הודעה שהועברה'],
    forwardLines: ['תחילת הודעה שהועברה:'],
    headerFields: {
      from: ['מאת'],
      sent: ['נשלח'],
      date: ['תאריך'],
      to: ['אל'],
      cc: ['עותק'],
      subject: ['נושא'],
    },
    footers: ['נשלח {device}'],
  },
  hi: {
    replyHeaders: ['{date} {sender} ने लिखा:'], // Gmail: "मंगल, 4 मार्च 2025 को 9:12 am बजे Acme <a@b> ने लिखा:"
    separators: ['मूल संदेश', 'अग्रेषित संदेश'],
    forwardLines: ['अग्रेषित संदेश:'],
    headerFields: {
      from: ['प्रेषक'],
      sent: ['भेजा गया'],
      date: ['दिनांक'],
      to: ['प्रति'],
      subject: ['विषय'],
    },
    footers: ['{device} से भेजा गया'],
  },
  th: {
    replyHeaders: ['เมื่อ {date} {sender} เขียนว่า:'], // Gmail
    separators: ['ข้อความต้นฉบับ', 'ข้อความที่ส่งต่อ'],
    forwardLines: ['เริ่มข้อความที่ส่งต่อ:'],
    headerFields: {
      from: ['จาก'],
      sent: ['ส่ง'],
      date: ['วันที่'],
      to: ['ถึง'],
      cc: ['สำเนา'],
      subject: ['เรื่อง'],
    },
    footers: ['ส่งจาก {device}'],
  },
  vi: {
    replyHeaders: [
      'Vào {date} {sender} đã viết:', // Gmail
      'Vào {date}, {sender} đã viết:',
      'Lúc {date}, {sender} đã viết:',
    ],
    separators: ['Tin nhắn gốc', 'Thư gốc', 'Thư chuyển tiếp', 'Tin nhắn được chuyển tiếp'],
    forwardLines: ['Bắt đầu tin nhắn được chuyển tiếp:', 'Bắt đầu thư được chuyển tiếp:'],
    headerFields: {
      from: ['Từ'],
      sent: ['Đã gửi'],
      date: ['Ngày'],
      to: ['Đến', 'Tới'],
      cc: ['Cc'],
      subject: ['Chủ đề'],
    },
    footers: ['Được gửi từ {device}', 'Gửi từ {device}'],
  },
  id: {
    replyHeaders: [
      'Pada {date} {sender} menulis:', // Gmail
      'Pada tanggal {date}, {sender} menulis:',
    ],
    separators: ['Pesan Asli', 'Pesan yang diteruskan', 'Pesan terusan'],
    forwardLines: ['Awal pesan yang diteruskan:'],
    headerFields: {
      from: ['Dari'],
      sent: ['Dikirim'],
      date: ['Tanggal'],
      to: ['Kepada'],
      cc: ['Cc', 'Tembusan'],
      subject: ['Subjek', 'Perihal'],
    },
    footers: ['Dikirim dari {device}', 'Dapatkan Outlook untuk {device}'],
  },
  ms: {
    replyHeaders: ['Pada {date}, {sender} menulis:'],
    separators: ['Mesej Asal', 'Mesej dimajukan', 'Mesej yang dimajukan'],
    forwardLines: ['Permulaan mesej yang dimajukan:'],
    headerFields: {
      from: ['Daripada'],
      sent: ['Dihantar'],
      date: ['Tarikh'],
      to: ['Kepada'],
      subject: ['Subjek', 'Perkara'],
    },
    footers: ['Dihantar dari {device}', 'Dihantar daripada {device}'],
  },
  ja: {
    replyHeaders: [
      '{date}、{sender}のメッセージ:', // Apple Mail
      '{date} {sender} さんは書きました:', // Thunderbird
      '{date} {sender} が書きました:',
    ],
    separators: ['元のメッセージ', '転送されたメッセージ'],
    forwardLines: ['転送されたメッセージ:'],
    headerFields: {
      from: ['差出人', '送信者'],
      sent: ['送信日時'],
      date: ['日付'],
      to: ['宛先'],
      cc: ['CC'],
      subject: ['件名'],
    },
    footers: ['{device}から送信'],
  },
  ko: {
    replyHeaders: [
      '{date}, {sender}님이 작성:', // Gmail
      '{date} {sender} 작성:', // Apple Mail
    ],
    separators: ['원본 메시지', '전달된 메시지'],
    forwardLines: ['전달된 메일:'],
    headerFields: {
      from: ['보낸 사람'],
      sent: ['보낸 날짜'],
      date: ['날짜'],
      to: ['받는 사람'],
      cc: ['참조'],
      subject: ['제목'],
    },
    footers: ['{device}에서 보냄'],
  },
  zh: {
    replyHeaders: [
      '{sender} 于{date}写道：', // Gmail (Simplified)
      '{sender} 於 {date} 寫道：', // Gmail (Traditional)
      '{date}，{sender} 写道：', // Apple Mail
      '在 {date}，{sender} 写道：', // Apple Mail on iPhone
      '{date}，{sender} 寫道：',
    ],
    separators: ['原始邮件', '原始郵件', '转发的邮件', '轉寄的郵件', '原邮件', '转发邮件'],
    forwardLines: ['转发的邮件：', '以下是轉寄的郵件：', '開始轉寄的郵件：'],
    headerFields: {
      from: ['发件人', '寄件者', '寄件人'],
      sent: ['发送时间', '寄件日期', '傳送時間'],
      date: ['日期'],
      to: ['收件人', '收件者'],
      cc: ['抄送', '副本'],
      subject: ['主题', '主旨'],
    },
    footers: [
      '发自我的{own}',
      '發自我的{own}',
      '从我的{device}发送',
      '從我的{device}傳送',
      '寄自我的{own}',
    ],
  },
  uz: {
    replyHeaders: ['{date} {sender} yozdi:', '{date} {sender} ёзди:'],
    separators: ['Asl xabar', 'Yo‘naltirilgan xabar', 'Асл хабар'],
    forwardLines: ['Yo‘naltirilgan xabar:'],
    headerFields: {
      from: ['Kimdan', 'Кимдан'],
      sent: ['Yuborildi', 'Юборилди'],
      date: ['Sana', 'Сана'],
      to: ['Kimga', 'Кимга'],
      subject: ['Mavzu', 'Мавзу'],
    },
    footers: ['{device} yuborildi', '{device} юборилди'],
  },
  hu: {
    replyHeaders: [
      '{date} {sender} ezt írta:', // Gmail
      '{date} keltezéssel, {sender} írta:', // Thunderbird
    ],
    separators: ['Eredeti üzenet', 'Továbbított üzenet'],
    forwardLines: ['Továbbított levél kezdete:'],
    headerFields: {
      from: ['Feladó'],
      sent: ['Elküldve'],
      date: ['Dátum'],
      to: ['Címzett'],
      cc: ['Másolatot kap'],
      subject: ['Tárgy'],
    },
    footers: ['{device} küldve', 'Küldve {device}'],
  },
  ro: {
    replyHeaders: ['{date}, {sender} a scris:', 'În {date}, {sender} a scris:'],
    separators: ['Mesaj original', 'Mesaj redirecționat'],
    forwardLines: ['Începutul mesajului redirecționat:'],
    headerFields: {
      from: ['De la'],
      sent: ['Trimis'],
      date: ['Data'],
      to: ['Către'],
      cc: ['Cc'],
      subject: ['Subiect'],
    },
    footers: ['Trimis de pe {device}', 'Trimis din {device}'],
  },
  ca: {
    replyHeaders: ['El {date}, {sender} va escriure:', 'El {date}, {sender} ha escrit:'],
    separators: ['Missatge original', 'Missatge reenviat'],
    forwardLines: ['Inici del missatge reenviat:'],
    headerFields: {
      from: ['De'],
      sent: ['Enviat'],
      date: ['Data'],
      to: ['Per a'],
      cc: ['A/c'],
      subject: ['Assumpte'],
    },
    footers: ['Enviat des del meu {own}', 'Enviat des de {device}'],
  },
};
