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
  /** DeleteItem (including inside transactions) on these partitions. */
  readonly delete?: readonly string[];
}

/** Child-level records: each holds a childRef, a child's needs or a link to them. */
export const CHILD_LEVEL = ['REQ#*', 'HOLD#*', 'PLACEMENT#*', 'REF#*'] as const;
/**
 * Idempotency records (pattern 19): each is read, and put in the transaction of the change it
 * answers for (decisions 0010, 0012); nothing updates or deletes one (TTL removes them).
 */
export const IDEMPOTENCY = 'IDEMPOTENCY';
/** Written once in the same transaction as each change; never updated or deleted by anyone. */
export const AUDIT = 'AUDIT#*';
/** Inbox items (`INBOX#<role>#<org>`), written by Db.transact beside each audit event that notifies someone. */
export const INBOX = 'INBOX#*';
/** A unit and its beds (`UNIT#<id>`), and the one partition of every unit's counters. */
const UNIT = 'UNIT#*';
const COUNTERS = 'COUNTERS';
const POOL_RULES = 'POOLRULES';
/** The register's facts epoch (one item): matching reads it, a change to a unit's facts moves it. */
const REGISTER_EPOCH = 'REGISTER';

/**
 * Each function's partitions, as its handlers' store calls use them (checked by running every
 * deployed route against DynamoDB Local and recording each call's partition:
 * tests/integration/table-access.test.ts). Index partitions name their index's key value:
 * `LA#*#HOLD` is gsi1, `PROV#*#REQ` gsi2, `REQS` gsi3, `ACTIVEHOLDS` gsi4.
 */
export const TABLE_ACCESS: Readonly<Record<LambdaName, TableAccess>> = {
  // Units, beds, the register, pool rules, a placement made outside the service: patterns 1-4, 6-9, 18a.
  units: {
    read: [UNIT, COUNTERS, POOL_RULES, 'UNITS', IDEMPOTENCY],
    // A placement made outside the service may start in the past: it moves usage's epoch (decision 0015).
    write: [UNIT, COUNTERS, POOL_RULES, REGISTER_EPOCH, 'PLACEMENT#*', AUDIT, IDEMPOTENCY, 'USAGEDAY'],
  },
  // Requests and the caller's inbox; a provider's read follows the request's hold, placement and
  // referrals (its access ends with them); matching reads the counters; a withdrawal ends referrals.
  requests: {
    read: [
      'REQ#*',
      'HOLD#*',
      'PLACEMENT#*',
      'REF#*',
      COUNTERS,
      POOL_RULES,
      REGISTER_EPOCH,
      'LA#*#REQ',
      'PROV#*#REQ',
      // Coordinators' national list (gsi3), whose records are then read by key.
      'REQS',
      INBOX,
      IDEMPOTENCY,
    ],
    // Its POSTs keep their idempotency record in their own transaction (decision 0010): refused
    // work writes none, so there is never one to delete.
    write: ['REQ#*', 'REF#*', AUDIT, INBOX, IDEMPOTENCY],
  },
  // Holds and referrals: taking a bed, accepting into a placement, offers and answers.
  holds: {
    read: [
      'HOLD#*',
      'REQ#*',
      'REF#*',
      UNIT,
      POOL_RULES,
      'LA#*#HOLD',
      'PROV#*#HOLD',
      'LA#*#REF',
      'PROV#*#REF',
      'HOLDS',
      'REFS',
      IDEMPOTENCY,
    ],
    write: ['HOLD#*', 'REQ#*', 'REF#*', 'PLACEMENT#*', UNIT, COUNTERS, AUDIT, INBOX, IDEMPOTENCY],
  },
  // Placements: orders, step-down, discharge (which frees the bed and counts it).
  placements: {
    read: ['PLACEMENT#*', 'LA#*#PLACEMENT', 'PROV#*#PLACEMENT', 'PLACEMENTS', IDEMPOTENCY],
    write: ['PLACEMENT#*', UNIT, COUNTERS, AUDIT, IDEMPOTENCY],
  },
  // Figures only: the capacity partition and the national time lists (gsi3 projects no child
  // data: infra/data.ts), never a request, hold, placement or referral by its key.
  // Capacity keeps a copy of the counters (decision 0013): read whole from their partition, then
  // only those whose stamp in the CAPACITY index moved, and the register's epoch.
  commissioning: {
    read: [
      'CAPACITY',
      COUNTERS,
      REGISTER_EPOCH,
      'REQS',
      'HOLDS',
      'PLACEMENTS',
      'REFS',
      'PLANNEDDISCHARGES',
      'DEMANDDAY',
      'USAGEDAY',
    ],
    // Its only writes: a closed day's settled demand facts and a closed night's usage, kept on
    // first read (decisions 0013, 0015); keeping usage nights checks usage's epoch (same partition).
    write: ['DEMANDDAY', 'USAGEDAY'],
  },
  // /health reads one item of its own; the audit trail; coordinators' contact lists (audited).
  system: { read: ['HEALTH', AUDIT, 'CONTACTS#*'], write: ['CONTACTS#*', AUDIT] },
  // Lapsed holds (gsi4), active placements (gsi3), requests due a reminder (gsi4), each then read
  // by key (the indexes carry no whole record); ConditionChecks read the request and the unit.
  sweeper: {
    read: [UNIT, 'REQ#*', 'HOLD#*', 'PLACEMENT#*', 'ACTIVEHOLDS', 'PLACEMENTS', 'REQRHYTHM'],
    write: [UNIT, COUNTERS, 'REQ#*', 'HOLD#*', 'PLACEMENT#*', AUDIT, INBOX],
  },
  // Who to tell: an organisation's contacts, and nothing else.
  notify: { read: ['CONTACTS#*'], write: [] },
  // FHIR R4: the register (units, beds, counters, pool rules) and the capacity index; read-only,
  // never a child-level record.
  fhir: { read: ['UNIT#*', 'COUNTERS', 'POOLRULES', 'UNITS', 'CAPACITY', REGISTER_EPOCH], write: [] },
};

/** The console's own items: its sessions (ended by a Delete) and the key it signs CSRF tokens with. */
const CONSOLE_ITEMS = {
  read: ['SESSION#*', 'CONSOLE'],
  write: ['SESSION#*', 'CONSOLE'],
  delete: ['SESSION#*'],
};
const union = (...lists: (readonly string[] | undefined)[]) => [...new Set(lists.flatMap((l) => l ?? []))];
const API_FUNCTIONS: LambdaName[] = [
  'units',
  'requests',
  'holds',
  'placements',
  'commissioning',
  'system',
  'fhir',
];

/**
 * The console runs every deployed route in process (shared/http/routes.ts DEPLOYED_ROUTES), so it
 * needs what the API's functions need together, and its sessions; not the sweeper's or notifier's.
 */
export const CONSOLE_ACCESS: TableAccess = {
  read: union(...API_FUNCTIONS.map((f) => TABLE_ACCESS[f].read), CONSOLE_ITEMS.read),
  write: union(...API_FUNCTIONS.map((f) => TABLE_ACCESS[f].write), CONSOLE_ITEMS.write),
  delete: union(...API_FUNCTIONS.map((f) => TABLE_ACCESS[f].delete), CONSOLE_ITEMS.delete),
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
 * wildcard), each on the partitions listed (DeleteItem only where `delete` names some); and, for
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
  if (access.delete?.length) {
    add(
      new PolicyStatement({
        actions: ['dynamodb:DeleteItem'],
        resources: [table.tableArn],
        conditions: leadingKeys(access.delete),
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
