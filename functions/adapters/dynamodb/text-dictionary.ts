// The preset dictionary that packed texts (packed-text.ts) are deflated with: the fixed HTML of
// sunroute's email templates and the phrases of routing's reasons, so that a stored email or
// decision spends its bytes on what is particular to the ticket. Stored items are inflated with
// these exact bytes: changing any of them makes every item written with them unreadable, so a
// different dictionary is a new format (packed-text.ts), with this one kept to read the old items.
// Deflate looks back at most 32 KiB, and nearer matches cost fewer bits: the most frequent text
// comes last.

const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;';
const CELL = `${FONT}padding:4px 12px 4px 0;vertical-align:top;`;

const REASON_PHRASES = [
  'needs translation: team  does not speak ',
  'queued for team : no team comes on shift in the look-ahead',
  '; met step  but comes on shift later; met step  but has less time left on shift',
  'is on shift with free capacity: assigned to the team inbox',
  'reply by: none promised,  does not add up within 14 days',
  ': as promised when the ticket was first routed',
  'language : from customer.locale (text not conclusive, confidence 0.',
  'agent : passed over, at capacity (',
  'agent : passed over, does not speak ',
  'taken from agent  of team ',
  'step 2: on shift, speaks the language',
  'step 3: on shift, in the customer’s region',
  'step 1: on shift, speaks the language, in the customer’s region',
  'agent : first in configuration order among equally loaded agents, 0 of 10 open, speaks ',
  'agent : eligible, 0 of 12 open',
  'agent : passed over, away until 2027-01-01T00:00:00Z (Mon 00:00 Europe/',
  'language English (en): detected in the customer&#39;s text (confidence 1.00)',
  "language German (de): detected in the customer's text (confidence 1.00)",
  'read: “',
  'region EU: from email → ',
  'region NA: from customer.country',
  'team : passed over, on shift until 2026-01-01T00:00:00Z, does not speak English (en), region APAC',
  'team : passed over, off shift until 2026-01-01T00:00:00Z (Wed 09:00 America/), does not speak Spanish (es), region NA',
  'reply by 2026-01-01T00:00:00Z: PT4H (routing.ackWithin.normal) of time in which team  or a team speaking  is on shift',
];

const CUSTOMER_HTML = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Re: </title>
</head>
<body style="margin:0;padding:16px;color:#1f2328;">
<p style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;margin:0 0 14px;">
</body>
</html>
`;

const TICKET_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[sunroute] NORMAL · en · EU · </title>
</head>
<body style="margin:0;padding:16px;background:#f4f5f7;color:#1f2328;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #d0d7de;">
<tr><td style="padding:20px 24px;">
<p style="${FONT}margin:0 0 12px;">Hello ,</p>
<p style="${FONT}margin:12px 0;padding:8px 12px;background:#fff8c5;border-left:4px solid #d4a72c;">
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:8px 0 16px;">
<tr><th align="left" style="${CELL}color:#57606a;font-weight:normal;white-space:nowrap;">Customer</th><td style="${CELL}"></td></tr>
<p style="margin:0 0 8px;"><a href="https://" style="${FONT}display:inline-block;margin:0 8px 8px 0;padding:8px 16px;background:#0969da;color:#ffffff;text-decoration:none;border-radius:4px;">
</table>
<p style="${FONT}font-size:16px;font-weight:bold;margin:20px 0 8px;">Why it came to you</p>
<ul style="margin:0;padding-left:20px;">
${REASON_PHRASES.map((phrase) => `<li style="${FONT}">${phrase}</li>`).join('\n')}
</ul>
<p style="${FONT}font-size:16px;font-weight:bold;margin:20px 0 8px;">Customer message</p>
<div style="${FONT}margin:0;padding:8px 12px;border-left:3px solid #d0d7de;background:#f6f8fa;word-break:break-word;"><strong>Subject: </strong><br>
<br>
</div>
<p style="${FONT}color:#57606a;font-size:12px;margin:24px 0 0;">Sent by sunroute, the follow-the-sun ticket router.</p>
</td></tr>
</table>
</body>
</html>
`;

const TICKET_TEXT = `Hello ,

A new ticket has been assigned to you.

Customer: 
Customer’s local time: unknown – the customer gave no time zone
Received: Tue 22 Dec 2026, 15:00 (Europe/London) · 2026-12-22 15:00 UTC
Acknowledge by: 
Priority: NORMAL
Language: en – English
Region: EU (GB)
Channel: email
Ticket ID: 

Why it came to you
${REASON_PHRASES.map((phrase) => `- ${phrase}`).join('\n')}

Customer message
========================================
Subject: 

-- 
Sent by sunroute, the follow-the-sun ticket router.
`;

/** Version 1 of the dictionary, as UTF-8 bytes. */
export const TEXT_DICTIONARY_V1: Buffer = Buffer.from(
  `${CUSTOMER_HTML}${TICKET_TEXT}${TICKET_HTML}`,
  'utf8',
);
