import type { CreateUnitBody, NewBed } from '../contract/register.js';
import type { SeedBeds, SeedUnit } from '../data/register.js';
import { InvalidTransition } from '../domain/errors.js';
import { auditPut } from './audit.js';
import { type Db, type TransactItem, TransactionCancelled } from './db.js';
import { type Recorder, recordOf } from './idempotency.js';
import { registerEpochBump } from './match-facts.js';
import type { Actor, UnitCounterItem, UnitItem } from './records.js';
import { unitItems, unitPuts } from './seed.js';

/** A readable id from a unit's name (`Adel Beck` → `adel-beck`), like the register's own. */
function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'unit';
}

/** Beds listed one by one, grouped where alike in a row (what they serve, who pays), as the seed numbers them. */
function bedGroups(beds: readonly NewBed[]): SeedBeds[] {
  const out: SeedBeds[] = [];
  for (const b of beds) {
    const last = out.at(-1);
    const same =
      last &&
      last.contractedTo === b.contractedTo &&
      last.eligibleStreams.join() === b.eligibleStreams.join();
    if (same) last.count += 1;
    else out.push({ count: 1, eligibleStreams: [...b.eligibleStreams], contractedTo: b.contractedTo });
  }
  return out;
}

/** A new unit's body in the seed's terms, so it is written by the same code as the seeded register. */
function seedOf(body: CreateUnitBody, id: string, now: Date): SeedUnit {
  return {
    id,
    name: body.name,
    providerId: body.providerId,
    providerName: body.providerName,
    kind: body.kind,
    laCode: body.laCode,
    regionCode: body.regionCode,
    location: body.location,
    ofstedUrn: body.ofstedUrn,
    odsCode: body.odsCode,
    ageRange: body.ageRange,
    sexes: body.sexes,
    specialisms: body.specialisms,
    beds: bedGroups(body.beds),
    illustrative: body.illustrative,
    status: body.status,
    ...(body.statusReason ? { statusReason: body.statusReason } : {}),
    statusSince: body.statusSince ?? now.toISOString(),
    provenance: body.provenance,
    ...(body.wardType ? { wardType: body.wardType } : {}),
    ...(body.dutyContact ? { dutyContact: body.dutyContact } : {}),
  };
}

/** A unit just added, with its counter as written (every bed free). */
export interface NewUnit {
  unit: UnitItem;
  counter: UnitCounterItem;
}

/**
 * Adds a unit: the unit, its counter, every bed (all free) and the `unit.created` event in ONE
 * transaction, each put conditional on nothing being there. An id already taken: 409, nothing
 * written. The counter is built from the same beds, so it equals a recount from the start.
 */
export async function createUnit(
  db: Db,
  body: CreateUnitBody,
  actor: Actor,
  now: Date,
  record?: Recorder<NewUnit>,
): Promise<NewUnit> {
  const id = body.id ?? slugOf(body.name);
  const { unit, beds, counter } = unitItems(seedOf(body, id, now), now, 'free');
  const items: TransactItem[] = [
    ...unitPuts(unit, beds, counter),
    // Matching's copies of the units' facts reload when the epoch moves (decision 0009).
    registerEpochBump(),
    auditPut({
      entity: unit.id,
      entityType: 'unit',
      action: 'unit.created',
      actor,
      at: now.toISOString(),
      before: null,
      after: {
        name: unit.name,
        providerId: unit.providerId,
        kind: unit.kind,
        status: unit.status,
        capacity: unit.capacity,
        beds: beds.map((b) => b.bedId),
        provenance: unit.provenance,
        version: unit.version,
      },
    }),
    ...recordOf(record, { unit, counter }),
  ];
  try {
    await db.transactWithRetry(() => items);
  } catch (error) {
    if (error instanceof TransactionCancelled && error.conditionFailed)
      throw new InvalidTransition(`A unit with id ${id} is already in the register: change it with PATCH`);
    throw error;
  }
  return { unit, counter };
}
