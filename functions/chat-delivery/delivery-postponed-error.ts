/**
 * A chat event whose post failed and will be tried again: thrown so the batch reports the record
 * as failed and SQS keeps it. It names the event and the ticket, never the message's words.
 */
export class DeliveryPostponedError extends Error {
  override readonly name = 'DeliveryPostponedError';
}
