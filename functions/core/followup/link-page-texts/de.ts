import type { LinkPageTexts } from './link-page-texts';

export const de: LinkPageTexts = {
  lang: 'de',
  confirm: {
    ack: {
      title: 'Dieses Ticket bestätigen?',
      text: 'Mit der Bestätigung übernehmen Sie das Ticket: Es bleibt am Ende Ihrer Schicht bei Ihnen, und niemand wird benachrichtigt, dass es wartet.',
      button: 'Bestätigen',
    },
    resolve: {
      title: 'Dieses Ticket als gelöst markieren?',
      text: 'Damit wird das Ticket geschlossen: Es zählt nicht mehr zu Ihren offenen Tickets und wird weder übergeben noch eskaliert.',
      button: 'Als gelöst markieren',
    },
  },
  summary: {
    ticket: 'Ticket',
    subject: 'Betreff',
    holder: 'Zuständig',
    status: 'Status',
    noSubject: '(kein Betreff)',
  },
  holder: {
    agent: (agent, team) => `Agent ${agent} im Team ${team}`,
    team: (team) => `Team ${team} (Team-Postfach)`,
    nobody: 'niemand',
  },
  status: {
    assigned: 'zugewiesen, noch nicht bestätigt',
    acknowledged: 'bestätigt',
    queued: 'wartet auf die Schicht des Teams',
    resolved: 'gelöst',
  },
  movedTo: (holder) => `Dieses Ticket ist jetzt bei ${holder}.`,
  results: {
    acknowledged: {
      title: 'Ticket bestätigt',
      text: 'Danke. Das Ticket bleibt bei Ihnen: Es wird am Ende Ihrer Schicht nicht übergeben, und niemand wird benachrichtigt, dass es wartet.',
    },
    'already-acknowledged': {
      title: 'Bereits bestätigt',
      text: 'Dieses Ticket wurde schon bestätigt; es hat sich nichts geändert.',
    },
    resolved: {
      title: 'Ticket gelöst',
      text: 'Danke. Das Ticket ist geschlossen und zählt nicht mehr zu Ihren offenen Tickets.',
    },
    'already-resolved': {
      title: 'Bereits gelöst',
      text: 'Dieses Ticket wurde schon als gelöst markiert; es hat sich nichts geändert.',
    },
    moved: {
      title: 'Dieser Link gilt nicht mehr',
      text: 'Das Ticket wurde nach dieser E-Mail übergeben oder neu zugewiesen; dieser Link ändert nichts daran. Wer es jetzt hat, hat eine eigene E-Mail bekommen.',
    },
    unbound: {
      title: 'Dieser Link stammt aus einer älteren E-Mail',
      text: 'Er wurde verschickt, bevor Links ihren Empfänger kannten, und das Ticket ist seitdem an jemand anderen gegangen; er ändert daher nichts. Verwenden Sie die Links einer neueren Zuweisungs-E-Mail, oder bitten Sie die Support-Leitung, die sunroute-Befehlszeile zu verwenden.',
    },
    'invalid-link': {
      title: 'Dieser Link ist ungültig',
      text: 'Der Link ist unvollständig oder wurde verändert. Öffnen Sie ihn erneut aus der Zuweisungs-E-Mail, oder bitten Sie die Support-Leitung, die sunroute-Befehlszeile zu verwenden.',
    },
    'expired-link': {
      title: 'Dieser Link ist abgelaufen',
      text: 'Links in Zuweisungs-E-Mails gelten 14 Tage. Bitten Sie die Support-Leitung, das Ticket mit der sunroute-Befehlszeile zu bestätigen oder als gelöst zu markieren.',
    },
    'not-found': {
      title: 'Ticket nicht gefunden',
      text: 'sunroute kennt dieses Ticket nicht: Möglicherweise ist seine Aufbewahrungsfrist abgelaufen.',
    },
    'cross-site': {
      title: 'Von einer anderen Website gesendet',
      text: 'Diese Schaltfläche funktioniert nur auf der Seite, die sunroute für den Link anzeigt. Öffnen Sie den Link erneut aus der Zuweisungs-E-Mail.',
    },
    'bad-request': {
      title: 'Nicht das Formular dieser Seite',
      text: 'Die Anfrage enthielt nicht das Formular dieser Seite. Öffnen Sie den Link erneut aus der Zuweisungs-E-Mail.',
    },
    'too-large': {
      title: 'Anfrage zu groß',
      text: 'Die Anfrage ist größer als jedes Formular dieser Seite. Öffnen Sie den Link erneut aus der Zuweisungs-E-Mail.',
    },
  },
};
