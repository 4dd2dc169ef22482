import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of a page sunroute serves to people following a link (an agent's
 * confirm page, a customer's survey): nothing loads, no script runs, the page's one style block
 * is allowed by its hash, a form may only post back to the same origin, and no other site may
 * frame the page (a button under someone else's overlay).
 */
export function pageCsp(style: string): string {
  return [
    "default-src 'none'",
    `style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}
