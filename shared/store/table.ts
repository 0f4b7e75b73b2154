import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  type Projection,
  ResourceNotFoundException,
  type TableDescription,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { NATIONAL_INDEX_FIELDS } from './figure-fields.js';
import { GSI1, GSI2, GSI3, GSI4, TTL_ATTRIBUTE } from './keys.js';

/**
 * What an index copies from each item beside the keys. `KEYS_ONLY`: the table's and the index's
 * keys; `INCLUDE`: those and the attributes named (by name, from every item in the index).
 */
type IndexProjection = { type: 'KEYS_ONLY' } | { type: 'INCLUDE'; attributes: readonly string[] };

interface IndexDefinition {
  readonly name: string;
  readonly pk: string;
  readonly sk: string;
  readonly projection: IndexProjection;
}

/**
 * The table's keys and indexes: the one definition local start-up, the tests and the CDK table
 * (infra/data.ts) are all built from. Each index carries only what a reader takes from the index
 * itself (docs/data-model.md, decision 0014); a reader that needs a whole record reads the index's
 * keys and then the records (`queryItems`, shared/store/index-reads.ts). `Db.query` refuses a read
 * of an attribute its index does not carry, so a new reader cannot silently get half an item.
 */
export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    {
      // The LA's view, the register and the capacity change stamps. Lists filter on `status` and
      // `requestId` (the register on `streams` and `status`) in the index, then read the page's
      // records by key; capacity reads only the keys (its stamps are the sort key: decision 0013).
      name: GSI1,
      pk: 'gsi1pk',
      sk: 'gsi1sk',
      projection: { type: 'INCLUDE', attributes: ['status', 'requestId', 'streams'] },
    },
    // The provider's view: its lists filter on `status` and `requestId`, then read the page's records.
    {
      name: GSI2,
      pk: 'gsi2pk',
      sk: 'gsi2sk',
      projection: { type: 'INCLUDE', attributes: ['status', 'requestId'] },
    },
    {
      // National lists by time. Commissioning figures are counted from the index alone, so it
      // carries the coarse facts they count by (stream, regions, status, dates, enums, the id that
      // joins a placement to its request; a request's own id and creation time are its sort key),
      // exactly the figures' own field lists (figure-fields.ts); never a childRef, an age, a sex,
      // needs, a legal basis, a profile or any free text. CloudFormation takes at most 20 per
      // index: this is 20. Coordinator lists, the sweeper and the outbox relay read the records.
      name: GSI3,
      pk: 'gsi3pk',
      sk: 'gsi3sk',
      projection: { type: 'INCLUDE', attributes: NATIONAL_INDEX_FIELDS },
    },
    {
      // Sparse: active holds by expiry (the sweeper reads the holds), planned discharges (capacity's
      // forecast counts by stream and region from the index) and requests due a reminder.
      name: GSI4,
      pk: 'gsi4pk',
      sk: 'gsi4sk',
      projection: { type: 'INCLUDE', attributes: ['stream', 'regionCode', 'plannedDischargeOn'] },
    },
  ] satisfies readonly IndexDefinition[],
  ttlAttribute: TTL_ATTRIBUTE,
} as const;

/** The index's projection as DynamoDB's API spells it (CreateTable, UpdateTable, DescribeTable). */
export function projectionOf(index: IndexDefinition): Projection {
  return index.projection.type === 'INCLUDE'
    ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projection.attributes] }
    : { ProjectionType: 'KEYS_ONLY' };
}

/** The attributes a Query on `indexName` can return: every key, and what the index includes. */
export function attributesOf(indexName: string): ReadonlySet<string> | undefined {
  const found = (TABLE_KEYS.indexes as readonly IndexDefinition[]).find((i) => i.name === indexName);
  if (!found) return undefined;
  const keys = [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, found.pk, found.sk];
  return new Set(found.projection.type === 'INCLUDE' ? [...keys, ...found.projection.attributes] : keys);
}

export function createTableInput(tableName: string): CreateTableCommandInput {
  const attrs = new Set<string>([TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey]);
  for (const i of TABLE_KEYS.indexes) {
    attrs.add(i.pk);
    attrs.add(i.sk);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attrs].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: TABLE_KEYS.indexes.map((i) => gsiInput(i)),
  };
}

const gsiInput = (i: IndexDefinition) => ({
  IndexName: i.name,
  KeySchema: [
    { AttributeName: i.pk, KeyType: 'HASH' as const },
    { AttributeName: i.sk, KeyType: 'RANGE' as const },
  ],
  Projection: projectionOf(i),
});

/**
 * Creates the table if it is missing (idempotent), for DynamoDB Local and tests. A table kept from
 * an earlier run (`npm start` with DATA_DIR) whose indexes differ from TABLE_KEYS (e.g. made when
 * every index projected ALL) has each differing index rebuilt in place: its data is kept.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  let existing: TableDescription | undefined;
  try {
    existing = (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  if (existing) {
    await reconcileIndexes(client, tableName, existing);
    return;
  }
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    if ((error as { name?: string }).name !== 'ResourceInUseException') throw error;
  }
  await client
    .send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      }),
    )
    .catch(() => undefined); // DynamoDB Local accepts TTL settings but never expires items: nothing relies on it
}

/** True when DynamoDB's description of an index's projection is the one TABLE_KEYS defines. */
export function sameProjection(actual: Projection | undefined, wanted: Projection): boolean {
  const names = (p: Projection | undefined) => [...(p?.NonKeyAttributes ?? [])].sort().join(',');
  return actual?.ProjectionType === wanted.ProjectionType && names(actual) === names(wanted);
}

/**
 * Rebuilds, one at a time (DynamoDB takes one index change per UpdateTable), each index that is
 * missing or projects differently; DynamoDB backfills a new index from the table's items. Local
 * only: a deployed table's indexes are CloudFormation's (decision 0014 says how they change).
 */
async function reconcileIndexes(client: DynamoDBClient, tableName: string, table: TableDescription) {
  const { AttributeDefinitions } = createTableInput(tableName);
  for (const index of TABLE_KEYS.indexes) {
    const found = table.GlobalSecondaryIndexes?.find((g) => g.IndexName === index.name);
    if (found && sameProjection(found.Projection, projectionOf(index))) continue;
    if (found) {
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: index.name } }],
        }),
      );
      await indexSettled(client, tableName, index.name, false);
    }
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions,
        GlobalSecondaryIndexUpdates: [{ Create: gsiInput(index) }],
      }),
    );
    await indexSettled(client, tableName, index.name, true);
  }
}

/**
 * Waits (bounded by time, not tries) until the index is ACTIVE, or gone. DynamoDB Local rebuilds
 * an index in seconds when the machine is idle and in minutes when it is not.
 */
async function indexSettled(client: DynamoDBClient, tableName: string, name: string, present: boolean) {
  const deadline = Date.now() + INDEX_SETTLE_MS;
  while (Date.now() < deadline) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const found = Table?.GlobalSecondaryIndexes?.find((g) => g.IndexName === name);
    if (present ? found?.IndexStatus === 'ACTIVE' : !found) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `index ${name} of ${tableName} did not ${present ? 'become active' : 'go'} within ${INDEX_SETTLE_MS / 60_000} minutes`,
  );
}

const INDEX_SETTLE_MS = 5 * 60_000;
