import type { EmailTemplate } from './email-template';

export const de: EmailTemplate = {
  locale: 'de',
  priority: { urgent: 'DRINGEND', high: 'HOCH', normal: 'NORMAL', low: 'NIEDRIG' },
  channel: {
    email: 'E-Mail',
    chat: 'Chat',
    web: 'Webformular',
    phone: 'Telefon',
    social: 'Social Media',
  },
  noSubject: '(kein Betreff)',
  colon: ': ',
  labels: {
    customer: 'Kunde',
    customerTime: 'Ortszeit des Kunden',
    received: 'Eingegangen',
    due: 'Bestätigen bis',
    queuedUntil: 'Wartet bis',
    priority: 'Priorität',
    language: 'Sprache',
    region: 'Region',
    channel: 'Kanal',
    tags: 'Tags',
    ticketId: 'Ticket-ID',
    threadId: 'Verlaufs-ID',
  },
  unknownName: 'kein Name angegeben',
  unknownZone: 'unbekannt – der Kunde hat keine Zeitzone angegeben',
  notes: {
    needsTranslation: (language) =>
      `Übersetzung nötig: Der Kunde schreibt auf ${language}, und niemand, der diese Sprache liest, war verfügbar. Bitte nutzen Sie ein Übersetzungstool und antworten Sie nach Möglichkeit auf ${language}.`,
    followUp:
      'Folgenachricht: Der Kunde hat in einem bestehenden Verlauf erneut geschrieben. Bitte lesen Sie die früheren Nachrichten, bevor Sie antworten.',
    overdue: 'Die Frist zur Bestätigung war beim Versand dieser E-Mail bereits abgelaufen.',
    dueBeforeShift: 'Die Frist zur Bestätigung läuft ab, bevor die Schicht des Teams beginnt.',
    unverifiedSender:
      'Absender nicht bestätigt: Der Mailserver konnte nicht bestätigen, dass diese Nachricht von der angezeigten Adresse stammt; sie kann gefälscht sein. Prüfen Sie, wer sie geschrieben hat, bevor Sie Kontodaten herausgeben oder der Bitte nachkommen.',
    suspectedSpam: 'Der Mailserver hat diese Nachricht als wahrscheinlichen Spam markiert.',
    replyToAnswer:
      'Antworten Sie auf diese E-Mail, um dem Kunden zu antworten: Nur Ihre eigenen Worte erreichen ihn, von der Support-Adresse, in seinem Verlauf.',
  },
  agent: {
    greeting: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
    intro: 'Ihnen wurde ein neues Ticket zugewiesen.',
    reasonsHeading: 'Warum das Ticket bei Ihnen landet',
    followUpTag: 'NACHFRAGE',
  },
  team: {
    greeting: (team) => `Hallo Team ${team},`,
    queuedTag: 'WARTESCHLANGE',
    unassignedTag: 'KEIN AGENT FREI',
    queuedIntro: (until) =>
      `Ein Ticket wartet auf Ihr Team. Gerade ist niemand Passendes im Dienst, daher bleibt es in der Warteschlange, bis Ihre Schicht beginnt (${until}).`,
    unassignedIntro:
      'Ein Ticket wurde Ihrem Team zugewiesen, aber gerade kann es niemand übernehmen: Kein Agent ist im Dienst, anwesend und unter seinem Ticket-Limit. Bitte übernehmen Sie es aus dem Team-Postfach.',
    reasonsHeading: 'Begründung',
  },
  followTheSun: {
    handoverTag: 'ÜBERGABE',
    handedOverNote: (from) =>
      `Übergabe: Das Team ${from} hat Schichtende, bevor jemand dieses Ticket bestätigt hat; deshalb ist es jetzt bei Ihnen.`,
    handedAwayIntro: (to) =>
      `Ihre Schicht endet bald und dieses Ticket wurde nicht bestätigt; es wurde deshalb an ${to} übergeben. Sie müssen nichts mehr damit tun.`,
    escalationTag: 'ESKALIERT',
    escalationIntro: (holder, due) =>
      `Niemand hat dieses Ticket bestätigt, fällig war es bis ${due}. Es liegt bei ${holder}. Bitte sorgen Sie dafür, dass sich jetzt jemand darum kümmert.`,
  },
  messageHeading: 'Nachricht des Kunden',
  messageShortened: (shown, total) =>
    `[Gekürzt: Diese E-Mail zeigt die ersten ${shown} der ${total} langen Kundennachricht. Der vollständige Text ist beim Ticket gespeichert.]`,
  subjectLabel: 'Betreff',
  links: { acknowledge: 'Bestätigen', resolve: 'Als gelöst markieren' },
  footer: 'Gesendet von sunroute, dem Follow-the-Sun-Ticketrouter.',
};
