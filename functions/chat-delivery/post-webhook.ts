/** What came of one POST: the receiver's status, or why there was none. */
export type WebhookResponse =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly status: number; readonly retry: boolean }
  | { readonly ok: false; readonly error: string; readonly retry: true };

export type WebhookPoster = (
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
  timeoutMs: number,
) => Promise<WebhookResponse>;

/**
 * A 5xx, 408 and 429 say "later"; any other answer but 2xx will be the same next time (a 4xx
 * about the request, a redirect the post must not follow with the customer's words).
 */
function retryable(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** Posts with the platform's fetch: no redirects followed, the answer's body read and dropped. */
export const postWebhook: WebhookPoster = async (url, body, headers, timeoutMs) => {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body,
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown } }).cause;
    const code = typeof cause?.code === 'string' ? cause.code : (error as Error).name;
    return {
      ok: false,
      error: code === 'TimeoutError' ? `no answer in ${timeoutMs} ms` : code,
      retry: true,
    };
  }
  await response.body?.cancel();
  if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
  return { ok: false, status: response.status, retry: retryable(response.status) };
};
