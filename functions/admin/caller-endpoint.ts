import type { AdminRequest } from './dependencies';
import { jsonResponse, type AdminResponse } from './admin-response';

/** `GET /me`: who the token names and whether they may change the configuration. */
export async function getCaller(request: AdminRequest): Promise<AdminResponse> {
  return jsonResponse(200, { name: request.caller.name, canWrite: request.caller.canWrite });
}
