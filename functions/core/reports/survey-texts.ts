/** What the survey email and page say, in one language. */
export interface SurveyTexts {
  readonly subject: string;
  readonly question: string;
  readonly intro: string;
  readonly scale: readonly [string, string, string, string, string];
  readonly comment: string;
  readonly send: string;
  readonly thanks: string;
  readonly changed: string;
  readonly closed: string;
  readonly invalid: string;
  readonly linkText: string;
}

const TEXTS: Readonly<Record<string, SurveyTexts>> = {
  en: {
    subject: 'How did we do?',
    question: 'How did we do?',
    intro: 'Your request has been resolved. One question, one click:',
    scale: ['Very poor', 'Poor', 'Okay', 'Good', 'Excellent'],
    comment: 'Anything you would like to add? (optional)',
    send: 'Send',
    thanks: 'Thank you! Your answer has been recorded.',
    changed: 'Thank you! Your answer has been updated.',
    closed: 'This survey is closed: answers are taken for 7 days after a request is resolved.',
    invalid: 'This survey link is not valid. Please use the link from your email as it is.',
    linkText: 'Rate our answer',
  },
  de: {
    subject: 'Wie waren wir?',
    question: 'Wie waren wir?',
    intro: 'Ihre Anfrage wurde erledigt. Eine Frage, ein Klick:',
    scale: ['Sehr schlecht', 'Schlecht', 'In Ordnung', 'Gut', 'Ausgezeichnet'],
    comment: 'Möchten Sie noch etwas ergänzen? (optional)',
    send: 'Senden',
    thanks: 'Vielen Dank! Ihre Antwort wurde gespeichert.',
    changed: 'Vielen Dank! Ihre Antwort wurde geändert.',
    closed: 'Diese Umfrage ist geschlossen: Antworten sind 7 Tage nach Erledigung möglich.',
    invalid: 'Dieser Link ist nicht gültig. Bitte verwenden Sie den Link aus Ihrer E-Mail.',
    linkText: 'Unsere Antwort bewerten',
  },
  fr: {
    subject: 'Comment avons-nous fait ?',
    question: 'Comment avons-nous fait ?',
    intro: 'Votre demande a été résolue. Une question, un clic :',
    scale: ['Très mauvais', 'Mauvais', 'Correct', 'Bien', 'Excellent'],
    comment: 'Souhaitez-vous ajouter quelque chose ? (facultatif)',
    send: 'Envoyer',
    thanks: 'Merci ! Votre réponse a été enregistrée.',
    changed: 'Merci ! Votre réponse a été modifiée.',
    closed: 'Ce questionnaire est clos : les réponses sont possibles 7 jours après la résolution.',
    invalid: 'Ce lien n’est pas valide. Veuillez utiliser le lien de votre e-mail tel quel.',
    linkText: 'Évaluer notre réponse',
  },
  es: {
    subject: '¿Qué tal lo hicimos?',
    question: '¿Qué tal lo hicimos?',
    intro: 'Su solicitud se ha resuelto. Una pregunta, un clic:',
    scale: ['Muy mal', 'Mal', 'Regular', 'Bien', 'Excelente'],
    comment: '¿Quiere añadir algo? (opcional)',
    send: 'Enviar',
    thanks: '¡Gracias! Hemos registrado su respuesta.',
    changed: '¡Gracias! Hemos actualizado su respuesta.',
    closed: 'Esta encuesta está cerrada: se aceptan respuestas durante 7 días tras la resolución.',
    invalid: 'Este enlace no es válido. Use el enlace de su correo tal como está.',
    linkText: 'Valorar nuestra respuesta',
  },
  ja: {
    subject: '対応はいかがでしたか？',
    question: '対応はいかがでしたか？',
    intro: 'お問い合わせは解決済みです。ひとつだけ教えてください。',
    scale: ['とても不満', '不満', '普通', '満足', 'とても満足'],
    comment: 'ご意見があればお書きください（任意）',
    send: '送信',
    thanks: 'ありがとうございました。回答を記録しました。',
    changed: 'ありがとうございました。回答を更新しました。',
    closed: 'このアンケートは終了しました（解決から7日間受け付けています）。',
    invalid: 'このリンクは無効です。メールのリンクをそのままお使いください。',
    linkText: '対応を評価する',
  },
};

export const SURVEY_LANGUAGES = Object.keys(TEXTS);

/** The language a survey speaks: the ticket's if there are texts for it, else English. */
export function surveyLanguage(language: string | undefined): string {
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return base in TEXTS ? base : 'en';
}

export function surveyTexts(language: string | undefined): SurveyTexts {
  return TEXTS[surveyLanguage(language)]!;
}
