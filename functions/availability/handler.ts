// The Lambda entry point of GET /availability (lib/constructs/availability-function.ts bundles
// this file). The configuration cache lives as long as the container.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod';
import { availabilityDependencies } from './aws-dependencies';
import { createAvailabilityHandler, type AvailabilityHandler } from './availability-handler';
import { readAvailabilityEnvironment } from './environment';

// As in the router: zod's schema compiler costs more on a cold start than it saves per request.
z.config({ jitless: true });

let answer: AvailabilityHandler | undefined;

export const handler = (event: APIGatewayProxyEventV2) => {
  answer ??= createAvailabilityHandler(
    availabilityDependencies(readAvailabilityEnvironment(process.env)),
  );
  return answer(event);
};
