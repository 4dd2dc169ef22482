import type { ConfigSource } from '../shared/delivery-dependencies';

/**
 * A cold container's first invocation, before its records: the configuration read starts, the
 * container's first request (on AWS it also opens the connection), so that reading the batch's
 * records happens while it is on the wire. The records then find that read in flight (the config
 * cache shares it), or done.
 */
export function warmUp(deps: { readonly config: ConfigSource }): void {
  // A failure is not lost: the records read the configuration again and fail or dead-letter.
  deps.config.current().catch(() => undefined);
}
