import type { EmailDocument } from './email-document';

/** The plain-text part. The customer's body goes out exactly as written, quoted replies included. */
export function renderText(doc: EmailDocument): string {
  const blocks = [
    doc.greeting,
    doc.intro,
    ...doc.notes.map((note) => `!! ${note}`),
    doc.facts.map((fact) => `${fact.label}${doc.colon}${fact.value}`).join('\n'),
  ];
  if (doc.links.length > 0)
    blocks.push(doc.links.map((link) => `${link.label}${doc.colon}${link.href}`).join('\n'));
  blocks.push(
    [doc.reasons.heading, ...doc.reasons.items.map((reason) => `- ${reason}`)].join('\n'),
    [
      doc.message.heading,
      '='.repeat(40),
      `${doc.message.subjectLabel}${doc.colon}${doc.message.subject}`,
      '',
      doc.message.body,
    ].join('\n'),
    // "-- " is the signature delimiter mail clients recognise and fold away.
    `-- \n${doc.footer}`,
  );
  return `${blocks.join('\n\n')}\n`;
}
