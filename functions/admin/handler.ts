// The Lambda entry point (lib/constructs/admin-api.ts bundles this file). The clients and the
// holiday data are built on the first request and kept for the container's life.
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { createAdminHandler, type AdminHandler } from './admin-handler';
import { awsAdminDependencies } from './aws-dependencies';
import { readAdminEnvironment } from './environment';

let admin: AdminHandler | undefined;

export const handler = (event: APIGatewayProxyEventV2, context: Context) => {
  admin ??= createAdminHandler(awsAdminDependencies(readAdminEnvironment(process.env)));
  return admin(event, context);
};
