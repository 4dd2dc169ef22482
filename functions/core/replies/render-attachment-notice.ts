import { recipientAddress } from '../email/email-address';
import { EmailInputError } from '../email/email-input-error';
import type { EmailResult } from '../email/email-message';
import { escapeHtml } from '../email/escape-html';
import { headerText, oneLine } from '../email/header-text';
import type { LeftOutAttachment, LeftOutReason, AttachmentLimits } from './reply-attachments';

export interface AttachmentNoticeInput {
  /** The agent's own address, where the answer came from. */
  readonly agentEmail: string | undefined;
  readonly ticketId: string;
  /** The subject of the customer's ticket. */
  readonly subject: string | undefined;
  readonly leftOut: readonly LeftOutAttachment[];
  readonly limits: AttachmentLimits;
}

const MIB = 1024 * 1024;

function why(reason: LeftOutReason, limits: AttachmentLimits): string {
  switch (reason) {
    case 'blocked-type':
      return 'a type of file email services refuse to send (programs and scripts)';
    case 'too-large':
      return `together with the files before it, over the ${Math.round(limits.maxEncodedBytes / MIB)} MB an answer may carry (once encoded for email)`;
    case 'too-many':
      return `more than the ${limits.maxCount} files an answer may carry`;
    case 'chat-ticket':
      return 'a chat customer receives the words only';
  }
}

function sizeText(bytes: number): string {
  return bytes >= MIB
    ? `${(bytes / MIB).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * The short email that tells an agent which of their attachments did not go to the customer and
 * why: their words went, so they know to send the file another way (a link, a smaller file, a
 * zip of a document rather than a program). English only, like the log it mirrors.
 */
export function renderAttachmentNotice(input: AttachmentNoticeInput): EmailResult {
  const to = recipientAddress(input.agentEmail, 'agent.email', 'the agent');
  if (to instanceof EmailInputError) return { ok: false, error: to };
  const subjectText = oneLine(input.subject ?? '') || `Ticket ${input.ticketId}`;
  const subject = headerText(`Not sent with your answer: ${subjectText}`);
  const lines = input.leftOut.map(
    (file) => `${file.filename} (${sizeText(file.size)}): ${why(file.reason, input.limits)}`,
  );
  const intro =
    `Your answer to ticket ${input.ticketId} went to the customer without ` +
    (input.leftOut.length === 1
      ? 'this attachment:'
      : `these ${input.leftOut.length} attachments:`);
  const outro = 'Send them another way if the customer needs them.';
  const text = [intro, '', ...lines.map((line) => `- ${line}`), '', outro, ''].join('\n');
  const html = `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body>
<p>${escapeHtml(intro)}</p>
<ul>
${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}
</ul>
<p>${escapeHtml(outro)}</p>
</body>
</html>
`;
  return { ok: true, email: { to, subject, text, html } };
}
