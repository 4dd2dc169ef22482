import { unpackTexts } from './packed-text';

type Item = Record<string, unknown>;

/**
 * An item of the tickets table with its packed texts (packed-text.ts) written out: an outbox
 * email's `body` as `text` and `html`, a decision's `reasonsPacked` as `reasons`. For what people
 * read whole (a privacy export, the admin API's ticket), so that packing hides nothing; a value
 * that does not unpack is left as it is.
 */
export function readableItem(item: Item): Item {
  return withReadableDecision(withReadableBody(item));
}

function withReadableBody(item: Item): Item {
  const { body, ...rest } = item;
  if (!(body instanceof Uint8Array)) return item;
  const texts = unpackTexts(body);
  if (texts?.length !== 2) return item;
  return { ...rest, text: texts[0], html: texts[1] };
}

function withReadableDecision(item: Item): Item {
  const decision = item.decision;
  if (typeof decision !== 'object' || decision === null) return item;
  const { reasonsPacked, ...rest } = decision as Item;
  if (!(reasonsPacked instanceof Uint8Array)) return item;
  const reasons = unpackTexts(reasonsPacked);
  if (!reasons) return item;
  return { ...item, decision: { ...rest, reasons } };
}
