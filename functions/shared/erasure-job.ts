import type { ErasureJob } from '../adapters/privacy-stores';
import {
  parseIdentifier,
  PLUS_ADDRESSING,
  type PlusAddressing,
} from '../core/privacy/customer-identifier';
import { IdentifierError } from '../core/privacy/identifier-error';
import type { PrivacyRequest } from './customer-privacy';

/** The job the admin API hands the erasure worker for this request and record. */
export function erasureJob(erasureId: string, request: PrivacyRequest): ErasureJob {
  const { kind, value } = request.identifier;
  const customer =
    kind === 'email' ? { email: value } : kind === 'phone' ? { phone: value } : { id: value };
  return { erasureId, customer, plusAddressing: request.plusAddressing };
}

/** A message of the erasure queue, read back; undefined when it is no job (nothing to erase). */
export function requestOfJob(
  body: string,
): { readonly erasureId: string; readonly request: PrivacyRequest } | undefined {
  let job: Partial<ErasureJob>;
  try {
    job = JSON.parse(body) as Partial<ErasureJob>;
  } catch {
    return undefined;
  }
  const { customer, erasureId, plusAddressing } = job;
  if (typeof erasureId !== 'string' || typeof customer !== 'object' || customer === null) {
    return undefined;
  }
  if (!(PLUS_ADDRESSING as readonly string[]).includes(String(plusAddressing))) return undefined;
  const named = (
    [
      ['email', customer.email],
      ['phone', customer.phone],
      ['customer-id', customer.id],
    ] as const
  ).filter((entry) => typeof entry[1] === 'string');
  if (named.length !== 1) return undefined;
  const [kind, value] = named[0]!;
  try {
    const identifier = parseIdentifier(kind, value!);
    return { erasureId, request: { identifier, plusAddressing: plusAddressing as PlusAddressing } };
  } catch (error) {
    if (error instanceof IdentifierError) return undefined;
    throw error;
  }
}
