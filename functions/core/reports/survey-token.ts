import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A survey link's token: the ticket and the instant the answer window closes, signed with the
 * links' secret (the fields start with `survey`, so no acknowledge or resolve token can pass for
 * one). Holding the link is what lets a customer answer; it says nothing about them.
 */
export const SURVEY_WINDOW_DAYS = 7;
export const SURVEY_WINDOW_MS = SURVEY_WINDOW_DAYS * 86_400_000;

const TOKEN = /^s1\.(\d{1,14})\.([A-Za-z0-9_-]{43})$/;

function mac(secret: string, ticketId: string, closes: number): string {
  return createHmac('sha256', secret)
    .update(JSON.stringify(['survey', ticketId, closes]))
    .digest('base64url');
}

/** The token of a survey whose answers are taken until `closes` (epoch ms). */
export function signSurveyToken(secret: string, ticketId: string, closes: number): string {
  return `s1.${closes}.${mac(secret, ticketId, closes)}`;
}

export type SurveyTokenCheck =
  | { readonly ok: true; readonly closes: number }
  | { readonly ok: false; readonly reason: 'malformed' | 'signature' | 'closed' };

export function checkSurveyToken(
  secret: string,
  ticketId: string,
  token: string,
  now: number,
): SurveyTokenCheck {
  const match = TOKEN.exec(token);
  if (!match) return { ok: false, reason: 'malformed' };
  const closes = Number(match[1]);
  const expected = Buffer.from(mac(secret, ticketId, closes));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'signature' };
  }
  if (now >= closes) return { ok: false, reason: 'closed' };
  return { ok: true, closes };
}

/** The page's address: `<base>/survey/<ticket id>?t=<token>&lang=<language>`. */
export function surveyUrl(
  baseUrl: string,
  ticketId: string,
  token: string,
  language: string,
): string {
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}/survey/${encodeURIComponent(ticketId)}?t=${encodeURIComponent(token)}&lang=${encodeURIComponent(language)}`;
}
