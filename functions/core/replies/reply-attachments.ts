import type { EmailFile } from '../email/email-message';
import type { EmailAttachment } from '../ingest/parse-inbound-email';

/**
 * File extensions SES refuses to send (its list of unsupported attachment types): a message with
 * one of them is rejected whole, so such a file is left out before the answer goes.
 */
export const SES_BLOCKED_EXTENSIONS: ReadonlySet<string> = new Set(
  (
    'ade adp app asp bas bat cer chm cmd com cpl crt csh der exe fxp gadget hlp hta inf ins isp ' +
    'its js jse ksh lib lnk mad maf mag mam maq mar mas mat mau mav maw mda mdb mde mdt mdw mdz ' +
    'msc msh msh1 msh2 mshxml msh1xml msh2xml msi msp mst ops pcd pif plg prf prg reg scf scr sct ' +
    'shb shs sys ps1 ps1xml ps2 ps2xml psc1 psc2 tmp url vb vbe vbs vps vsmacros vss vst vsw vxd ' +
    'ws wsc wsf wsh xnk'
  ).split(' '),
);

/** How many attachments, and how many bytes of them base64-encoded, one answer may carry. */
export interface AttachmentLimits {
  readonly maxCount: number;
  readonly maxEncodedBytes: number;
}

/** Why a file of the agent's was not passed on. */
export type LeftOutReason = 'blocked-type' | 'too-large' | 'too-many' | 'chat-ticket';

export interface LeftOutAttachment {
  readonly filename: string;
  readonly mimeType: string;
  /** Decoded bytes. */
  readonly size: number;
  readonly reason: LeftOutReason;
}

export interface ReplyAttachments {
  readonly passed: readonly EmailFile[];
  readonly leftOut: readonly LeftOutAttachment[];
}

/** SES's limit on a file name's length. */
const MAX_FILENAME_CHARS = 255;
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Base64 turns every three bytes (and a last one or two) into four characters. */
export function base64Size(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

function safeFilename(filename: string | undefined, index: number): string {
  const cleaned = (filename ?? '').replace(CONTROL, '').trim();
  const name = cleaned === '' ? `attachment-${index + 1}` : cleaned;
  if (name.length <= MAX_FILENAME_CHARS) return name;
  // Shortened from the middle, so the extension (what a mail program opens it by) stays.
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  return name.slice(0, MAX_FILENAME_CHARS - extension.length) + extension;
}

/** The extension Windows would open a file by: trailing dots and spaces do not count. */
function extensionOf(filename: string): string {
  const name = filename.replace(/[.\s]+$/, '').toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1);
}

/**
 * Which of an agent's attached files go to the customer with the answer, in the order they were
 * attached: not a type SES refuses, at most `maxCount`, and together at most `maxEncodedBytes`
 * once encoded (a file that would pass the total is left out, a smaller one after it may still
 * go). Pictures placed inside the agent's text (inline, by Content-ID) belong to the text, which
 * goes as plain words: they are neither passed on nor reported, or every answer with a logo in
 * its signature would be. A chat ticket's widget takes no files: each is left out.
 */
export function replyAttachments(
  attachments: readonly EmailAttachment[],
  limits: AttachmentLimits,
  via: 'email' | 'chat',
): ReplyAttachments {
  const passed: EmailFile[] = [];
  const leftOut: LeftOutAttachment[] = [];
  let encoded = 0;
  let index = 0;
  for (const attachment of attachments) {
    if (attachment.inline) continue;
    const filename = safeFilename(attachment.filename, index++);
    const { mimeType, size } = attachment;
    const reason: LeftOutReason | undefined =
      via === 'chat'
        ? 'chat-ticket'
        : SES_BLOCKED_EXTENSIONS.has(extensionOf(filename))
          ? 'blocked-type'
          : passed.length >= limits.maxCount
            ? 'too-many'
            : encoded + base64Size(size) > limits.maxEncodedBytes
              ? 'too-large'
              : undefined;
    if (reason !== undefined) {
      leftOut.push({ filename, mimeType, size, reason });
      continue;
    }
    encoded += base64Size(size);
    passed.push({ filename, mimeType, content: attachment.content });
  }
  return { passed, leftOut };
}
