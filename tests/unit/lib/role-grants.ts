// What a function's role may do, read from the synthesized template, so a test can compare it with
// exactly what the function needs.
import type { Template } from 'aws-cdk-lib/assertions';

export interface PolicyStatement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: unknown;
}

export const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** The statements of every inline policy attached to the role with this logical id. */
export function roleStatements(template: Template, roleLogicalId: string): PolicyStatement[] {
  const resources = template.toJSON().Resources as Record<
    string,
    { Type: string; Properties: Record<string, unknown> }
  >;
  return Object.values(resources)
    .filter(
      (r) =>
        r.Type === 'AWS::IAM::Policy' &&
        (r.Properties.Roles as unknown[]).some(
          (role) => JSON.stringify(role) === JSON.stringify({ Ref: roleLogicalId }),
        ),
    )
    .flatMap((r) => (r.Properties.PolicyDocument as { Statement: PolicyStatement[] }).Statement);
}

/** Every `action on resource` the statements allow, as comparable strings; repeats are kept. */
export function grants(statements: readonly PolicyStatement[]): string[] {
  return statements.flatMap((s) =>
    asArray(s.Action).flatMap((action) =>
      asArray(s.Resource).map((resource) => `${action} on ${JSON.stringify(resource)}`),
    ),
  );
}
