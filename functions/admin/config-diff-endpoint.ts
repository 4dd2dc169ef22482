import { diffConfig, formatConfigChange } from '../core/config/config-diff';
import { configOrThrow } from '../core/config/config-validation-error';
import { parseConfig } from '../core/config/parse-config';
import type { AdminDependencies, AdminRequest } from './dependencies';
import { invalidInput } from './admin-http-error';
import { bodyText } from './admin-request';
import { jsonResponse, type AdminResponse } from './admin-response';
import { configEtag } from './config-etag';
import { formatOf } from './config-endpoints';
import { readCurrentConfig } from './current-config';

/**
 * `POST /config/diff`: a dry run of `PUT /config`. The document is validated whole (400 with
 * every problem at its path, as a save would answer) and compared with the live version, as
 * `sunroute config diff` does; nothing is saved, so every signed-in user may ask.
 */
export async function diffConfigDocument(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const document = bodyText(request.event);
  if (document.trim() === '') throw invalidInput([{ path: '$', message: 'is empty' }]);
  const config = configOrThrow(
    parseConfig(document, {
      holidays: deps.holidays,
      format: formatOf(request.event.headers['content-type'], document),
    }),
  );
  const current = await readCurrentConfig(deps);
  const changes = current ? diffConfig(current.config, config) : [];
  return jsonResponse(
    200,
    {
      version: current?.stored.version ?? null,
      changed: current === undefined || document !== current.stored.document,
      changes: changes.map(formatConfigChange),
      details: changes,
    },
    current ? { etag: configEtag(current.stored.version) } : {},
  );
}
