import { describe, expect, it } from 'vitest';
import { TransactionCancelled } from '../../shared/store/db.js';
import { testStore } from '../support/app.js';

/**
 * A refused conditional write explains itself: DynamoDB (and DynamoDB Local) returns the item as
 * it was in the transaction's cancellation reasons when the item asks for ALL_OLD, so the store
 * never reads it again to say why (the hold and request refusals rely on this).
 */
describe('ReturnValuesOnConditionCheckFailure ALL_OLD in a transaction', () => {
  it('hands back the item whose condition failed, and nothing for the others', async () => {
    const store = await testStore();
    await store.db.transact([{ Put: { Item: { pk: 'T#1', sk: 'T', status: 'accepted', n: 3 } } }]);
    const refused = await store.db
      .transact([
        { Put: { Item: { pk: 'T#2', sk: 'T', status: 'new' } } },
        {
          Update: {
            Key: { pk: 'T#1', sk: 'T' },
            UpdateExpression: 'SET #s = :declined',
            ConditionExpression: '#s = :active',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':declined': 'declined', ':active': 'active' },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
      ])
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(refused).toBeInstanceOf(TransactionCancelled);
    const cancelled = refused as TransactionCancelled;
    expect(cancelled.codeAt(1)).toBe('ConditionalCheckFailed');
    expect(cancelled.oldItemAt(1)).toEqual({ pk: 'T#1', sk: 'T', status: 'accepted', n: 3 });
    expect(cancelled.oldItemAt(0)).toBeUndefined();
  });
});
