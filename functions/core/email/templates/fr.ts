import type { EmailTemplate } from './email-template';

// French typography puts a non-breaking space (U+00A0) before a colon.
export const fr: EmailTemplate = {
  locale: 'fr',
  priority: { urgent: 'URGENT', high: 'ÉLEVÉE', normal: 'NORMALE', low: 'BASSE' },
  channel: {
    email: 'e-mail',
    chat: 'chat',
    web: 'formulaire web',
    phone: 'téléphone',
    social: 'réseaux sociaux',
  },
  noSubject: '(sans objet)',
  colon: '\u00a0: ',
  labels: {
    customer: 'Client',
    customerTime: 'Heure locale du client',
    received: 'Reçu',
    due: 'Prise en charge avant',
    queuedUntil: 'En attente jusqu’à',
    priority: 'Priorité',
    language: 'Langue',
    region: 'Région',
    channel: 'Canal',
    tags: 'Étiquettes',
    ticketId: 'ID du ticket',
    threadId: 'ID de la conversation',
  },
  unknownName: 'nom non communiqué',
  unknownZone: 'inconnue\u00a0: le client n’a pas indiqué de fuseau horaire',
  notes: {
    needsTranslation: (language) =>
      `Traduction nécessaire\u00a0: le client écrit en ${language} et personne maîtrisant cette langue n’était disponible. Utilisez un outil de traduction et, si possible, répondez en ${language}.`,
    followUp:
      'Relance\u00a0: le client a de nouveau écrit dans une conversation existante. Lisez les messages précédents avant de répondre.',
    overdue: 'Le délai de prise en charge était déjà dépassé à l’envoi de cet e-mail.',
    dueBeforeShift: 'Le délai de prise en charge expire avant le début du service de l’équipe.',
    unverifiedSender:
      'Expéditeur non vérifié\u00a0: le serveur de messagerie n’a pas pu confirmer que ce message vient de l’adresse affichée\u00a0; il peut être falsifié. Vérifiez qui l’a écrit avant de communiquer des données du compte ou de donner suite à sa demande.',
    suspectedSpam: 'Le serveur de messagerie a signalé ce message comme spam probable.',
    replyToAnswer:
      'Répondez à cet e-mail pour répondre au client : seuls vos propres mots lui parviennent, depuis l’adresse du support, dans sa conversation.',
  },
  agent: {
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    intro: 'Un nouveau ticket vous a été attribué.',
    reasonsHeading: 'Pourquoi il vous a été attribué',
    followUpTag: 'RELANCE',
  },
  team: {
    greeting: (team) => `Bonjour à l’équipe ${team},`,
    queuedTag: 'EN ATTENTE',
    unassignedTag: 'SANS AGENT',
    queuedIntro: (until) =>
      `Un ticket attend votre équipe. Aucune personne adéquate n’est en service pour l’instant\u00a0: il reste donc en file d’attente jusqu’au début de votre service (${until}).`,
    unassignedIntro:
      'Un ticket a été attribué à votre équipe, mais aucun agent ne peut le prendre pour l’instant\u00a0: personne n’est à la fois en service, présent et en dessous de sa limite de tickets. Merci de le traiter depuis la boîte de l’équipe.',
    reasonsHeading: 'Motif',
  },
  followTheSun: {
    handoverTag: 'TRANSFERT',
    handedOverNote: (from) =>
      `Transfert : l’équipe ${from} a terminé son service avant que quiconque accuse réception de ce ticket ; il vous revient donc.`,
    handedAwayIntro: (to) =>
      `Votre service se termine bientôt et ce ticket n’a pas été pris en compte : il a été transféré à ${to}. Vous n’avez plus rien à faire.`,
    escalationTag: 'ESCALADE',
    escalationIntro: (holder, due) =>
      `Personne n’a accusé réception de ce ticket, attendu pour le ${due}. Il est chez ${holder}. Veillez à ce que quelqu’un le prenne en charge maintenant.`,
  },
  messageHeading: 'Message du client',
  messageShortened: (shown, total) =>
    `[Raccourci : ce courriel montre les premiers ${shown} des ${total} du message du client. Le texte complet est conservé avec le ticket.]`,
  subjectLabel: 'Objet',
  links: { acknowledge: 'Accuser réception', resolve: 'Marquer comme résolu' },
  footer: 'Envoyé par sunroute, le routeur de tickets qui suit le soleil.',
};
