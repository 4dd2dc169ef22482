import { PRIVACY_DEFAULTS } from '../core/config/config-schema';
import {
  parseIdentifier,
  type CustomerIdentifier,
  type IdentifierKind,
} from '../core/privacy/customer-identifier';
import { IdentifierError } from '../core/privacy/identifier-error';
import type { FieldError } from '../core/validation/field-error';
import type { CustomerPrivacy, PrivacyRequest } from '../shared/customer-privacy';
import { AdminHttpError, invalidInput } from './admin-http-error';
import { jsonObjectBody } from './admin-request';
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

/** `POST /privacy/export`: everything held about one customer, with where it lives. */
export async function exportCustomer(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const { privacy, asked } = await privacyRequest(deps, request);
  return jsonResponse(200, await privacy.export(asked));
}

/** `POST /privacy/erase`: erases it and answers with the audit record (what went, counted). */
export async function eraseCustomer(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const { privacy, asked } = await privacyRequest(deps, request);
  const record = await privacy.erase(asked, request.caller.name);
  deps.logger.info('customer data erased', {
    identifierHash: record.identifierHash,
    removed: record.removed,
    resumed: record.resumed,
  });
  return jsonResponse(200, record);
}
