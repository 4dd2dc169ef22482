import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { loadNgramModel } from '../core/language/language-model';
import type { ConfigSource } from '../shared/delivery-dependencies';

/** Node publishes every outgoing HTTP(S) request on this channel when it is created. */
const REQUEST_START = 'http.client.request.start';

/**
 * A cold container's first invocation, before its records. The configuration read starts: the
 * container's first request, which first reads the SDK's shared config files and opens the
 * connection (on AWS, TLS too), each step a turn of the event loop, so CPU work begun before the
 * request is out delays it by that much. Once the request is handed to the operating system (or
 * the read settled without one), the work that does not need the configuration fills the wait:
 * the n-gram index here, then reading the batch's records (the first date read loads ICU's
 * time-zone data). The records find the read in flight (the config cache shares it), or done.
 */
export async function warmUp(deps: { readonly config: ConfigSource }): Promise<void> {
  let requestSent!: () => void;
  const sent = new Promise<void>((resolve) => (requestSent = resolve));
  const onStart = (message: unknown): void => {
    unsubscribe(REQUEST_START, onStart);
    const { request } = message as { request: ClientRequest };
    request.once('finish', requestSent).once('error', requestSent);
  };
  subscribe(REQUEST_START, onStart);
  // A failure is not lost: the records read the configuration again and fail or dead-letter.
  const read = deps.config.current().then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([sent, read]);
  // Already gone once a request started; otherwise the read settled without one.
  unsubscribe(REQUEST_START, onStart);
  loadNgramModel();
}
