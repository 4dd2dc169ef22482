import type { EmailTemplate } from './email-template';

export const en: EmailTemplate = {
  // British English for its 24-hour clock, which matches the UTC times and the shift times of the
  // configuration; the month is written out, so the day-month order cannot be misread.
  locale: 'en-GB',
  priority: { urgent: 'URGENT', high: 'HIGH', normal: 'NORMAL', low: 'LOW' },
  channel: {
    email: 'email',
    chat: 'chat',
    web: 'web form',
    phone: 'phone',
    social: 'social media',
  },
  noSubject: '(no subject)',
  colon: ': ',
  labels: {
    customer: 'Customer',
    customerTime: 'Customer’s local time',
    received: 'Received',
    due: 'Acknowledge by',
    queuedUntil: 'Queued until',
    priority: 'Priority',
    language: 'Language',
    region: 'Region',
    channel: 'Channel',
    tags: 'Tags',
    ticketId: 'Ticket ID',
    threadId: 'Thread ID',
  },
  unknownName: 'no name given',
  unknownZone: 'unknown – the customer gave no time zone',
  notes: {
    needsTranslation: (language) =>
      `Translation needed: the customer wrote in ${language}, and nobody who reads it was available. Use a translation tool, and reply in ${language} if you can.`,
    followUp:
      'Follow-up: the customer has written again in an existing conversation. Read the earlier messages in this thread before you reply.',
    overdue: 'This ticket was already past its acknowledgement deadline when this email was sent.',
    dueBeforeShift: 'The acknowledgement deadline passes before the team comes on shift.',
    unverifiedSender:
      'Unverified sender: the mail server could not confirm that this message comes from the address it shows, so it may be forged. Make sure who wrote it before you share account details or do what it asks.',
    suspectedSpam: 'The mail server marked this message as likely spam.',
    replyToAnswer:
      'Reply to this email to answer the customer: only your own words reach them, from the support address, in their thread.',
  },
  agent: {
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: 'A new ticket has been assigned to you.',
    reasonsHeading: 'Why it came to you',
    followUpTag: 'FOLLOW-UP',
  },
  team: {
    greeting: (team) => `Hello ${team} team,`,
    queuedTag: 'QUEUED',
    unassignedTag: 'NO AGENT',
    queuedIntro: (until) =>
      `A ticket is waiting for your team. Nobody suitable is on shift right now, so it stays queued until your shift starts (${until}).`,
    unassignedIntro:
      'A ticket has been assigned to your team, but no agent can take it right now: nobody is on shift, present and below their open-ticket limit. Please pick it up from the team inbox.',
    reasonsHeading: 'Why',
  },
  followTheSun: {
    handoverTag: 'HANDOVER',
    handedOverNote: (from) =>
      `Handed over: team ${from} went off shift before anyone acknowledged this ticket, so it now comes to you.`,
    handedAwayIntro: (to) =>
      `Your shift ends soon and this ticket was not acknowledged, so it has been handed over to ${to}. You need not do anything more with it.`,
    escalationTag: 'ESCALATED',
    escalationIntro: (holder, due) =>
      `Nobody has acknowledged this ticket, which was due by ${due}. It is with ${holder}. Please make sure someone picks it up now.`,
  },
  messageHeading: 'Customer message',
  messageShortened: (shown, total) =>
    `[Shortened: this email shows the first ${shown} of the customer's ${total} message. The whole text is kept with the ticket.]`,
  subjectLabel: 'Subject',
  links: { acknowledge: 'Acknowledge', resolve: 'Mark as resolved' },
  footer: 'Sent by sunroute, the follow-the-sun ticket router.',
};
