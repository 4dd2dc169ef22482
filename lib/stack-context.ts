import type { Node } from 'constructs';
import { EMAIL_SENDING } from '../functions/definitions/email-sending';
import { TICKET_QUEUE } from '../functions/definitions/queues';
import { StackContextError } from './stack-context-error';

/** Deployment choices read from CDK context (`-c key=value` or cdk.json), checked up front. */
export interface StackContext {
  readonly senderEmail: string;
  readonly configurationSetName: string;
  readonly maxReceiveCount: number;
  readonly queueAgeAlarmMinutes: number;
  readonly alarmEmail: string | undefined;
  /** Reserve concurrency per function (RESERVED_CONCURRENCY); off for accounts without quota. */
  readonly reserveConcurrency: boolean;
}

const DEFAULT_QUEUE_AGE_ALARM_MINUTES = 10;

// Loose on purpose: SES verifies the address; this only catches a value that cannot be one,
// such as a forgotten `-c senderEmail` swallowing the next flag.
const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// SES's own rule for configuration set names.
const CONFIGURATION_SET_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export function readStackContext(node: Node): StackContext {
  return {
    senderEmail: emailAddress(node, 'senderEmail', true),
    configurationSetName: configurationSetName(node),
    maxReceiveCount: wholeNumber(node, 'maxReceiveCount', TICKET_QUEUE.maxReceiveCount, 1, 1000),
    queueAgeAlarmMinutes: wholeNumber(
      node,
      'queueAgeAlarmMinutes',
      DEFAULT_QUEUE_AGE_ALARM_MINUTES,
      1,
      // No message lives longer than the retention period, so a higher threshold could never fire.
      TICKET_QUEUE.retentionDays * 24 * 60,
    ),
    alarmEmail: emailAddress(node, 'alarmEmail', false),
    reserveConcurrency: flag(node, 'reserveConcurrency', true),
  };
}

// `-c key=false` arrives as the string "false", cdk.json gives the boolean: accept both.
function flag(node: Node, key: string, fallback: boolean): boolean {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === '') return fallback;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new StackContextError(key, `must be true or false, got ${JSON.stringify(value)}`);
}

function emailAddress(node: Node, key: string, required: true): string;
function emailAddress(node: Node, key: string, required: false): string | undefined;
function emailAddress(node: Node, key: string, required: boolean): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === '') {
    if (required) {
      throw new StackContextError(key, `is required: pass it as -c ${key}=support@example.com`);
    }
    return undefined;
  }
  if (typeof value !== 'string' || !EMAIL_ADDRESS.test(value)) {
    throw new StackContextError(key, `must be an email address, got ${JSON.stringify(value)}`);
  }
  return value;
}

function configurationSetName(node: Node): string {
  const value: unknown = node.tryGetContext('configurationSetName');
  if (value === undefined || value === '') return EMAIL_SENDING.defaultConfigurationSetName;
  if (typeof value !== 'string' || !CONFIGURATION_SET_NAME.test(value)) {
    throw new StackContextError(
      'configurationSetName',
      `must be 1 to 64 letters, digits, '_' or '-', got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

// `-c key=3` arrives as the string "3", cdk.json gives the number 3: accept both.
function wholeNumber(node: Node, key: string, fallback: number, min: number, max: number): number {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === '') return fallback;
  const parsed = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof parsed !== 'number' || !Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new StackContextError(
      key,
      `must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
    );
  }
  return parsed;
}
