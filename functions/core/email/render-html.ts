import type { EmailDocument } from './email-document';
import { escapeHtml } from './escape-html';

// Inline styles and layout tables only: Gmail drops <style> blocks in some views and Outlook
// renders with Word, which ignores most modern CSS. No images or fonts to fetch, no scripts.
const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;';
const HEADING = `${FONT}font-size:16px;font-weight:bold;margin:20px 0 8px;`;
const NOTE = `${FONT}margin:12px 0;padding:8px 12px;background:#fff8c5;border-left:4px solid #d4a72c;`;
const CELL = `${FONT}padding:4px 12px 4px 0;vertical-align:top;`;
const BUTTON = `${FONT}display:inline-block;margin:0 8px 8px 0;padding:8px 16px;background:#0969da;color:#ffffff;text-decoration:none;border-radius:4px;`;
const QUOTE = `${FONT}margin:0;padding:8px 12px;border-left:3px solid #d0d7de;background:#f6f8fa;word-break:break-word;`;

/** Escaped text with its line breaks kept, since HTML would otherwise run the lines together. */
function multiline(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>\n');
}

function paragraph(text: string, style = `${FONT}margin:0 0 12px;`): string {
  return `<p style="${style}">${escapeHtml(text)}</p>`;
}

/** The HTML part: every piece of text is escaped here, so no input can add markup. */
export function renderHtml(doc: EmailDocument): string {
  const facts = doc.facts
    .map(
      (fact) =>
        `<tr><th align="left" style="${CELL}color:#57606a;font-weight:normal;white-space:nowrap;">${escapeHtml(fact.label)}</th><td style="${CELL}">${escapeHtml(fact.value)}</td></tr>`,
    )
    .join('\n');
  const links = doc.links
    .map(
      (link) =>
        `<a href="${escapeHtml(link.href)}" style="${BUTTON}">${escapeHtml(link.label)}</a>`,
    )
    .join('\n');
  const reasons = doc.reasons.items
    .map((reason) => `<li style="${FONT}">${escapeHtml(reason)}</li>`)
    .join('\n');
  const content = [
    paragraph(doc.greeting),
    paragraph(doc.intro),
    ...doc.notes.map((note) => `<p style="${NOTE}">${escapeHtml(note)}</p>`),
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:8px 0 16px;">\n${facts}\n</table>`,
    ...(links ? [`<p style="margin:0 0 8px;">${links}</p>`] : []),
    `<p style="${HEADING}">${escapeHtml(doc.reasons.heading)}</p>`,
    `<ul style="margin:0;padding-left:20px;">\n${reasons}\n</ul>`,
    `<p style="${HEADING}">${escapeHtml(doc.message.heading)}</p>`,
    `<div style="${QUOTE}"><strong>${escapeHtml(doc.message.subjectLabel + doc.colon + doc.message.subject)}</strong><br>\n<br>\n${multiline(doc.message.body)}</div>`,
    paragraph(doc.footer, `${FONT}color:#57606a;font-size:12px;margin:24px 0 0;`),
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(doc.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.subject)}</title>
</head>
<body style="margin:0;padding:16px;background:#f4f5f7;color:#1f2328;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #d0d7de;">
<tr><td style="padding:20px 24px;">
${content}
</td></tr>
</table>
</body>
</html>
`;
}
