// The acknowledge/resolve links as an agent's browser and a mail scanner meet them: every link
// an email carries, the page a GET shows, and the one form on it, posted as a browser posts it.
import type { SentEmail } from '../../functions/local-stack/ses-store';

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly html: string;
}

export interface LinkForm {
  /** Absolute: the form's action resolved against the page's URL, as a browser does. */
  readonly url: string;
  readonly fields: Record<string, string>;
}

const unescapeHtml = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** Every link under `base` in the email's text and HTML parts, as a scanner would collect them. */
export function linksIn(email: SentEmail, base: string): string[] {
  const text = [...(email.body.text ?? '').matchAll(/https?:\/\/\S+/g)].map((match) => match[0]);
  const html = [...(email.body.html ?? '').matchAll(/href="([^"]*)"/g)].map((match) =>
    unescapeHtml(match[1]!),
  );
  return [...new Set([...text, ...html])].filter((link) => link.startsWith(base));
}

/**
 * The link labelled `label` in the email's text part (`Acknowledge: https://…`; French sets a
 * space before the colon, Japanese a full-width one).
 */
export function textLink(email: SentEmail, label: string): string {
  const pattern = new RegExp(`^${label}(?:: |\u00a0: |：)(\\S+)$`, 'm');
  const link = pattern.exec(email.body.text ?? '')?.[1];
  if (!link) throw new Error(`no "${label}" link in "${email.subject}"`);
  return link;
}

export async function request(url: string, init?: RequestInit): Promise<Answer> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/** The page's form, or undefined when it offers none. */
export function formOf(pageUrl: string, html: string): LinkForm | undefined {
  const forms = [...html.matchAll(/<form method="post" action="([^"]*)">([\s\S]*?)<\/form>/g)];
  if (forms.length === 0) return undefined;
  if (forms.length > 1) throw new Error(`${forms.length} forms on ${pageUrl}`);
  const [, action, inner] = forms[0]!;
  const fields = Object.fromEntries(
    [...inner!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((match) => [
      match[1]!,
      unescapeHtml(match[2]!),
    ]),
  );
  return { url: new URL(unescapeHtml(action!), pageUrl).toString(), fields };
}

/** Posts the form as a browser does after a click on its button on the page itself. */
export function submit(form: LinkForm, headers: Record<string, string> = {}): Promise<Answer> {
  return request(form.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: new URL(form.url).origin,
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
    body: new URLSearchParams(form.fields).toString(),
  });
}

/** Opens the link and presses the page's button: the page, then the answer to the POST. */
export async function confirmLink(link: string): Promise<{ page: Answer; answer: Answer }> {
  const page = await request(link);
  const form = formOf(link, page.html);
  if (!form) throw new Error(`no form on ${link} (${page.status}): ${page.html}`);
  return { page, answer: await submit(form) };
}
