import { detectConfigFormat, type ConfigFormat } from '../core/config/parse-config';
import { ConfigVersionMissingError } from '../adapters/config-version-missing-error';
import type { AdminDependencies, AdminRequest } from './dependencies';
import { AdminHttpError, invalidInput } from './admin-http-error';
import { bodyText, jsonObjectBody } from './admin-request';
import { jsonResponse, type AdminResponse } from './admin-response';
import { basedOnVersion, configEtag } from './config-etag';
import { readCurrentConfig, requireCurrentConfig } from './current-config';
import { saveConfigDocument } from './save-config-document';

export const CONFIG_CONTENT_TYPES: Record<ConfigFormat, string> = {
  yaml: 'application/yaml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** A JSON media type says JSON, a YAML one YAML; anything else, the content decides. */
export function formatOf(contentType: string | undefined, document: string): ConfigFormat {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) return 'json';
  if (mediaType.includes('yaml')) return 'yaml';
  return detectConfigFormat(document);
}

/** `GET /config`: the live document exactly as written, in its own format, with its ETag. */
export async function getConfig(deps: AdminDependencies): Promise<AdminResponse> {
  const { stored } = await requireCurrentConfig(deps);
  return {
    statusCode: 200,
    headers: {
      'content-type': CONFIG_CONTENT_TYPES[stored.format],
      etag: configEtag(stored.version),
      'x-config-version': String(stored.version),
      'x-config-saved-at': stored.savedAt,
      ...(stored.savedBy ? { 'x-config-saved-by': stored.savedBy } : {}),
    },
    body: stored.document,
  };
}

/** `PUT /config`: the whole document (YAML or JSON) as the next version. */
export async function putConfig(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const document = bodyText(request.event);
  if (document.trim() === '') throw invalidInput([{ path: '$', message: 'is empty' }]);
  const current = await readCurrentConfig(deps);
  const basedOn = basedOnVersion(request.event, current?.stored.version);
  return saveConfigDocument(deps, request, {
    document,
    format: formatOf(request.event.headers['content-type'], document),
    basedOn,
    current,
  });
}

/** `GET /config/versions`: every version, newest first, with who saved it and when. */
export async function listConfigVersions(deps: AdminDependencies): Promise<AdminResponse> {
  const [pointer, versions] = await Promise.all([
    deps.config.currentVersion(),
    deps.config.listVersions(),
  ]);
  return jsonResponse(200, { current: pointer?.version ?? null, versions });
}

/** `POST /config/rollback {version}`: that version's document saved again as the next version. */
export async function rollbackConfig(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const body = jsonObjectBody(request.event);
  const version = body.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw invalidInput([
      {
        path: 'version',
        message:
          version === undefined
            ? 'is required'
            : `${JSON.stringify(version)} is not a version number`,
      },
    ]);
  }
  const unknown = Object.keys(body).filter((key) => key !== 'version');
  if (unknown.length > 0) {
    throw invalidInput(unknown.map((key) => ({ path: key, message: 'is not a known field' })));
  }
  const current = await requireCurrentConfig(deps);
  const basedOn = basedOnVersion(request.event, current.stored.version);
  let target;
  try {
    target = await deps.config.readVersion(version);
  } catch (error) {
    if (error instanceof ConfigVersionMissingError) {
      throw new AdminHttpError(404, `configuration version ${version} is not stored`, [
        { path: 'version', message: `${version} is not a stored version` },
      ]);
    }
    throw error;
  }
  return saveConfigDocument(deps, request, {
    document: target.document,
    format: target.format,
    basedOn,
    current,
    restoredFrom: version,
  });
}
