import type { ReplyTexts } from './reply-texts';

// One entry per support language the detector names. Languages whose grammar would bend the date
// after a preposition (Slavic cases, Turkish suffixes) put it after a colon instead, so a date
// formatted by Intl always reads right. Addressing is formal where the language makes a choice.

const en: ReplyTexts = {
  locale: 'en-GB',
  subjectFallback: 'Your message',
  greeting: 'Hello {name},',
  greetingNoName: 'Hello,',
  received: 'Thank you for your message. We have received it under the reference {ticket}.',
  replyBy: 'You will hear from us by {replyBy}.',
  noPromise: 'We will get back to you as soon as our team is available again.',
  holiday: 'Our team in {team} is closed for {holiday}.',
  weekend: 'Our team in {team} is closed for the weekend.',
  footer:
    'This is an automatic reply. If you would like to add anything, simply reply to this email.',
  signOff: 'The {brand} support team',
  signOffNoBrand: 'The support team',
};

const de: ReplyTexts = {
  locale: 'de',
  subjectFallback: 'Ihre Nachricht',
  greeting: 'Hallo {name},',
  greetingNoName: 'Hallo,',
  received: 'Vielen Dank für Ihre Nachricht. Wir haben sie unter der Referenz {ticket} erhalten.',
  replyBy: 'Sie hören bis {replyBy} von uns.',
  noPromise: 'Wir melden uns, sobald unser Team wieder erreichbar ist.',
  holiday: 'Unser Team in {team} hat wegen {holiday} geschlossen.',
  weekend: 'Unser Team in {team} hat am Wochenende geschlossen.',
  footer:
    'Dies ist eine automatische Antwort. Wenn Sie etwas ergänzen möchten, antworten Sie einfach auf diese E-Mail.',
  signOff: 'Ihr {brand}-Supportteam',
  signOffNoBrand: 'Ihr Supportteam',
};

const fr: ReplyTexts = {
  locale: 'fr',
  subjectFallback: 'Votre message',
  greeting: 'Bonjour {name},',
  greetingNoName: 'Bonjour,',
  received: 'Merci pour votre message. Nous l’avons bien reçu sous la référence {ticket}.',
  replyBy: 'Nous vous répondrons d’ici le {replyBy}.',
  noPromise: 'Nous vous répondrons dès que notre équipe sera de nouveau disponible.',
  holiday: 'Notre équipe de {team} est fermée pour {holiday}.',
  weekend: 'Notre équipe de {team} est fermée le week-end.',
  footer:
    'Ceci est une réponse automatique. Pour ajouter quelque chose, il vous suffit de répondre à cet e-mail.',
  signOff: 'L’équipe support {brand}',
  signOffNoBrand: 'L’équipe support',
};

const es: ReplyTexts = {
  locale: 'es',
  subjectFallback: 'Su mensaje',
  greeting: 'Hola, {name}:',
  greetingNoName: 'Hola:',
  received: 'Gracias por su mensaje. Lo hemos recibido con la referencia {ticket}.',
  replyBy: 'Le responderemos antes del {replyBy}.',
  noPromise: 'Le responderemos en cuanto nuestro equipo vuelva a estar disponible.',
  holiday: 'Nuestro equipo de {team} está cerrado por {holiday}.',
  weekend: 'Nuestro equipo de {team} está cerrado durante el fin de semana.',
  footer:
    'Esta es una respuesta automática. Si desea añadir algo, basta con responder a este correo.',
  signOff: 'El equipo de soporte de {brand}',
  signOffNoBrand: 'El equipo de soporte',
};

const it: ReplyTexts = {
  locale: 'it',
  subjectFallback: 'Il suo messaggio',
  greeting: 'Gentile {name},',
  greetingNoName: 'Buongiorno,',
  received: 'Grazie per il suo messaggio. Lo abbiamo ricevuto con il riferimento {ticket}.',
  replyBy: 'Riceverà una nostra risposta entro {replyBy}.',
  noPromise: 'Le risponderemo non appena il nostro team sarà di nuovo disponibile.',
  holiday: 'Il nostro team di {team} è chiuso per {holiday}.',
  weekend: 'Il nostro team di {team} è chiuso per il fine settimana.',
  footer:
    'Questa è una risposta automatica. Se desidera aggiungere qualcosa, risponda semplicemente a questa e-mail.',
  signOff: 'Il team di assistenza {brand}',
  signOffNoBrand: 'Il team di assistenza',
};

const pt: ReplyTexts = {
  locale: 'pt',
  subjectFallback: 'Sua mensagem',
  greeting: 'Olá, {name},',
  greetingNoName: 'Olá,',
  received: 'Obrigado pela sua mensagem. Nós a recebemos com a referência {ticket}.',
  replyBy: 'Você receberá nossa resposta até {replyBy}.',
  noPromise: 'Responderemos assim que nossa equipe estiver disponível novamente.',
  holiday: 'Nossa equipe em {team} está fechada por causa de {holiday}.',
  weekend: 'Nossa equipe em {team} está fechada no fim de semana.',
  footer:
    'Esta é uma resposta automática. Se quiser acrescentar algo, basta responder a este e-mail.',
  signOff: 'Equipe de suporte {brand}',
  signOffNoBrand: 'Equipe de suporte',
};

const nl: ReplyTexts = {
  locale: 'nl',
  subjectFallback: 'Uw bericht',
  greeting: 'Hallo {name},',
  greetingNoName: 'Hallo,',
  received: 'Bedankt voor uw bericht. We hebben het ontvangen onder referentie {ticket}.',
  replyBy: 'U hoort uiterlijk {replyBy} van ons.',
  noPromise: 'We nemen contact met u op zodra ons team weer beschikbaar is.',
  holiday: 'Ons team in {team} is gesloten vanwege {holiday}.',
  weekend: 'Ons team in {team} is in het weekend gesloten.',
  footer:
    'Dit is een automatisch antwoord. Wilt u iets toevoegen? Beantwoord dan gewoon deze e-mail.',
  signOff: 'Het supportteam van {brand}',
  signOffNoBrand: 'Het supportteam',
};

const sv: ReplyTexts = {
  locale: 'sv',
  subjectFallback: 'Ditt meddelande',
  greeting: 'Hej {name},',
  greetingNoName: 'Hej,',
  received: 'Tack för ditt meddelande. Vi har tagit emot det med referensen {ticket}.',
  replyBy: 'Du får svar från oss senast {replyBy}.',
  noPromise: 'Vi återkommer så snart vårt team är tillgängligt igen.',
  holiday: 'Vårt team i {team} har stängt på grund av {holiday}.',
  weekend: 'Vårt team i {team} har stängt över helgen.',
  footer:
    'Detta är ett automatiskt svar. Om du vill lägga till något svarar du bara på det här mejlet.',
  signOff: 'Supportteamet på {brand}',
  signOffNoBrand: 'Supportteamet',
};

const pl: ReplyTexts = {
  locale: 'pl',
  subjectFallback: 'Twoja wiadomość',
  greeting: 'Dzień dobry, {name},',
  greetingNoName: 'Dzień dobry,',
  received: 'Dziękujemy za wiadomość. Otrzymaliśmy ją pod numerem referencyjnym {ticket}.',
  replyBy: 'Termin odpowiedzi: {replyBy}.',
  noPromise: 'Odpowiemy, gdy tylko nasz zespół będzie ponownie dostępny.',
  holiday: 'Nasz zespół w {team} jest nieczynny z powodu święta: {holiday}.',
  weekend: 'Nasz zespół w {team} jest nieczynny w weekend.',
  footer:
    'To jest automatyczna odpowiedź. Jeśli chcesz coś dodać, po prostu odpowiedz na tę wiadomość.',
  signOff: 'Zespół wsparcia {brand}',
  signOffNoBrand: 'Zespół wsparcia',
};

const cs: ReplyTexts = {
  locale: 'cs',
  subjectFallback: 'Vaše zpráva',
  greeting: 'Dobrý den, {name},',
  greetingNoName: 'Dobrý den,',
  received: 'Děkujeme za vaši zprávu. Přijali jsme ji pod číslem {ticket}.',
  replyBy: 'Termín odpovědi: {replyBy}.',
  noPromise: 'Ozveme se vám, jakmile bude náš tým opět k dispozici.',
  holiday: 'Náš tým v {team} má zavřeno kvůli svátku: {holiday}.',
  weekend: 'Náš tým v {team} má o víkendu zavřeno.',
  footer:
    'Toto je automatická odpověď. Pokud chcete něco doplnit, stačí odpovědět na tento e-mail.',
  signOff: 'Tým podpory {brand}',
  signOffNoBrand: 'Tým podpory',
};

const sl: ReplyTexts = {
  locale: 'sl',
  subjectFallback: 'Vaše sporočilo',
  greeting: 'Pozdravljeni, {name},',
  greetingNoName: 'Pozdravljeni,',
  received: 'Hvala za vaše sporočilo. Prejeli smo ga pod referenčno številko {ticket}.',
  replyBy: 'Rok za odgovor: {replyBy}.',
  noPromise: 'Odgovorili vam bomo, takoj ko bo naša ekipa spet na voljo.',
  holiday: 'Naša ekipa v {team} je zaprta zaradi praznika: {holiday}.',
  weekend: 'Naša ekipa v {team} je ob koncu tedna zaprta.',
  footer:
    'To je samodejni odgovor. Če želite kaj dodati, preprosto odgovorite na to e-poštno sporočilo.',
  signOff: 'Ekipa podpore {brand}',
  signOffNoBrand: 'Ekipa podpore',
};

const ru: ReplyTexts = {
  locale: 'ru',
  subjectFallback: 'Ваше сообщение',
  greeting: 'Здравствуйте, {name}!',
  greetingNoName: 'Здравствуйте!',
  received: 'Спасибо за ваше сообщение. Мы получили его под номером {ticket}.',
  replyBy: 'Срок ответа: {replyBy}.',
  noPromise: 'Мы свяжемся с вами, как только наша команда снова будет на связи.',
  holiday: 'Наша команда в {team} не работает по случаю праздника: {holiday}.',
  weekend: 'Наша команда в {team} не работает в выходные.',
  footer: 'Это автоматический ответ. Если хотите что-то добавить, просто ответьте на это письмо.',
  signOff: 'Команда поддержки {brand}',
  signOffNoBrand: 'Команда поддержки',
};

const uk: ReplyTexts = {
  locale: 'uk',
  subjectFallback: 'Ваше повідомлення',
  greeting: 'Вітаємо, {name}!',
  greetingNoName: 'Вітаємо!',
  received: 'Дякуємо за ваше повідомлення. Ми отримали його під номером {ticket}.',
  replyBy: 'Термін відповіді: {replyBy}.',
  noPromise: 'Ми зв’яжемося з вами, щойно наша команда знову буде на зв’язку.',
  holiday: 'Наша команда в {team} не працює з нагоди свята: {holiday}.',
  weekend: 'Наша команда в {team} не працює у вихідні.',
  footer: 'Це автоматична відповідь. Якщо хочете щось додати, просто дайте відповідь на цей лист.',
  signOff: 'Команда підтримки {brand}',
  signOffNoBrand: 'Команда підтримки',
};

const tr: ReplyTexts = {
  locale: 'tr',
  subjectFallback: 'Mesajınız',
  greeting: 'Merhaba {name},',
  greetingNoName: 'Merhaba,',
  received: 'Mesajınız için teşekkür ederiz. Mesajınızı {ticket} referans numarasıyla aldık.',
  replyBy: 'Yanıt süresi: {replyBy}.',
  noPromise: 'Ekibimiz yeniden hizmet vermeye başlar başlamaz size yanıt vereceğiz.',
  holiday: '{team} ekibimiz şu tatil nedeniyle kapalı: {holiday}.',
  weekend: '{team} ekibimiz hafta sonu kapalı.',
  footer:
    'Bu otomatik bir yanıttır. Eklemek istediğiniz bir şey varsa bu e-postayı yanıtlamanız yeterlidir.',
  signOff: '{brand} destek ekibi',
  signOffNoBrand: 'Destek ekibi',
};

const ar: ReplyTexts = {
  locale: 'ar',
  subjectFallback: 'رسالتك',
  greeting: 'مرحبًا {name}،',
  greetingNoName: 'مرحبًا،',
  received: 'شكرًا لرسالتك. لقد استلمناها برقم المرجع {ticket}.',
  replyBy: 'سنرد عليك في موعد أقصاه {replyBy}.',
  noPromise: 'سنرد عليك فور عودة فريقنا إلى العمل.',
  holiday: 'فريقنا في {team} في إجازة بمناسبة {holiday}.',
  weekend: 'فريقنا في {team} في إجازة نهاية الأسبوع.',
  footer: 'هذا رد تلقائي. إذا أردت إضافة أي شيء، فما عليك سوى الرد على هذه الرسالة.',
  signOff: 'فريق دعم {brand}',
  signOffNoBrand: 'فريق الدعم',
};

const he: ReplyTexts = {
  locale: 'he',
  subjectFallback: 'ההודעה שלך',
  greeting: 'שלום {name},',
  greetingNoName: 'שלום,',
  received: 'תודה על הודעתך. קיבלנו אותה עם מספר האסמכתה {ticket}.',
  replyBy: 'נחזור אליך עד {replyBy}.',
  noPromise: 'נחזור אליך ברגע שהצוות שלנו יהיה זמין שוב.',
  holiday: 'הצוות שלנו ב-{team} סגור בשל {holiday}.',
  weekend: 'הצוות שלנו ב-{team} סגור בסוף השבוע.',
  footer: 'זוהי תשובה אוטומטית. אם ברצונך להוסיף משהו, פשוט השב להודעה זו.',
  signOff: 'צוות התמיכה של {brand}',
  signOffNoBrand: 'צוות התמיכה',
};

const hi: ReplyTexts = {
  locale: 'hi',
  subjectFallback: 'आपका संदेश',
  greeting: 'नमस्ते {name},',
  greetingNoName: 'नमस्ते,',
  received: 'आपके संदेश के लिए धन्यवाद। हमें यह संदर्भ संख्या {ticket} के साथ मिल गया है।',
  replyBy: 'हम {replyBy} तक आपको जवाब देंगे।',
  noPromise: 'हमारी टीम के फिर से उपलब्ध होते ही हम आपको जवाब देंगे।',
  holiday: '{team} में हमारी टीम {holiday} के कारण बंद है।',
  weekend: '{team} में हमारी टीम सप्ताहांत पर बंद रहती है।',
  footer: 'यह एक स्वचालित उत्तर है। अगर आप कुछ जोड़ना चाहते हैं, तो बस इस ईमेल का जवाब दें।',
  signOff: '{brand} सहायता टीम',
  signOffNoBrand: 'सहायता टीम',
};

const th: ReplyTexts = {
  locale: 'th',
  subjectFallback: 'ข้อความของคุณ',
  greeting: 'สวัสดีคุณ {name}',
  greetingNoName: 'สวัสดี',
  received: 'ขอบคุณสำหรับข้อความของคุณ เราได้รับข้อความแล้ว หมายเลขอ้างอิง {ticket}',
  replyBy: 'เราจะติดต่อกลับภายใน {replyBy}',
  noPromise: 'เราจะติดต่อกลับทันทีที่ทีมงานของเรากลับมาให้บริการ',
  holiday: 'ทีมงานของเราที่ {team} ปิดทำการเนื่องในวัน {holiday}',
  weekend: 'ทีมงานของเราที่ {team} ปิดทำการในวันหยุดสุดสัปดาห์',
  footer: 'นี่คือการตอบกลับอัตโนมัติ หากต้องการแจ้งข้อมูลเพิ่มเติม เพียงตอบกลับอีเมลนี้',
  signOff: 'ทีมสนับสนุน {brand}',
  signOffNoBrand: 'ทีมสนับสนุน',
};

const vi: ReplyTexts = {
  locale: 'vi',
  subjectFallback: 'Tin nhắn của bạn',
  greeting: 'Xin chào {name},',
  greetingNoName: 'Xin chào,',
  received:
    'Cảm ơn bạn đã liên hệ. Chúng tôi đã nhận được tin nhắn của bạn với mã tham chiếu {ticket}.',
  replyBy: 'Chúng tôi sẽ phản hồi bạn trước {replyBy}.',
  noPromise: 'Chúng tôi sẽ phản hồi ngay khi đội ngũ của chúng tôi làm việc trở lại.',
  holiday: 'Đội ngũ của chúng tôi tại {team} nghỉ làm nhân dịp {holiday}.',
  weekend: 'Đội ngũ của chúng tôi tại {team} nghỉ cuối tuần.',
  footer: 'Đây là thư trả lời tự động. Nếu bạn muốn bổ sung thông tin, chỉ cần trả lời email này.',
  signOff: 'Đội ngũ hỗ trợ {brand}',
  signOffNoBrand: 'Đội ngũ hỗ trợ',
};

const id: ReplyTexts = {
  locale: 'id',
  subjectFallback: 'Pesan Anda',
  greeting: 'Halo {name},',
  greetingNoName: 'Halo,',
  received: 'Terima kasih atas pesan Anda. Kami telah menerimanya dengan nomor referensi {ticket}.',
  replyBy: 'Kami akan membalas paling lambat {replyBy}.',
  noPromise: 'Kami akan membalas segera setelah tim kami kembali bertugas.',
  holiday: 'Tim kami di {team} tutup karena {holiday}.',
  weekend: 'Tim kami di {team} tutup pada akhir pekan.',
  footer: 'Ini adalah balasan otomatis. Jika ingin menambahkan sesuatu, cukup balas email ini.',
  signOff: 'Tim dukungan {brand}',
  signOffNoBrand: 'Tim dukungan',
};

const ms: ReplyTexts = {
  locale: 'ms',
  subjectFallback: 'Mesej anda',
  greeting: 'Helo {name},',
  greetingNoName: 'Helo,',
  received: 'Terima kasih atas mesej anda. Kami telah menerimanya dengan nombor rujukan {ticket}.',
  replyBy: 'Kami akan membalas selewat-lewatnya pada {replyBy}.',
  noPromise: 'Kami akan membalas sebaik sahaja pasukan kami kembali bertugas.',
  holiday: 'Pasukan kami di {team} ditutup sempena {holiday}.',
  weekend: 'Pasukan kami di {team} ditutup pada hujung minggu.',
  footer: 'Ini ialah balasan automatik. Jika anda ingin menambah apa-apa, balas sahaja e-mel ini.',
  signOff: 'Pasukan sokongan {brand}',
  signOffNoBrand: 'Pasukan sokongan',
};

const ja: ReplyTexts = {
  locale: 'ja',
  subjectFallback: 'お問い合わせ',
  greeting: '{name} 様',
  greetingNoName: 'お客様',
  received: 'お問い合わせいただきありがとうございます。受付番号 {ticket} にて承りました。',
  replyBy: '{replyBy}までにご連絡いたします。',
  noPromise: 'チームの業務再開後、速やかにご連絡いたします。',
  holiday: '{team}のチームは{holiday}のため休業しております。',
  weekend: '{team}のチームは週末のため休業しております。',
  footer:
    'このメールは自動送信されています。追加のご連絡がある場合は、このメールにご返信ください。',
  signOff: '{brand} サポートチーム',
  signOffNoBrand: 'サポートチーム',
};

const ko: ReplyTexts = {
  locale: 'ko',
  subjectFallback: '문의하신 내용',
  greeting: '{name}님, 안녕하세요.',
  greetingNoName: '안녕하세요.',
  received: '문의해 주셔서 감사합니다. 참조 번호 {ticket}(으)로 접수되었습니다.',
  replyBy: '{replyBy}까지 답변드리겠습니다.',
  noPromise: '팀이 업무를 재개하는 대로 바로 답변드리겠습니다.',
  holiday: '{team} 팀은 {holiday} 휴무입니다.',
  weekend: '{team} 팀은 주말 휴무입니다.',
  footer: '이 메일은 자동 회신입니다. 추가로 전달하실 내용이 있으면 이 메일에 회신해 주세요.',
  signOff: '{brand} 고객지원팀',
  signOffNoBrand: '고객지원팀',
};

const zh: ReplyTexts = {
  // Simplified script: `zh` stands for both, and most of sunroute's Chinese customers write it.
  locale: 'zh-CN',
  subjectFallback: '您的留言',
  greeting: '{name}，您好：',
  greetingNoName: '您好：',
  received: '感谢您的来信。我们已收到，参考编号为 {ticket}。',
  replyBy: '我们将在 {replyBy} 之前回复您。',
  noPromise: '我们的团队恢复工作后将尽快回复您。',
  holiday: '我们位于 {team} 的团队因 {holiday} 休息。',
  weekend: '我们位于 {team} 的团队周末休息。',
  footer: '这是一封自动回复邮件。如需补充信息，直接回复此邮件即可。',
  signOff: '{brand} 客服团队',
  signOffNoBrand: '客服团队',
};

const uz: ReplyTexts = {
  locale: 'uz',
  subjectFallback: 'Xabaringiz',
  greeting: 'Assalomu alaykum, {name}!',
  greetingNoName: 'Assalomu alaykum!',
  received: 'Xabaringiz uchun rahmat. Uni {ticket} raqami bilan qabul qildik.',
  replyBy: 'Javob muddati: {replyBy}.',
  noPromise: 'Jamoamiz ishga qaytishi bilanoq sizga javob beramiz.',
  holiday: '{team} shahridagi jamoamiz bayram munosabati bilan ishlamaydi: {holiday}.',
  weekend: '{team} shahridagi jamoamiz dam olish kunlari ishlamaydi.',
  footer:
    'Bu avtomatik javob. Biror narsa qo‘shmoqchi bo‘lsangiz, shunchaki ushbu xatga javob yozing.',
  signOff: '{brand} qo‘llab-quvvatlash jamoasi',
  signOffNoBrand: 'Qo‘llab-quvvatlash jamoasi',
};

/** The built-in texts per language (ISO 639-1). English stands in for any other language. */
export const BUILT_IN_TEXTS: Readonly<Record<string, ReplyTexts>> = {
  en,
  de,
  fr,
  es,
  it,
  pt,
  nl,
  sv,
  pl,
  cs,
  sl,
  ru,
  uk,
  tr,
  ar,
  he,
  hi,
  th,
  vi,
  id,
  ms,
  ja,
  ko,
  zh,
  uz,
};

export const FALLBACK_TEXTS: ReplyTexts = en;
