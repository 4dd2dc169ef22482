import { ConfigVersionMissingError } from '../adapters/config-version-missing-error';
import type { AdminDependencies, AdminRequest } from './dependencies';
import { AdminHttpError, invalidInput } from './admin-http-error';
import { pathParameter } from './admin-request';
import type { AdminResponse } from './admin-response';
import { CONFIG_CONTENT_TYPES } from './config-endpoints';

/**
 * `GET /config/versions/{version}`: one stored version's document exactly as written, to read or
 * compare before a rollback. No ETag: only the live version's ETag may be sent as If-Match.
 */
export async function getConfigVersion(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const text = pathParameter(request.event, 'version');
  const version = Number(text);
  if (!/^\d+$/.test(text) || version < 1) {
    throw invalidInput([{ path: 'path.version', message: `"${text}" is not a version number` }]);
  }
  let stored;
  try {
    stored = await deps.config.readVersion(version);
  } catch (error) {
    if (error instanceof ConfigVersionMissingError) {
      throw new AdminHttpError(404, `configuration version ${version} is not stored`);
    }
    throw error;
  }
  return {
    statusCode: 200,
    headers: {
      'content-type': CONFIG_CONTENT_TYPES[stored.format],
      'x-config-version': String(stored.version),
      'x-config-saved-at': stored.savedAt,
      ...(stored.savedBy ? { 'x-config-saved-by': stored.savedBy } : {}),
      ...(stored.restoredFrom === undefined
        ? {}
        : { 'x-config-restored-from': String(stored.restoredFrom) }),
    },
    body: stored.document,
  };
}
