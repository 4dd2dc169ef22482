import type { EmailHeader } from './email-message';

/** The ids of a customer's mail an answer threads under. */
export interface CustomerMailIds {
  readonly messageId?: string;
  readonly references?: readonly string[];
}

/**
 * A Message-ID without its angle brackets, as RFC 5322's msg-id allows it; checked again here,
 * since ids come from the customer's mail and go into headers.
 */
const MESSAGE_ID = /^[\x21-\x3B\x3D\x3F-\x7E]{1,250}$/;
/**
 * RFC 5322 §3.6.4: a shortened References keeps the thread's first id and the latest ones. The
 * header stays on one line within RFC 5322's 998 characters, "References: " included, so no mail
 * system between us and the customer has to fold or cut it.
 */
const MAX_REFERENCES_CHARS = 998 - 'References: '.length;

/**
 * `In-Reply-To` and `References` that put an answer in the thread of `mail`: its own id last,
 * after the earlier ones it names, each once. None when the mail has no usable id.
 */
export function threadHeaders(mail: CustomerMailIds): EmailHeader[] {
  const own = mail.messageId;
  if (own === undefined || !MESSAGE_ID.test(own)) return [];
  const earlier = (mail.references ?? []).filter((id) => MESSAGE_ID.test(id) && id !== own);
  const chain = [...earlier, own].map((id) => `<${id}>`);
  // The first id, then as many of the newest as fit, newest last.
  const newest: string[] = [];
  let length = chain.length > 1 ? chain[0]!.length : 0;
  for (let index = chain.length - 1; index >= 1; index -= 1) {
    if (length + 1 + chain[index]!.length > MAX_REFERENCES_CHARS) break;
    length += 1 + chain[index]!.length;
    newest.unshift(chain[index]!);
  }
  const kept = chain.length > 1 ? [chain[0]!, ...newest] : chain;
  return [
    { name: 'In-Reply-To', value: `<${own}>` },
    { name: 'References', value: kept.join(' ') },
  ];
}
