import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { LambdaName } from './bundling.js';

/**
 * What one function may do to the table, as the partition-key prefixes it reads and writes
 * (docs/data-model.md, "Access patterns"). `dynamodb:LeadingKeys` is the partition key of the
 * item or, for a Query on an index, the index's partition key, so index partitions (`REQS`,
 * `LA#…`) are listed beside item partitions (`REQ#…`). A new item type or index partition is one
 * more prefix in the lists of the functions that use it.
 */
export interface TableAccess {
  /** GetItem, BatchGetItem, Query and ConditionCheckItem on these partitions (table and indexes). */
  readonly read: readonly string[];
  /** PutItem and UpdateItem (including inside transactions) on these partitions. */
  readonly write: readonly string[];
}

/** Child-level records: each holds a childRef and a child's needs. */
export const CHILD_LEVEL = ['REQ#*', 'HOLD#*', 'PLACEMENT#*'] as const;
const UNITS = ['UNIT#*', 'AVAIL#*'];
/** The index partitions every list and figure is read from. */
const LISTS = [
  'UNITS',
  'CAPACITY',
  'LA#*',
  'PROV#*',
  'REQS',
  'HOLDS',
  'PLACEMENTS',
  'ACTIVEHOLDS',
  'PLANNEDDISCHARGES',
];
/** Powertools idempotency records (pattern 19); the layer deletes its record when the work fails. */
export const IDEMPOTENCY = 'IDEMPOTENCY';
/** Written once in the same transaction as each change; never updated or deleted by anyone. */
export const AUDIT = 'AUDIT#*';

/** The API's route functions: the business records, their lists, the audit trail, idempotency. */
const ROUTE_RECORDS = [...UNITS, ...CHILD_LEVEL, AUDIT, IDEMPOTENCY];
const ROUTE: TableAccess = { read: [...ROUTE_RECORDS, ...LISTS], write: ROUTE_RECORDS };

export const TABLE_ACCESS: Readonly<Record<LambdaName, TableAccess>> = {
  units: ROUTE,
  requests: ROUTE,
  holds: ROUTE,
  placements: ROUTE,
  // Figures only: counters and the national time lists, never a request, hold or placement by key.
  commissioning: {
    read: ['AVAIL#*', 'CAPACITY', 'UNITS', 'REQS', 'HOLDS', 'PLACEMENTS', 'PLANNEDDISCHARGES'],
    write: [],
  },
  // /health reads one unit key; the audit trail; coordinators' contact lists (audited).
  system: { read: ['UNIT#*', AUDIT, 'CONTACTS#*'], write: ['CONTACTS#*', AUDIT] },
  // Lapsed holds (gsi4) and active placements (gsi3), and the records an expiry or notice changes.
  sweeper: {
    read: [...UNITS, ...CHILD_LEVEL, 'ACTIVEHOLDS', 'PLACEMENTS'],
    write: [...UNITS, ...CHILD_LEVEL, AUDIT],
  },
  // Who to tell: an organisation's contacts, and nothing else.
  notify: { read: ['CONTACTS#*'], write: [] },
  // FHIR R4: the register (units, beds, counters, pool rules) and the capacity index; read-only,
  // never a child-level record.
  fhir: { read: ['UNIT#*', 'COUNTERS', 'POOLRULES', 'UNITS', 'CAPACITY'], write: [] },
};

const READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];
const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem'];

const leadingKeys = (prefixes: readonly string[], quantifier = 'ForAllValues:StringLike') => ({
  [quantifier]: { 'dynamodb:LeadingKeys': [...prefixes] },
});

/**
 * Grants exactly `access` on the table: explicit actions (never Scan, BatchWriteItem or a
 * wildcard), each on the partitions listed; DeleteItem only on idempotency records; and, for
 * every function, an explicit deny on changing or deleting an audit item, so the trail is
 * write-once whatever else a role is given.
 */
export function grantTable(grantee: IGrantable, table: ITableV2, access: TableAccess): void {
  const resources = [table.tableArn, `${table.tableArn}/index/*`];
  const add = (s: PolicyStatement) => grantee.grantPrincipal.addToPrincipalPolicy(s);
  if (access.read.length) {
    add(new PolicyStatement({ actions: READ_ACTIONS, resources, conditions: leadingKeys(access.read) }));
  }
  if (access.write.length) {
    add(
      new PolicyStatement({
        actions: WRITE_ACTIONS,
        resources: [table.tableArn],
        conditions: leadingKeys(access.write),
      }),
    );
  }
  if (access.write.includes(IDEMPOTENCY)) {
    add(
      new PolicyStatement({
        actions: ['dynamodb:DeleteItem'],
        resources: [table.tableArn],
        conditions: leadingKeys([IDEMPOTENCY]),
      }),
    );
  }
  add(
    new PolicyStatement({
      effect: Effect.DENY,
      actions: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
      resources: [table.tableArn],
      conditions: leadingKeys([AUDIT], 'ForAnyValue:StringLike'),
    }),
  );
  const key = table.encryptionKey;
  if (key) {
    const actions = access.write.length
      ? ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey']
      : ['kms:Decrypt', 'kms:DescribeKey'];
    add(new PolicyStatement({ actions, resources: [key.keyArn] }));
  }
}
