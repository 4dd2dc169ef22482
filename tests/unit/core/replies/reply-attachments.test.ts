import { describe, expect, it } from 'vitest';
import type { EmailAttachment } from '../../../../functions/core/ingest/parse-inbound-email';
import { renderAttachmentNotice } from '../../../../functions/core/replies/render-attachment-notice';
import { base64Size, replyAttachments } from '../../../../functions/core/replies/reply-attachments';

const LIMITS = { maxCount: 3, maxEncodedBytes: 4_000 };

function file(filename: string | undefined, size: number, extra: Partial<EmailAttachment> = {}) {
  return {
    filename,
    mimeType: 'application/pdf',
    size,
    inline: false,
    content: new Uint8Array(size),
    ...extra,
  } satisfies EmailAttachment;
}

describe('replyAttachments', () => {
  it('passes files on in their order, with their bytes', () => {
    const pdf = file('invoice.pdf', 100);
    const { passed, leftOut } = replyAttachments([pdf], LIMITS, 'email');
    expect(passed).toEqual([
      { filename: 'invoice.pdf', mimeType: 'application/pdf', content: pdf.content },
    ]);
    expect(leftOut).toEqual([]);
  });

  it('leaves out the types SES refuses, however the name is dressed up', () => {
    const names = ['setup.exe', 'INVOICE.PDF.EXE', 'run.bat', 'x.js', 'tool.exe. ', 'a.ps1'];
    const { passed, leftOut } = replyAttachments(
      names.map((name) => file(name, 10)),
      LIMITS,
      'email',
    );
    expect(passed).toEqual([]);
    expect(leftOut.map((left) => left.reason)).toEqual(names.map(() => 'blocked-type'));
    // Names that only look alike go.
    expect(
      replyAttachments([file('notes.json', 10), file('exe', 10)], LIMITS, 'email').passed,
    ).toHaveLength(2);
  });

  it('counts the encoded size against the total, and lets a smaller file after a big one go', () => {
    expect(base64Size(3)).toBe(4);
    expect(base64Size(4)).toBe(8);
    const { passed, leftOut } = replyAttachments(
      [file('a.pdf', 2_000), file('big.pdf', 2_000), file('small.pdf', 300)],
      LIMITS,
      'email',
    );
    // 2,668 + 2,668 encoded bytes pass the 4,000; 2,668 + 400 do not.
    expect(passed.map((p) => p.filename)).toEqual(['a.pdf', 'small.pdf']);
    expect(leftOut).toEqual([
      { filename: 'big.pdf', mimeType: 'application/pdf', size: 2_000, reason: 'too-large' },
    ]);
  });

  it('passes at most maxCount files', () => {
    const files = ['1.pdf', '2.pdf', '3.pdf', '4.pdf'].map((name) => file(name, 10));
    const { passed, leftOut } = replyAttachments(files, LIMITS, 'email');
    expect(passed).toHaveLength(3);
    expect(leftOut).toEqual([expect.objectContaining({ filename: '4.pdf', reason: 'too-many' })]);
  });

  it('drops inline pictures silently: they belong to the text, which goes as words', () => {
    expect(replyAttachments([file('logo.png', 10, { inline: true })], LIMITS, 'email')).toEqual({
      passed: [],
      leftOut: [],
    });
  });

  it('names an unnamed file, removes control characters and keeps long names’ extension', () => {
    const { passed } = replyAttachments(
      [file(undefined, 1), file('a\u0000b\r\n.pdf', 1), file(`${'x'.repeat(300)}.pdf`, 1)],
      LIMITS,
      'email',
    );
    expect(passed.map((p) => p.filename.length)).toEqual([12, 6, 255]);
    expect(passed[0]!.filename).toBe('attachment-1');
    expect(passed[1]!.filename).toBe('ab.pdf');
    expect(passed[2]!.filename.endsWith('.pdf')).toBe(true);
  });

  it('leaves every file out of an answer to a chat', () => {
    const { passed, leftOut } = replyAttachments([file('a.pdf', 1)], LIMITS, 'chat');
    expect(passed).toEqual([]);
    expect(leftOut.map((left) => left.reason)).toEqual(['chat-ticket']);
  });
});

describe('renderAttachmentNotice', () => {
  it('tells the agent which files stayed behind and why, naming the ticket', () => {
    const notice = renderAttachmentNotice({
      agentEmail: 'jonas@parcelwise.example',
      ticketId: 'email:1@x',
      subject: 'Paket <kaputt>',
      leftOut: [
        {
          filename: 'tool.exe',
          mimeType: 'application/x-msdownload',
          size: 2_048,
          reason: 'blocked-type',
        },
        {
          filename: 'video.mp4',
          mimeType: 'video/mp4',
          size: 12 * 1024 * 1024,
          reason: 'too-large',
        },
      ],
      limits: { maxCount: 10, maxEncodedBytes: 10 * 1024 * 1024 },
    });
    expect(notice.ok).toBe(true);
    if (!notice.ok) return;
    expect(notice.email.to).toBe('jonas@parcelwise.example');
    expect(notice.email.subject).toBe('Not sent with your answer: Paket <kaputt>');
    expect(notice.email.text).toContain('ticket email:1@x');
    expect(notice.email.text).toContain('- tool.exe (2 KB): a type of file');
    expect(notice.email.text).toContain(
      '- video.mp4 (12.0 MB): together with the files before it, over the 10 MB',
    );
    expect(notice.email.html).toContain('Paket &lt;kaputt&gt;');
  });

  it('is not rendered for an agent without an address', () => {
    const notice = renderAttachmentNotice({
      agentEmail: undefined,
      ticketId: 't',
      subject: undefined,
      leftOut: [],
      limits: { maxCount: 1, maxEncodedBytes: 1 },
    });
    expect(notice.ok).toBe(false);
  });
});
