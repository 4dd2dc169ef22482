/**
 * Greetings and thanks, the whole of many short messages ("hola", "Merci !", "Danke", "Спасибо").
 * On one or two words the letter statistics are a coin toss and the frequent-word lists, counted
 * on film subtitles, miss some of them, so each word here counts as strong evidence for the
 * languages that write it. Only the forms people type, accents optional where keyboards drop them.
 */
const GREETINGS: Readonly<Record<string, readonly string[]>> = {
  en: ['hi', 'hello', 'hey', 'thanks', 'thank', 'cheers', 'morning', 'evening', 'regards'],
  es: ['hola', 'gracias', 'buenos', 'buenas', 'días', 'tardes', 'noches', 'saludos'],
  fr: ['bonjour', 'bonsoir', 'merci', 'salut', 'coucou', 'cordialement'],
  de: ['hallo', 'danke', 'dank', 'guten', 'servus', 'moin', 'grüß', 'gruß', 'grüße', 'vielen'],
  it: ['ciao', 'grazie', 'buongiorno', 'buonasera', 'salve'],
  pt: ['olá', 'ola', 'obrigado', 'obrigada', 'oi', 'bom', 'boa'],
  nl: ['hallo', 'hoi', 'dank', 'bedankt', 'goedemorgen', 'goedemiddag', 'goedendag'],
  sv: ['hej', 'hejsan', 'tack', 'tackar'],
  da: ['hej', 'tak'],
  no: ['hei', 'takk', 'tusen'],
  fi: ['hei', 'kiitos', 'terve'],
  pl: ['cześć', 'dzień', 'dobry', 'dziękuję', 'dzięki'],
  cs: ['ahoj', 'děkuji', 'díky', 'dobrý'],
  tr: ['merhaba', 'selam', 'teşekkürler', 'teşekkür', 'sağol', 'günaydın'],
  id: ['halo', 'terima', 'kasih', 'selamat', 'pagi', 'siang'],
  ms: ['terima', 'kasih', 'selamat', 'pagi'],
  vi: ['chào', 'cảm', 'ơn'],
  ro: ['bună', 'mulțumesc', 'mersi', 'salut'],
  hu: ['szia', 'köszönöm', 'köszi', 'helló'],
  ru: ['привет', 'здравствуйте', 'спасибо', 'добрый', 'день'],
  uk: ['привіт', 'вітаю', 'дякую', 'добрий', 'день'],
  uz: ['salom', 'rahmat', 'assalomu', 'alaykum'],
};

const BY_WORD = new Map<string, string[]>();
for (const [language, words] of Object.entries(GREETINGS)) {
  for (const word of words) {
    const languages = BY_WORD.get(word);
    if (languages === undefined) BY_WORD.set(word, [language]);
    else languages.push(language);
  }
}

/** The languages that greet or thank with `word` (lower-case), or undefined. */
export function greetingLanguages(word: string): readonly string[] | undefined {
  return BY_WORD.get(word);
}
