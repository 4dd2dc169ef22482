import type { Node } from 'constructs';
import { StackContextError } from '../stack-context-error';

// A domain name SES can receive for: labels of letters, digits and hyphens, at least two.
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/**
 * `-c inboundDomain=support.example.com`: the domain whose mail SES receives and turns into
 * tickets. Absent, the stack has no receiving resources at all.
 */
export function readInboundDomain(node: Node): string | undefined {
  const value: unknown = node.tryGetContext('inboundDomain');
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !DOMAIN.test(value))
    throw new StackContextError(
      'inboundDomain',
      `must be a domain name such as support.example.com, got ${JSON.stringify(value)}`,
    );
  return value.toLowerCase();
}
