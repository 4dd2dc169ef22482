import type { LinkPageTexts } from './link-page-texts';

export const en: LinkPageTexts = {
  lang: 'en',
  confirm: {
    ack: {
      title: 'Acknowledge this ticket?',
      text: 'Acknowledging tells sunroute you have taken the ticket: it stays with you at the end of your shift, and nobody is told it is waiting.',
      button: 'Acknowledge',
    },
    resolve: {
      title: 'Resolve this ticket?',
      text: 'Resolving closes the ticket: it no longer counts towards your open tickets and is neither handed over nor escalated.',
      button: 'Mark as resolved',
    },
  },
  summary: {
    ticket: 'Ticket',
    subject: 'Subject',
    holder: 'Held by',
    status: 'Status',
    noSubject: '(no subject)',
  },
  holder: {
    agent: (agent, team) => `agent ${agent} of team ${team}`,
    team: (team) => `team ${team} (its inbox)`,
    nobody: 'nobody',
  },
  status: {
    assigned: 'assigned, not acknowledged yet',
    acknowledged: 'acknowledged',
    queued: 'queued until its team’s shift',
    resolved: 'resolved',
  },
  movedTo: (holder) => `This ticket has moved to ${holder}.`,
  results: {
    acknowledged: {
      title: 'Ticket acknowledged',
      text: 'Thank you. The ticket stays with you: it will not be handed over at the end of your shift, and nobody will be told it is waiting.',
    },
    'already-acknowledged': {
      title: 'Already acknowledged',
      text: 'This ticket was acknowledged before; nothing has changed.',
    },
    resolved: {
      title: 'Ticket resolved',
      text: 'Thank you. The ticket is closed and no longer counts towards your open tickets.',
    },
    'already-resolved': {
      title: 'Already resolved',
      text: 'This ticket was resolved before; nothing has changed.',
    },
    moved: {
      title: 'This link no longer applies',
      text: 'The ticket was handed over or reassigned after this email was sent, so this link changes nothing. Its new holder has an email of their own.',
    },
    unbound: {
      title: 'This link is from an older email',
      text: 'It was sent before links named their agent, and the ticket has changed hands since, so it changes nothing. Use the links in a newer assignment email, or ask a support lead to use the sunroute command line.',
    },
    'invalid-link': {
      title: 'This link is not valid',
      text: 'The link is incomplete or was changed. Open it again from the assignment email, or ask a support lead to use the sunroute command line.',
    },
    'expired-link': {
      title: 'This link has expired',
      text: 'Links in assignment emails work for 14 days. Ask a support lead to acknowledge or resolve the ticket with the sunroute command line.',
    },
    'not-found': {
      title: 'Ticket not found',
      text: 'sunroute has no such ticket: it may be past its retention period.',
    },
    'cross-site': {
      title: 'Sent from another site',
      text: 'This button works only on the page sunroute shows for the link. Open the link from the assignment email again.',
    },
    'bad-request': {
      title: 'Not this page’s form',
      text: 'The request did not carry the form of this page. Open the link from the assignment email again.',
    },
    'too-large': {
      title: 'Request too large',
      text: 'The request is larger than any form of this page. Open the link from the assignment email again.',
    },
  },
};
