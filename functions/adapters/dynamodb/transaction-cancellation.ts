import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  TransactWriteCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';

/** One write of a TransactWriteItems call. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * Why DynamoDB cancelled a transaction, read off its reasons: one per item, in the order the items
 * were sent, `None` for an item that was not the cause. Callers put the items whose conditions
 * they tell apart at known positions.
 */
export class TransactionCancellation {
  private readonly codes: readonly (string | undefined)[];

  constructor(
    /** What DynamoDB threw, for a caller to rethrow when no reason is one it handles. */
    readonly error: TransactionCanceledException,
  ) {
    this.codes = (error.CancellationReasons ?? []).map((reason) => reason.Code);
  }

  /** The condition of the item at `index` failed. */
  conditionFailed(index: number): boolean {
    return this.codes[index] === 'ConditionalCheckFailed';
  }

  /** The item at `index` was not a cause (its condition held, or it had none). */
  passed(index: number): boolean {
    return this.codes[index] === 'None';
  }

  /** Some item's condition failed. */
  get anyConditionFailed(): boolean {
    return this.codes.includes('ConditionalCheckFailed');
  }

  /** Another transaction touched one of the items at the same moment: worth trying again. */
  get conflicted(): boolean {
    return this.codes.includes('TransactionConflict');
  }
}

/**
 * Writes the items in one transaction: undefined when written, the cancellation when DynamoDB
 * cancelled it (a condition, a conflict). Anything else (throttling, outages) is thrown.
 */
export async function writeTransaction(
  documents: DynamoDBDocumentClient,
  items: TransactItem[],
): Promise<TransactionCancellation | undefined> {
  try {
    await documents.send(new TransactWriteCommand({ TransactItems: items }));
    return undefined;
  } catch (error) {
    if (error instanceof TransactionCanceledException) return new TransactionCancellation(error);
    throw error;
  }
}
