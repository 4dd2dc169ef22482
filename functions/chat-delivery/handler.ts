// The Lambda entry point (lib/constructs/chat-delivery-function.ts bundles this file), fed by the
// chat-delivery queue's event source.
import type { Context, SQSEvent } from 'aws-lambda';
import { awsChatDeliveryDependencies } from './aws-dependencies';
import { createChatDeliveryHandler, type ChatDeliveryHandler } from './chat-delivery-handler';
import { readChatDeliveryEnvironment } from './environment';

let delivery: ChatDeliveryHandler | undefined;

export const handler = (event: SQSEvent, context: Context) => {
  delivery ??= createChatDeliveryHandler(
    awsChatDeliveryDependencies(readChatDeliveryEnvironment(process.env)),
  );
  return delivery(event, context);
};
