import type { LinkPageTexts } from './link-page-texts';

// French typography puts a non-breaking space (U+00A0) before a colon, a semicolon and a
// question mark.
export const fr: LinkPageTexts = {
  lang: 'fr',
  confirm: {
    ack: {
      title: 'Accuser réception de ce ticket\u00a0?',
      text: 'En accusant réception, vous prenez le ticket en charge\u00a0: il reste chez vous à la fin de votre service, et personne n’est averti qu’il attend.',
      button: 'Accuser réception',
    },
    resolve: {
      title: 'Marquer ce ticket comme résolu\u00a0?',
      text: 'Le ticket sera fermé\u00a0: il ne compte plus parmi vos tickets ouverts et n’est ni transféré ni escaladé.',
      button: 'Marquer comme résolu',
    },
  },
  summary: {
    ticket: 'Ticket',
    subject: 'Objet',
    holder: 'Pris en charge par',
    status: 'Statut',
    noSubject: '(sans objet)',
  },
  holder: {
    agent: (agent, team) => `l’agent ${agent} de l’équipe ${team}`,
    team: (team) => `l’équipe ${team} (sa boîte de réception)`,
    nobody: 'personne',
  },
  status: {
    assigned: 'attribué, réception non accusée',
    acknowledged: 'réception accusée',
    queued: 'en attente du service de l’équipe',
    resolved: 'résolu',
  },
  movedTo: (holder) => `Ce ticket est désormais chez ${holder}.`,
  results: {
    acknowledged: {
      title: 'Réception accusée',
      text: 'Merci. Le ticket reste chez vous\u00a0: il ne sera pas transféré à la fin de votre service, et personne ne sera averti qu’il attend.',
    },
    'already-acknowledged': {
      title: 'Réception déjà accusée',
      text: 'La réception de ce ticket a déjà été accusée\u00a0; rien n’a changé.',
    },
    resolved: {
      title: 'Ticket résolu',
      text: 'Merci. Le ticket est fermé et ne compte plus parmi vos tickets ouverts.',
    },
    'already-resolved': {
      title: 'Déjà résolu',
      text: 'Ce ticket a déjà été résolu\u00a0; rien n’a changé.',
    },
    moved: {
      title: 'Ce lien ne s’applique plus',
      text: 'Le ticket a été transféré ou réattribué après l’envoi de cet e-mail, ce lien ne change donc rien. Son nouveau titulaire a reçu son propre e-mail.',
    },
    unbound: {
      title: 'Ce lien provient d’un ancien e-mail',
      text: 'Il a été envoyé avant que les liens ne désignent leur destinataire, et le ticket a changé de mains depuis\u00a0; il ne change donc rien. Utilisez les liens d’un e-mail d’attribution plus récent, ou demandez à un responsable du support d’utiliser la ligne de commande sunroute.',
    },
    'invalid-link': {
      title: 'Ce lien n’est pas valide',
      text: 'Le lien est incomplet ou a été modifié. Ouvrez-le de nouveau depuis l’e-mail d’attribution, ou demandez à un responsable du support d’utiliser la ligne de commande sunroute.',
    },
    'expired-link': {
      title: 'Ce lien a expiré',
      text: 'Les liens des e-mails d’attribution sont valables 14\u00a0jours. Demandez à un responsable du support d’accuser réception du ticket ou de le résoudre avec la ligne de commande sunroute.',
    },
    'not-found': {
      title: 'Ticket introuvable',
      text: 'sunroute ne connaît pas ce ticket\u00a0: sa durée de conservation est peut-être dépassée.',
    },
    'cross-site': {
      title: 'Envoyé depuis un autre site',
      text: 'Ce bouton ne fonctionne que sur la page que sunroute affiche pour le lien. Ouvrez de nouveau le lien depuis l’e-mail d’attribution.',
    },
    'bad-request': {
      title: 'Formulaire non reconnu',
      text: 'La requête ne contenait pas le formulaire de cette page. Ouvrez de nouveau le lien depuis l’e-mail d’attribution.',
    },
    'too-large': {
      title: 'Requête trop volumineuse',
      text: 'La requête dépasse la taille de tout formulaire de cette page. Ouvrez de nouveau le lien depuis l’e-mail d’attribution.',
    },
  },
};
