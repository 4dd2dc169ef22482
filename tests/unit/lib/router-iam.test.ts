import { describe, expect, it } from 'vitest';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { EmailSending } from '../../../lib/constructs/email-sending';
import type { RouterFunction } from '../../../lib/constructs/router-function';
import type { TicketLinks } from '../../../lib/constructs/ticket-links-function';
import type { TicketQueues } from '../../../lib/constructs/ticket-queues';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { cfn, child, logicalId, synthTestStack } from './synth-test-stack';
import { asArray, grants, roleStatements } from './role-grants';

const { stack, template } = synthTestStack();
const router = child<RouterFunction>(stack, 'Router');
const queues = child<TicketQueues>(stack, 'TicketQueues');
const email = child<EmailSending>(stack, 'EmailSending');
const ticketLinks = child<TicketLinks>(stack, 'TicketLinks');
const configTable = child<DefinitionTable>(stack, CONFIG_TABLE.id).table;
const ticketsTable = child<DefinitionTable>(stack, TICKETS_TABLE.id).table;
const roleId = logicalId(stack, router.function.role!);

const resources = template.toJSON().Resources as Record<
  string,
  { Type: string; Properties: Record<string, unknown> }
>;
const routerStatements = roleStatements(template, roleId);

/** Every (action, resource) the router is allowed, as comparable strings. */
const granted = new Set(grants(routerStatements));

function pairs(actions: string[], resources: unknown[]): string[] {
  return actions.flatMap((action) =>
    resources.map((resource) => `${action} on ${JSON.stringify(cfn(stack, resource))}`),
  );
}

const expected = new Set([
  ...pairs(['logs:CreateLogStream', 'logs:PutLogEvents'], [router.function.logGroup.logGroupArn]),
  ...pairs(['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'], [configTable.tableArn]),
  ...pairs(
    [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:ConditionCheckItem',
    ],
    [ticketsTable.tableArn],
  ),
  ...pairs(
    ['dynamodb:Query'],
    TICKETS_TABLE.globalIndexes.map((i) => `${ticketsTable.tableArn}/index/${i.indexName}`),
  ),
  ...pairs(
    [
      'sqs:ReceiveMessage',
      'sqs:ChangeMessageVisibility',
      'sqs:GetQueueUrl',
      'sqs:DeleteMessage',
      'sqs:GetQueueAttributes',
    ],
    [queues.queue.queueArn],
  ),
  ...pairs(
    ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
    [queues.deadLetterQueue.queueArn],
  ),
  ...pairs(['ses:SendEmail'], [email.identity.emailIdentityArn, email.configurationSetArn]),
  // Signing the acknowledge/resolve links of assignment emails.
  ...pairs(
    ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
    [ticketLinks.secret.secretArn],
  ),
]);

describe('router permissions', () => {
  it('are exactly its tables, queues, identity, log group and link signing key', () => {
    expect([...granted].sort()).toEqual([...expected].sort());
  });

  it('only allow, unconditionally', () => {
    for (const statement of routerStatements) {
      expect(statement.Effect).toBe('Allow');
      expect(statement.Condition).toBeUndefined();
    }
  });

  it('name no wildcard action and no wildcard resource', () => {
    for (const statement of routerStatements) {
      for (const action of asArray(statement.Action)) expect(action).not.toContain('*');
      for (const resource of asArray(statement.Resource)) {
        expect(resource).not.toBe('*');
        expect(JSON.stringify(resource)).not.toMatch(/\*/);
      }
    }
  });

  it('never let the router write configuration', () => {
    const configArn = JSON.stringify(cfn(stack, configTable.tableArn));
    const writes = [...granted].filter(
      (p) => p.endsWith(` on ${configArn}`) && /Put|Update|Delete|Write/.test(p),
    );
    expect(writes).toEqual([]);
  });

  it('come from the router’s own role, with no managed policies', () => {
    expect(resources[logicalId(stack, router.function)]!.Properties.Role).toEqual({
      'Fn::GetAtt': [roleId, 'Arn'],
    });
    expect(resources[roleId]!.Properties.ManagedPolicyArns).toBeUndefined();
    expect(resources[roleId]!.Properties.AssumeRolePolicyDocument).toMatchObject({
      Statement: [{ Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
  });
});
