import type { AdminRouteKey } from '../definitions/admin-api';
import type { AdminDependencies, AdminRequest } from './dependencies';
import type { AdminResponse } from './admin-response';
import { getCaller } from './caller-endpoint';
import { diffConfigDocument } from './config-diff-endpoint';
import { getConfig, listConfigVersions, putConfig, rollbackConfig } from './config-endpoints';
import { getConfigVersion } from './config-version-endpoint';
import { getCoverage } from './coverage-endpoint';
import { deleteEntry, getEntry, putEntry } from './entry-endpoints';
import { getHolidayCountry, listHolidayCountries } from './holiday-directory-endpoints';
import { importHolidays } from './holiday-import-endpoint';
import { previewRoute } from './preview-endpoint';
import { getTicket, listTickets } from './ticket-endpoints';
import { getWeekCoverage } from './week-coverage-endpoint';
import { assignTicket } from './assign-endpoint';
import { eraseCustomer, exportCustomer, getErasure } from './privacy-endpoints';
import { getReport } from './report-endpoint';

export interface AdminRoute {
  /** Changes the configuration: support leads only. */
  readonly write: boolean;
  readonly handle: (deps: AdminDependencies, request: AdminRequest) => Promise<AdminResponse>;
}

const read = (handle: AdminRoute['handle']): AdminRoute => ({ write: false, handle });
const write = (handle: AdminRoute['handle']): AdminRoute => ({ write: true, handle });

/** Every route of functions/definitions/admin-api.ts, and only those: the type sees to both. */
export const ADMIN_ROUTES: Readonly<Record<AdminRouteKey, AdminRoute>> = {
  'GET /config': read((deps) => getConfig(deps)),
  'PUT /config': write(putConfig),
  'GET /config/versions': read((deps) => listConfigVersions(deps)),
  'POST /config/rollback': write(rollbackConfig),
  'GET /teams/{id}': read((deps, request) => getEntry(deps, request, 'teams')),
  'PUT /teams/{id}': write((deps, request) => putEntry(deps, request, 'teams')),
  'DELETE /teams/{id}': write((deps, request) => deleteEntry(deps, request, 'teams')),
  'POST /teams/{id}/holidays/import': write(importHolidays),
  'GET /agents/{id}': read((deps, request) => getEntry(deps, request, 'agents')),
  'PUT /agents/{id}': write((deps, request) => putEntry(deps, request, 'agents')),
  'DELETE /agents/{id}': write((deps, request) => deleteEntry(deps, request, 'agents')),
  'GET /coverage': read(getCoverage),
  // Reads only, so every signed-in user may preview.
  'POST /route/preview': read(previewRoute),
  'GET /tickets': read(listTickets),
  'GET /tickets/{id}': read(getTicket),
  'GET /me': read((_deps, request) => getCaller(request)),
  // A dry run saves nothing, so every signed-in user may check a document.
  'POST /config/diff': read(diffConfigDocument),
  'GET /config/versions/{version}': read(getConfigVersion),
  'GET /holidays/countries': read(() => listHolidayCountries()),
  'GET /holidays/countries/{country}': read(getHolidayCountry),
  'GET /coverage/week': read(getWeekCoverage),
  // Moves work between people: support leads only.
  'POST /tickets/{id}/assign': write(assignTicket),
  // A customer's data, read whole or erased: support leads only.
  'POST /privacy/export': write(exportCustomer),
  'POST /privacy/erase': write(eraseCustomer),
  'GET /privacy/erasures/{id}': write(getErasure),
  'GET /reports': read(getReport),
};
