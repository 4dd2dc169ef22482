import { PRIVACY_DEFAULTS } from '../core/config/config-schema';
import {
  parseIdentifier,
  type CustomerIdentifier,
  type IdentifierKind,
} from '../core/privacy/customer-identifier';
import { IdentifierError } from '../core/privacy/identifier-error';
import type { FieldError } from '../core/validation/field-error';
import { PRIVACY } from '../definitions/privacy';
import type { CustomerPrivacy, PrivacyRequest } from '../shared/customer-privacy';
import { erasureJob } from '../shared/erasure-job';
import { AdminHttpError, invalidInput } from './admin-http-error';
import { jsonObjectBody, pathParameter } from './admin-request';
import { jsonResponse, type AdminResponse } from './admin-response';
import { readCurrentConfig } from './current-config';
import type { AdminDependencies, AdminRequest } from './dependencies';

/** The body's field for each kind of identifier. */
const FIELDS: Readonly<Record<string, IdentifierKind>> = {
  email: 'email',
  phone: 'phone',
  customerId: 'customer-id',
};

/** `{"email": …}`, `{"phone": …}` or `{"customerId": …}`: exactly one, normalised. */
function identifierOf(request: AdminRequest): CustomerIdentifier {
  const body = jsonObjectBody(request.event);
  const errors: FieldError[] = Object.keys(body)
    .filter((key) => !(key in FIELDS))
    .map((key) => ({ path: `body.${key}`, message: 'is not email, phone or customerId' }));
  const given = Object.keys(body).filter((key) => key in FIELDS);
  if (given.length !== 1) {
    errors.push({
      path: 'body',
      message: 'must name the customer by exactly one of email, phone, customerId',
    });
  }
  if (errors.length > 0) throw invalidInput(errors);
  const field = given[0]!;
  const value = body[field];
  if (typeof value !== 'string')
    throw invalidInput([{ path: `body.${field}`, message: 'must be a string' }]);
  try {
    return parseIdentifier(FIELDS[field]!, value);
  } catch (error) {
    if (error instanceof IdentifierError) {
      throw invalidInput([
        {
          path: `body.${field}`,
          message: `${JSON.stringify(value.slice(0, 100))} ${error.problem}`,
        },
      ]);
    }
    throw error;
  }
}

async function privacyRequest(deps: AdminDependencies, request: AdminRequest) {
  const identifier = identifierOf(request);
  if (!deps.privacy) {
    throw new AdminHttpError(
      503,
      'privacy requests are not available: the admin function has no dead-letter queue or link secret configured',
    );
  }
  const current = await readCurrentConfig(deps);
  const settings = current?.config.privacy ?? PRIVACY_DEFAULTS;
  const asked: PrivacyRequest = { identifier, plusAddressing: settings.plusAddressing };
  return { privacy: deps.privacy() as CustomerPrivacy, asked };
}

/** Why an export is refused here: the CLI writes any size. */
function tooLargeForOneResponse(what: string): AdminHttpError {
  return new AdminHttpError(
    422,
    `${what}: more than one response carries; run \`sunroute privacy export\` for this customer`,
  );
}

/**
 * `POST /privacy/export`: everything held about one customer, with where it lives, when it fits
 * in one response (PRIVACY.inlineExport); else 422, naming the CLI, which has no such bound.
 */
export async function exportCustomer(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const { privacy, asked } = await privacyRequest(deps, request);
  const { tickets, bytes } = PRIVACY.inlineExport;
  const found = await privacy.ticketCount(asked);
  if (found > tickets) throw tooLargeForOneResponse(`${found} tickets (at most ${tickets})`);
  const exported = await privacy.export(asked);
  const size = Buffer.byteLength(JSON.stringify(exported));
  if (size > bytes) throw tooLargeForOneResponse(`${size} bytes of JSON (at most ${bytes})`);
  return jsonResponse(200, exported);
}

/**
 * `POST /privacy/erase`: writes the audit record first; an erasure of a few tickets completes
 * here and answers 200 with the finished record (what went, counted), a larger one goes to the
 * erasure worker and answers 202 with the running record, whose `erasureId`
 * `GET /privacy/erasures/{id}` follows.
 */
export async function eraseCustomer(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const { privacy, asked } = await privacyRequest(deps, request);
  const { record, tickets } = await privacy.start(asked, request.caller.name);
  const location = { location: `/privacy/erasures/${record.erasureId}` };
  if (deps.erasureQueue && tickets > PRIVACY.inlineErasureTickets) {
    await deps.erasureQueue().enqueue(erasureJob(record.erasureId, asked));
    deps.logger.info('customer erasure handed to the worker', {
      erasureId: record.erasureId,
      tickets,
    });
    return jsonResponse(202, { ...record, ticketsFound: tickets }, location);
  }
  const finished = await privacy.complete(asked, record);
  deps.logger.info('customer data erased', {
    erasureId: finished.erasureId,
    removed: finished.removed,
    resumed: finished.resumed,
  });
  return jsonResponse(200, finished, location);
}

/** `GET /privacy/erasures/{id}`: an erasure's record, as far as it has got. */
export async function getErasure(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const id = pathParameter(request.event, 'id');
  if (!deps.erasureRecords) throw new AdminHttpError(503, 'erasure records are not available');
  const record = await deps.erasureRecords().read(id);
  if (!record) throw new AdminHttpError(404, `no erasure ${JSON.stringify(id.slice(0, 100))}`);
  return jsonResponse(200, record);
}
