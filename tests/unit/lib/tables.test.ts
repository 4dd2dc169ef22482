import { describe, expect, it } from 'vitest';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { KeyAttribute, TableDefinition } from '../../../functions/definitions/tables';
import { TABLES } from '../../../functions/definitions/tables';
import { child, logicalId, synthTestStack } from './synth-test-stack';

const { stack, template } = synthTestStack();
const resources = template.toJSON().Resources as Record<
  string,
  { Properties: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string }
>;

function resourceOf(definition: TableDefinition) {
  const table = child<DefinitionTable>(stack, definition.id).table;
  return resources[logicalId(stack, table)]!;
}

function keySchema(partitionKey: KeyAttribute, sortKey?: KeyAttribute) {
  return [
    { AttributeName: partitionKey.name, KeyType: 'HASH' },
    ...(sortKey ? [{ AttributeName: sortKey.name, KeyType: 'RANGE' }] : []),
  ];
}

function attributesOf(definition: TableDefinition): Map<string, string> {
  const keys = [definition.partitionKey, definition.sortKey];
  for (const index of definition.globalIndexes) keys.push(index.partitionKey, index.sortKey);
  const attributes = new Map<string, string>();
  for (const key of keys) if (key) attributes.set(key.name, key.type);
  return attributes;
}

describe('DynamoDB tables', () => {
  it('are exactly the defined ones', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', TABLES.length);
  });

  describe.each(TABLES.map((definition) => [definition.id, definition] as const))(
    '%s',
    (_id, definition) => {
      const resource = resourceOf(definition);
      const properties = resource.Properties;

      it('is billed on demand, recoverable to a point in time and encrypted', () => {
        expect(properties).toMatchObject({
          BillingMode: 'PAY_PER_REQUEST',
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          SSESpecification: { SSEEnabled: true },
        });
        // No customer key: the AWS-managed one needs no grants for the router.
        expect(properties.SSESpecification).not.toHaveProperty('KMSMasterKeyId');
      });

      it('has the key schema of its definition', () => {
        expect(properties.KeySchema).toEqual(
          keySchema(definition.partitionKey, definition.sortKey),
        );
      });

      it('has the global indexes of its definition, projecting what each names (else all)', () => {
        const expected = definition.globalIndexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: keySchema(index.partitionKey, index.sortKey),
          Projection: index.projectedAttributes
            ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projectedAttributes] }
            : { ProjectionType: 'ALL' },
        }));
        expect(properties.GlobalSecondaryIndexes ?? []).toEqual(expected);
      });

      it('declares each key attribute once with its defined type', () => {
        const declared = properties.AttributeDefinitions as {
          AttributeName: string;
          AttributeType: string;
        }[];
        expect(new Map(declared.map((a) => [a.AttributeName, a.AttributeType]))).toEqual(
          attributesOf(definition),
        );
        expect(declared).toHaveLength(attributesOf(definition).size);
      });

      it('expires items by the defined TTL attribute', () => {
        expect(properties.TimeToLiveSpecification).toEqual(
          definition.ttlAttribute
            ? { AttributeName: definition.ttlAttribute, Enabled: true }
            : undefined,
        );
      });

      it('survives the stack being deleted or the table replaced', () => {
        expect(resource.DeletionPolicy).toBe('Retain');
        expect(resource.UpdateReplacePolicy).toBe('Retain');
      });
    },
  );
});
