import { diffConfig, formatConfigChange } from '../core/config/config-diff';
import type { ConfigFormat } from '../core/config/parse-config';
import type { AdminDependencies, AdminRequest } from './dependencies';
import { jsonResponse, type AdminResponse } from './admin-response';
import { configEtag } from './config-etag';
import type { CurrentConfig } from './current-config';

export interface ConfigDocumentSave {
  readonly document: string;
  readonly format: ConfigFormat;
  /** The version the caller's If-Match names; undefined only for the first version. */
  readonly basedOn: number | undefined;
  readonly current: CurrentConfig | undefined;
  readonly restoredFrom?: number;
  /** More to say in the answer (what a holiday import added, whether an entry was created). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * Every admin write ends here: the whole document validated (400 with paths), saved as the next
 * version with who wrote it, only if the version the caller edited is still current (409), and
 * answered with the change list and the new ETag. A save that would store exactly what the
 * current version stores (the same text, comments included, and the same holiday table) adds no
 * version: `changed: false` (the store's rule, the same for the CLI).
 */
export async function saveConfigDocument(
  deps: AdminDependencies,
  request: AdminRequest,
  save: ConfigDocumentSave,
): Promise<AdminResponse> {
  const { current } = save;
  const saved = await deps.config.saveVersion(save.document, {
    holidays: deps.holidays,
    format: save.format,
    savedBy: request.caller.name,
    ...(save.basedOn === undefined ? {} : { basedOn: save.basedOn }),
    ...(save.restoredFrom === undefined ? {} : { restoredFrom: save.restoredFrom }),
  });
  if (saved.kind === 'unchanged') {
    return jsonResponse(
      200,
      { version: saved.version, changed: false, changes: [], ...save.details },
      { etag: configEtag(saved.version) },
    );
  }
  const { version } = saved;
  const changes = current ? diffConfig(current.config, saved.config).map(formatConfigChange) : [];
  return jsonResponse(
    current ? 200 : 201,
    {
      version,
      previous: current?.stored.version ?? null,
      savedBy: request.caller.name,
      ...(save.restoredFrom === undefined ? {} : { restoredFrom: save.restoredFrom }),
      changed: true,
      changes,
      ...save.details,
    },
    { etag: configEtag(version) },
  );
}
