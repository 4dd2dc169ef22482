import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { TransactionCancellation } from '../../../../functions/adapters/dynamodb/transaction-cancellation';

/** A cancellation as DynamoDB reports it: one reason per item sent, in order. */
function cancelled(...codes: (string | undefined)[]) {
  return new TransactionCancellation(
    new TransactionCanceledException({
      message: 'Transaction cancelled, please refer cancellation reasons for specific reasons',
      $metadata: {},
      CancellationReasons: codes.map((Code) => (Code === undefined ? {} : { Code })),
    }),
  );
}

describe('TransactionCancellation', () => {
  it('tells which item failed its condition, by position', () => {
    const cancellation = cancelled('None', 'ConditionalCheckFailed', 'None');
    expect([0, 1, 2].map((index) => cancellation.conditionFailed(index))).toEqual([
      false,
      true,
      false,
    ]);
    expect(cancellation.passed(0)).toBe(true);
    expect(cancellation.passed(1)).toBe(false);
    expect(cancellation.anyConditionFailed).toBe(true);
    expect(cancellation.conflicted).toBe(false);
  });

  it('tells a conflict with another transaction from a failed condition', () => {
    const cancellation = cancelled('None', 'TransactionConflict');
    expect(cancellation.conflicted).toBe(true);
    expect(cancellation.anyConditionFailed).toBe(false);
    expect(cancellation.conditionFailed(1)).toBe(false);
  });

  it('says nothing of items past the reasons, nor of a reason without a code', () => {
    const cancellation = cancelled(undefined, 'ValidationError');
    expect(cancellation.passed(0)).toBe(false);
    expect(cancellation.conditionFailed(5)).toBe(false);
    expect(cancellation.passed(5)).toBe(false);
    expect(cancellation.anyConditionFailed).toBe(false);
    expect(cancellation.conflicted).toBe(false);
  });

  it('reads a cancellation without reasons as none of them', () => {
    const error = new TransactionCanceledException({ message: 'cancelled', $metadata: {} });
    const cancellation = new TransactionCancellation(error);
    expect(cancellation.conditionFailed(0)).toBe(false);
    expect(cancellation.conflicted).toBe(false);
    expect(cancellation.error).toBe(error);
  });
});
