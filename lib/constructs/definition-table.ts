import { RemovalPolicy } from 'aws-cdk-lib';
import type { Attribute } from 'aws-cdk-lib/aws-dynamodb';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { KeyAttribute, TableDefinition } from '../../functions/definitions/tables';

export interface DefinitionTableProps {
  readonly definition: TableDefinition;
}

/** A DynamoDB table built from its shared definition, so keys and indexes match the code's. */
export class DefinitionTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: DefinitionTableProps) {
    super(scope, id);
    const { definition } = props;

    this.table = new Table(this, 'Table', {
      partitionKey: attribute(definition.partitionKey),
      sortKey: definition.sortKey && attribute(definition.sortKey),
      // Ticket volume follows office hours around the globe and spikes with incidents; on demand
      // needs no capacity planning and costs nothing while idle.
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The AWS-managed key needs no key policy or grants for the router and still shows every
      // use in CloudTrail; a customer-managed key would only pay off for cross-account access or
      // crypto-shredding, and per-customer erasure is done by deleting items instead.
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: definition.ttlAttribute,
      // Configuration versions and ticket history are the support leads' and customers' records:
      // deleting the stack must never take them along.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const index of definition.globalIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: index.sortKey && attribute(index.sortKey),
        ...(index.projectedAttributes
          ? {
              projectionType: ProjectionType.INCLUDE,
              nonKeyAttributes: [...index.projectedAttributes],
            }
          : {}),
      });
    }
  }
}

function attribute(key: KeyAttribute): Attribute {
  return {
    name: key.name,
    type: key.type === 'S' ? AttributeType.STRING : AttributeType.NUMBER,
  };
}
