import {
  deleteConfigEntry,
  findConfigEntry,
  putConfigEntry,
  type ConfigCollection,
} from '../core/config/config-document-edit';
import type { AdminDependencies, AdminRequest } from './dependencies';
import { AdminHttpError, invalidInput } from './admin-http-error';
import { jsonObjectBody, pathParameter } from './admin-request';
import { jsonResponse, type AdminResponse } from './admin-response';
import { basedOnVersion, configEtag } from './config-etag';
import { requireCurrentConfig } from './current-config';
import { saveConfigDocument } from './save-config-document';

const NOUN: Record<ConfigCollection, string> = { teams: 'team', agents: 'agent' };

function notFound(collection: ConfigCollection, id: string, version: number): AdminHttpError {
  return new AdminHttpError(404, `version ${version} has no ${NOUN[collection]} "${id}"`);
}

/** `GET /teams/{id}`, `GET /agents/{id}`: the entry as the live document writes it. */
export async function getEntry(
  deps: AdminDependencies,
  request: AdminRequest,
  collection: ConfigCollection,
): Promise<AdminResponse> {
  const id = pathParameter(request.event, 'id');
  const { stored } = await requireCurrentConfig(deps);
  const entry = findConfigEntry(stored.document, collection, id);
  if (!entry) throw notFound(collection, id, stored.version);
  return jsonResponse(200, entry, { etag: configEtag(stored.version) });
}

/**
 * `PUT /teams/{id}`, `PUT /agents/{id}`: replaces the entry, or adds it, and saves the whole
 * document as the next version once it validates whole (an agent of a team that does not exist
 * is refused at its path in the document, `agents[3].team`).
 */
export async function putEntry(
  deps: AdminDependencies,
  request: AdminRequest,
  collection: ConfigCollection,
): Promise<AdminResponse> {
  const id = pathParameter(request.event, 'id');
  const body = jsonObjectBody(request.event);
  if (body.id !== undefined && body.id !== id) {
    throw invalidInput([
      { path: 'id', message: `${JSON.stringify(body.id)} is not the path's id "${id}"` },
    ]);
  }
  const current = await requireCurrentConfig(deps);
  const basedOn = basedOnVersion(request.event, current.stored.version);
  const edit = putConfigEntry(current.stored.document, current.stored.format, collection, {
    ...body,
    id,
  });
  return saveConfigDocument(deps, request, {
    document: edit.document,
    format: current.stored.format,
    basedOn,
    current,
    details: { created: edit.created },
  });
}

/** `DELETE /teams/{id}`, `DELETE /agents/{id}`: a team that still has agents is refused (400). */
export async function deleteEntry(
  deps: AdminDependencies,
  request: AdminRequest,
  collection: ConfigCollection,
): Promise<AdminResponse> {
  const id = pathParameter(request.event, 'id');
  const current = await requireCurrentConfig(deps);
  const basedOn = basedOnVersion(request.event, current.stored.version);
  const document = deleteConfigEntry(
    current.stored.document,
    current.stored.format,
    collection,
    id,
  );
  if (document === undefined) throw notFound(collection, id, current.stored.version);
  return saveConfigDocument(deps, request, {
    document,
    format: current.stored.format,
    basedOn,
    current,
  });
}
