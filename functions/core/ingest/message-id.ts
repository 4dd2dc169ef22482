import { EMAIL_NAMESPACE, namespacedId } from '../ticket/ticket-id';

/**
 * Message identifiers (RFC 5322 §3.6.4) as the ticket uses them: `Message-ID` is the ticket's
 * idempotency key, `In-Reply-To` and `References` name its thread.
 */

const BRACKETED = /<([^<>]*)>/g;

/**
 * The ids in a `Message-ID`, `In-Reply-To` or `References` value, in order, without angle
 * brackets. Folding whitespace inside an id is dropped (a msg-id has none of its own). Clients
 * that forget the brackets still get their `local@domain` tokens read; anything else in the
 * field (old clients wrote "Your message of …" into In-Reply-To) is ignored.
 */
export function messageIds(value: string | undefined): string[] {
  if (value === undefined) return [];
  const bracketed = [...value.matchAll(BRACKETED)].map((match) =>
    (match[1] ?? '').replace(/\s+/g, ''),
  );
  const ids =
    bracketed.length > 0 ? bracketed : value.split(/[\s,]+/).filter((token) => token.includes('@'));
  return ids.filter((id) => id !== '');
}

/**
 * A message id as a ticket key, in the email namespace (`email:<id>`, ticket-id.ts). Ids are
 * compared exactly: RFC 5322 does not make them case-insensitive and clients echo them byte for
 * byte. One too long for the schema (rare, but nothing forbids it) becomes a digest, so the same
 * id always gives the same key.
 */
export function messageIdKey(id: string): string {
  return namespacedId(EMAIL_NAMESPACE, id);
}

/**
 * The id of the conversation's first message. `References` lists the ancestors oldest first and
 * RFC 5322 tells clients that shorten it to keep the first, so its first id is the thread's root
 * whichever reply we are looking at; without it `In-Reply-To` names the parent (a reply to the
 * root, from a client that writes no References); a message with neither starts its own thread.
 */
export function threadRootId(
  references: readonly string[],
  inReplyTo: readonly string[],
  ownId: string | undefined,
): string | undefined {
  return references[0] ?? inReplyTo[0] ?? ownId;
}
