import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { startDynamoLocal } from '../../scripts/dynamo-local.js';
import { Store } from '../../shared/store/index.js';
import { checkIndexRead } from '../../shared/store/index-check.js';
import { batchGetInOrder } from '../../shared/store/index-reads.js';
import { GSI1, GSI2, GSI3, GSI4, index, key } from '../../shared/store/keys.js';
import {
  createTableInput,
  ensureTable,
  projectionOf,
  sameProjection,
  TABLE_KEYS,
} from '../../shared/store/table.js';
import { as, freshTable, requestBody, testApp, testStore } from '../support/app.js';
import { CHILD_LEVEL_FIELDS } from '../support/child-fields.js';

/**
 * Decision 0014: the indexes carry only what their readers take from them. Checked against
 * DynamoDB Local itself: what a raw Query of each index returns for real records, a table kept
 * from an older run rebuilt in place, and whole records read back by key in the index's order.
 */

let app: App;

beforeAll(async () => {
  app = await testApp();
  const la = as(app, 'la', 'E08000025');
  const provider = as(app, 'provider', 'fx-provider-a');
  // A request, a hold on it, an accepted hold (a placement) and a referral: every kind the indexes hold.
  const first = await la.post('/v1/requests', requestBody());
  expect(first.status).toBe(201);
  const hold = await la.post('/v1/holds', { requestId: first.body.id, unitId: 'fx-leeds' });
  expect(hold.status).toBe(201);
  expect((await provider.post(`/v1/holds/${hold.body.id}/accept`, {})).status).toBe(201);
  const second = await la.post('/v1/requests', requestBody());
  const referred = await la.post('/v1/referrals', { requestId: second.body.id, unitIds: ['fx-leeds'] });
  expect(referred.status).toBe(201);
}, 120_000);

afterAll(() => app?.stop());

/** Every item of an index partition as DynamoDB returns it, with no ProjectionExpression (past Db's check). */
async function rawIndex(indexName: string, pkAttr: string, pkValue: string) {
  const out = await app.store.db.doc.send(
    new QueryCommand({
      TableName: app.store.db.tableName,
      IndexName: indexName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': pkAttr },
      ExpressionAttributeValues: { ':pk': pkValue },
    }),
  );
  return out.Items ?? [];
}

describe('what each index carries', () => {
  it('the national time index holds every record with no child-level field', async () => {
    const day = new Date().toISOString().slice(0, 10);
    for (const partition of [
      index.allRequests,
      index.allHolds,
      index.allPlacements,
      index.allReferrals,
      index.auditByDay(day),
    ]) {
      const items = await rawIndex(GSI3, 'gsi3pk', partition);
      expect(items.length, partition).toBeGreaterThan(0);
      for (const item of items)
        expect(Object.keys(item).filter((k) => CHILD_LEVEL_FIELDS.includes(k))).toEqual([]);
    }
    // The figures still have what they count by.
    const [request] = await rawIndex(GSI3, 'gsi3pk', index.allRequests);
    expect(request).toMatchObject({
      stream: 'welfare',
      homeRegionCode: expect.any(String),
      status: 'placed',
    });
  });

  it("the LA's and the provider's indexes hold keys, status and requestId only", async () => {
    const items = [
      ...(await rawIndex(GSI1, 'gsi1pk', index.laHolds('E08000025'))),
      ...(await rawIndex(GSI2, 'gsi2pk', index.providerPlacements('fx-provider-a'))),
    ];
    expect(items.length).toBeGreaterThan(1);
    for (const item of items)
      expect(Object.keys(item).filter((k) => !/^(pk|sk|gsi\d(pk|sk)|status|requestId)$/.test(k))).toEqual([]);
  });

  it('Db refuses an index read of what the index does not carry, in a projection or a filter', () => {
    const base = { KeyConditionExpression: 'gsi3pk = :pk', ExpressionAttributeValues: { ':pk': 'REQS' } };
    expect(() => checkIndexRead({ ...base, IndexName: GSI3 })).toThrow(/must name its attributes/);
    expect(() =>
      checkIndexRead({ ...base, IndexName: GSI3, ProjectionExpression: 'status, childRef' }),
    ).toThrow(/gsi3 does not carry childRef/);
    expect(() =>
      checkIndexRead({
        ...base,
        IndexName: GSI3,
        ProjectionExpression: 'stream',
        FilterExpression: 'contains(#n, :x) AND #s = :s',
        ExpressionAttributeNames: { '#n': 'needs', '#s': 'status' },
      }),
    ).toThrow(/gsi3 does not carry needs/);
    // Aliases, functions, nested paths and the keys themselves are fine.
    expect(() =>
      checkIndexRead({
        ...base,
        IndexName: GSI3,
        ProjectionExpression: 'pk, sk, gsi3sk, #s, referralIds[0]',
        FilterExpression: 'attribute_exists(outcome) AND NOT #s IN (:a, :b) AND size(referralIds) > :n',
        ExpressionAttributeNames: { '#s': 'status' },
      }),
    ).not.toThrow();
    expect(() => checkIndexRead({ ...base, IndexName: GSI4, ProjectionExpression: 'holds' })).toThrow();
    // The table itself is not an index: anything goes.
    expect(() => checkIndexRead({ KeyConditionExpression: 'pk = :pk' })).not.toThrow();
  });
});

describe('records read by key after the index', () => {
  it('come back in the order asked, past 100 keys, once per key, without the missing', async () => {
    const store = await testStore();
    const ids = Array.from({ length: 230 }, (_, i) => `r${String(i).padStart(3, '0')}`);
    for (let i = 0; i < ids.length; i += 25)
      await store.db.transact(
        ids.slice(i, i + 25).map((id) => ({ Put: { Item: { ...key.request(id), id } } })),
      );
    const asked = [...ids].reverse();
    asked.splice(7, 0, 'absent');
    asked.push(ids[3] as string);
    const keys = asked.map((id) => key.request(id));
    const found = await batchGetInOrder<{ id: string }>(store.db, keys);
    expect(found.map((r) => r.id)).toEqual(asked.filter((id) => id !== 'absent'));
    store.db.client.destroy();
  });
});

describe('a table kept from an earlier run (npm start with DATA_DIR)', () => {
  it('has each index whose projection differs rebuilt in place, its records kept', async () => {
    // Its own DynamoDB Local, as npm start has: in the shared one, deleting an index waits behind
    // every other test file's writes (minutes in a full run, seconds alone).
    const dynamo = await startDynamoLocal();
    try {
      await rebuildsInPlace(dynamo.endpoint);
    } finally {
      await dynamo.stop();
    }
  }, 600_000);
});

async function rebuildsInPlace(at: string): Promise<void> {
  const tableName = freshTable();
  const kept = new Store({ tableName, endpoint: at });
  const client = kept.db.client;
  const old = createTableInput(tableName);
  await client.send(
    new CreateTableCommand({
      ...old,
      GlobalSecondaryIndexes: old.GlobalSecondaryIndexes?.map((g) => ({
        ...g,
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  await kept.db.put({
    Item: {
      ...key.request('kept'),
      id: 'kept',
      childRef: 'case-1q1',
      gsi3pk: index.allRequests,
      gsi3sk: 'x',
    },
  });
  await ensureTable(client, tableName);
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  for (const wanted of TABLE_KEYS.indexes) {
    const found = Table?.GlobalSecondaryIndexes?.find((g) => g.IndexName === wanted.name);
    expect(sameProjection(found?.Projection, projectionOf(wanted)), wanted.name).toBe(true);
    expect(found?.IndexStatus).toBe('ACTIVE');
  }
  const out = await kept.db.query({
    IndexName: GSI3,
    KeyConditionExpression: 'gsi3pk = :pk',
    ProjectionExpression: 'pk',
    ExpressionAttributeValues: { ':pk': index.allRequests },
  });
  expect(out.Items).toEqual([{ pk: key.request('kept').pk }]);
  // A second start finds nothing to change.
  await ensureTable(client, tableName);
  client.destroy();
}
