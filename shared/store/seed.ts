import type { BedState, Stream } from '../contract/enums.js';
import type { SeedUnit } from '../data/register.js';
import { placesOf, streamsOf } from '../data/seed-beds.js';
import { countingStream } from '../domain/pool.js';
import { capacityStamp } from './counters.js';
import { type Db, type TransactItem, TransactionCancelled } from './db.js';
import { seededExternalPlacements, seededPlacementId, writeSeededPlacements } from './external-placements.js';
import { index, key } from './keys.js';
import { bumpRegisterEpoch } from './match-facts.js';
import type { BedItem, UnitCounterItem, UnitItem } from './records.js';
import { counterFacts } from './unit-facts.js';
import { usageEpochBump } from './usage-days.js';

const STREAM_CODE: Record<Stream, string> = { welfare: 'w', justice: 'j', mental_health: 'm' };

/**
 * How beds start out. `free`: every bed available (tests). `typical`: about 60 % occupied and
 * 10 % closed for staffing, the national picture in DfE's 2023 figures, so a fresh console
 * looks like a real night; those children were placed before the service existed.
 */
export type SeedProfile = 'free' | 'typical';

function initialState(
  i: number,
  profile: SeedProfile,
  status: SeedUnit['status'],
): { state: BedState; reason: BedItem['reason'] } {
  if (profile === 'free') return { state: 'available', reason: null };
  // A closed unit (Cookham Wood, an adult prison since 2024) holds no children: its beds are
  // closed, none occupied, so no child is ever seeded into a setting that no longer takes them.
  if (status === 'closed') return { state: 'closed', reason: 'registration' };
  const slot = i % 10;
  if (slot < 6) return { state: 'occupied', reason: null };
  if (slot === 6) return { state: 'closed', reason: 'staffing' };
  return { state: 'available', reason: null };
}

/** Where a seed's facts come from when it does not say: its note, verified unless illustrative. */
function seedProvenance(seed: SeedUnit, now: Date): UnitItem['provenance'] {
  return (
    seed.provenance ?? {
      source: seed.note ?? 'Not recorded',
      asOf: now.toISOString().slice(0, 10),
      verified: !seed.illustrative,
      unverified: ['specialisms'],
    }
  );
}

/** `<unit>-<code><nn>`: the code is the contract's stream letter (w, j, m) or `p` for pooled spot beds. */
export function bedId(unitId: string, code: string, n: number): string {
  return `${unitId}-${code}${String(n).padStart(2, '0')}`;
}

/** Items for one unit: the unit, its beds, and its counter item, which agrees with its beds. */
export function unitItems(seed: SeedUnit, now: Date, profile: SeedProfile, synthetic = false) {
  const at = now.toISOString();
  const unit: UnitItem = {
    id: seed.id,
    name: seed.name,
    providerId: seed.providerId,
    providerName: seed.providerName,
    kind: seed.kind,
    streams: streamsOf(seed),
    laCode: seed.laCode,
    regionCode: seed.regionCode,
    location: seed.location,
    ofstedUrn: seed.ofstedUrn,
    odsCode: seed.odsCode,
    ageRange: seed.ageRange,
    sexes: seed.sexes,
    specialisms: seed.specialisms,
    capacity: placesOf(seed),
    lastConfirmedAt: at,
    illustrative: seed.illustrative,
    ...(synthetic ? { synthetic: true } : {}),
    wardType: seed.kind === 'cypmhs_inpatient' ? (seed.wardType ?? null) : null,
    status: seed.status ?? 'open',
    statusReason: seed.statusReason ?? null,
    statusSince: seed.statusSince ?? null,
    provenance: seedProvenance(seed, now),
    dutyContact: seed.dutyContact ?? null,
    version: 1,
  };
  const beds: BedItem[] = [];
  const counter: UnitCounterItem = {
    ...counterFacts(unit),
    unitId: seed.id,
    name: seed.name,
    providerId: seed.providerId,
    kind: seed.kind,
    streams: unit.streams,
    laCode: seed.laCode,
    regionCode: seed.regionCode,
    location: seed.location,
    ageRange: seed.ageRange,
    sexes: seed.sexes,
    specialisms: seed.specialisms,
    lastConfirmedAt: at,
    counts: {},
    contracted: {},
    free: {},
    holds: {},
    ...(synthetic ? { synthetic: true } : {}),
  };
  const numbered = new Map<string, number>();
  for (const group of seed.beds) {
    const facts = { eligibleStreams: [...group.eligibleStreams], contractedTo: group.contractedTo };
    const stream = countingStream(facts);
    const code = group.contractedTo ? STREAM_CODE[stream] : 'p';
    for (const state of ['available', 'held', 'occupied', 'closed', 'total'])
      counter.counts[`${stream}:${state}`] ??= 0;
    const contract = group.contractedTo ?? 'pooled';
    counter.contracted[contract] = (counter.contracted[contract] ?? 0) + group.count;
    for (let i = 0; i < group.count; i++) {
      const n = (numbered.get(code) ?? 0) + 1;
      numbered.set(code, n);
      const { state, reason } = initialState(n - 1, profile, seed.status);
      const id = bedId(seed.id, code, n);
      counter.counts[`${stream}:${state}`] = (counter.counts[`${stream}:${state}`] ?? 0) + 1;
      counter.counts[`${stream}:total`] = (counter.counts[`${stream}:total`] ?? 0) + 1;
      if (state === 'available') counter.free[id] = { ...facts, freeSince: at };
      beds.push({
        bedId: id,
        unitId: seed.id,
        ...facts,
        // Children placed before the service existed, each an external placement: its provider
        // can discharge it, and usage counts it. Served and counted in the bed's own stream.
        ...(state === 'occupied' ? { servingStream: stream, placementId: seededPlacementId(id) } : {}),
        ...(state === 'available' ? { freeSince: at } : {}),
        state,
        reason,
        version: 1,
        updatedAt: at,
      });
    }
  }
  return { unit, beds, counter, placements: seededExternalPlacements(unit, beds, now) };
}

/**
 * The puts that write a new unit whole: the unit (listed by region), its counter (in the capacity
 * index) and its beds, each only if not there yet. Seeding and `POST /v1/units` both write these,
 * so a unit added through the API is laid out exactly like a seeded one.
 */
export function unitPuts(unit: UnitItem, beds: readonly BedItem[], counter: UnitCounterItem): TransactItem[] {
  const notThere = 'attribute_not_exists(pk)';
  return [
    {
      Put: {
        Item: {
          ...key.unit(unit.id),
          gsi1pk: index.unitsAll,
          gsi1sk: `${unit.regionCode}#${unit.id}`,
          type: 'unit',
          ...unit,
        },
        ConditionExpression: notThere,
      },
    },
    {
      Put: {
        Item: {
          ...key.unitCounter(counter.unitId),
          gsi1pk: index.capacity,
          gsi1sk: capacityStamp(counter.unitId),
          type: 'unitCounter',
          ...counter,
        },
        ConditionExpression: notThere,
      },
    },
    ...beds.map((b) => ({
      Put: { Item: { ...key.bed(b.unitId, b.bedId), type: 'bed', ...b }, ConditionExpression: notThere },
    })),
  ];
}

/**
 * Loads units idempotently: a unit already in the table is left exactly as it is (its beds
 * carry live state); a missing one is written whole, in one transaction, or not at all.
 * Returns how many units were written.
 */
export async function seedUnits(
  db: Db,
  seeds: readonly SeedUnit[],
  options: { now: Date; profile: SeedProfile; synthetic?: boolean; concurrency?: number },
): Promise<number> {
  let written = 0;
  let placed = 0;
  const queue = [...seeds];
  const worker = async () => {
    for (let seed = queue.shift(); seed; seed = queue.shift()) {
      const { unit, beds, counter, placements } = unitItems(
        seed,
        options.now,
        options.profile,
        options.synthetic,
      );
      const puts = unitPuts(unit, beds, counter);
      if (puts.length > 100) throw new Error(`unit ${unit.id} has too many beds to seed in one transaction`);
      try {
        await db.transact(puts);
        // Its occupied beds' placements: only after the unit itself was written, so a unit seeded
        // before (whose beds have lived since) is never given new ones.
        await writeSeededPlacements(db, placements);
        placed += placements.length;
        written++;
      } catch (error) {
        if (error instanceof TransactionCancelled && error.conditionFailed) continue; // already seeded
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  // New units reach matching once the register's epoch moves (decision 0009).
  if (written > 0) await bumpRegisterEpoch(db);
  // Seeded placements began in the past: usage days kept before them no longer hold (decision 0015).
  if (placed > 0) await db.transact([usageEpochBump(options.now.toISOString())]);
  return written;
}
