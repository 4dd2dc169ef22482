import { email } from '../validation/field-rules';
import { EmailInputError } from './email-input-error';

/**
 * The recipient address, checked again although the configuration was validated: the document
 * may come from DynamoDB written by another version, and an address with a line break would be a
 * header injection.
 */
export function recipientAddress(
  address: string | undefined,
  field: string,
  owner: string,
): string | EmailInputError {
  if (address === undefined || address.trim() === '')
    return new EmailInputError(field, `is missing: ${owner} has no email address`);
  if (!email.safeParse(address).success)
    return new EmailInputError(field, `${JSON.stringify(address)} is not an email address`);
  return address;
}
