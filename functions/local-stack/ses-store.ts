// The mail aws-ses-v2-local has accepted, read over its own HTTP API: what tests assert on and
// what the web inbox shows.
import type { Email } from 'aws-ses-v2-local/dist/store';

export type SentEmail = Email;

export class SesStoreError extends Error {
  override readonly name = 'SesStoreError';
}

async function call(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) {
    throw new SesStoreError(`${init?.method ?? 'GET'} ${url} answered ${response.status}`);
  }
  return response;
}

/** Every email sent since the store was last cleared, oldest first. */
export async function readSentEmails(sesStore: string): Promise<SentEmail[]> {
  const response = await call(`${sesStore}/store`);
  return ((await response.json()) as { emails: SentEmail[] }).emails;
}

export async function clearSentEmails(sesStore: string): Promise<void> {
  const response = await call(`${sesStore}/clear-store`, { method: 'POST' });
  await response.body?.cancel();
}
