import { NotFound, VersionMismatch } from '../domain/errors.js';
import type { patchUnit } from '../domain/unit-patch.js';
import { auditPut } from './audit.js';
import { capacityStamp } from './counters.js';
import { type Db, type TransactItem, TransactionCancelled } from './db.js';
import { key } from './keys.js';
import { registerEpochBump } from './match-facts.js';
import type { Actor, UnitItem } from './records.js';
import { type CounterFacts, counterFacts } from './unit-facts.js';

const pick = (item: UnitItem, fields: string[]) =>
  Object.fromEntries(fields.map((f) => [f, (item as unknown as Record<string, unknown>)[f] ?? null]));

/** Register management: changing a unit's facts, its counters' copies of them and the audit trail together. */
export class RegisterStore {
  constructor(private readonly db: Db) {}

  /**
   * Writes a patch `patchUnit` decided, if the unit is still at the version it was read at: the
   * unit, each stream counter's copy of the facts matching reads, and the audit event, in one
   * transaction. Nothing else moves: pausing or closing a unit leaves its holds and placements be.
   */
  async patchUnit(
    unit: UnitItem,
    { next, changed }: ReturnType<typeof patchUnit<UnitItem>>,
    actor: Actor,
    now: Date,
  ): Promise<UnitItem> {
    if (changed.length === 0) return unit;
    const at = now.toISOString();
    const items: TransactItem[] = [this.unitUpdate(unit, next, changed)];
    const facts = counterFacts(next);
    const before = counterFacts(unit);
    const factChanged = (Object.keys(facts) as (keyof CounterFacts)[]).filter(
      (f) => JSON.stringify(facts[f]) !== JSON.stringify(before[f]),
    );
    if (factChanged.length) {
      items.push(counterFactsUpdate(unit.id, facts, factChanged));
      // Matching orders units from a copy of these facts: the epoch tells every copy to reload.
      items.push(registerEpochBump());
    }
    items.push(
      auditPut({
        entity: unit.id,
        entityType: 'unit',
        action: 'unit.updated',
        actor,
        at,
        before: { ...pick(unit, changed), version: unit.version },
        after: { ...pick(next, changed), version: next.version },
      }),
    );
    try {
      await this.db.transactWithRetry(() => items);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.codeAt(0) === 'ConditionalCheckFailed') {
        throw new VersionMismatch('The unit changed while you were updating it: read it again');
      }
      if (error instanceof TransactionCancelled && error.conditionFailed) throw new NotFound('No such unit');
      throw error;
    }
    return next;
  }

  private unitUpdate(unit: UnitItem, next: UnitItem, changed: string[]): TransactItem {
    const names: Record<string, string> = { '#version': 'version' };
    const values: Record<string, unknown> = { ':seen': unit.version, ':next': next.version };
    const sets = ['#version = :next'];
    const source = next as unknown as Record<string, unknown>;
    changed.forEach((f, i) => {
      names[`#f${i}`] = f;
      values[`:f${i}`] = source[f] ?? null;
      sets.push(`#f${i} = :f${i}`);
    });
    if (changed.includes('regionCode')) {
      // The register lists units by region: its index key moves with the region.
      values[':gsi1sk'] = `${next.regionCode}#${unit.id}`;
      sets.push('gsi1sk = :gsi1sk');
    }
    // Items written before versions existed are version 1.
    const seen =
      unit.version === 1 ? '(attribute_not_exists(#version) OR #version = :seen)' : '#version = :seen';
    return {
      Update: {
        Key: key.unit(unit.id),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: `attribute_exists(pk) AND ${seen}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    };
  }
}

/** A counter item's copy of its unit's facts, set in the same transaction as the unit. */
function counterFactsUpdate(
  unitId: string,
  facts: CounterFacts,
  fields: (keyof CounterFacts)[],
): TransactItem {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  fields.forEach((f, i) => {
    names[`#c${i}`] = f;
    values[`:c${i}`] = facts[f];
    sets.push(`#c${i} = :c${i}`);
  });
  // Capacity's cache re-reads a counter whose stamp moved (a region change moves its figures).
  values[':gsi1sk'] = capacityStamp(unitId);
  sets.push('gsi1sk = :gsi1sk');
  return {
    Update: {
      Key: key.unitCounter(unitId),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}
