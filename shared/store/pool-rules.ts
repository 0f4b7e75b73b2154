import { DEFAULT_POOL_RULES, type PoolRule, type PoolRules, poolRulesOf } from '../domain/pool.js';
import { auditPut } from './audit.js';
import { type Db, TransactionCancelled } from './db.js';
import { key } from './keys.js';
import type { Actor } from './records.js';

/** The pool rules as stored, with the version a flex claim checks has not moved under it. */
export interface StoredPoolRules {
  rules: PoolRules;
  /** 0 while no rule has ever been set (the defaults). */
  version: number;
  updatedAt: string | null;
}

/** The departments' pool rules: one item, read by every match and hold, written by coordinators. */
export class PoolRuleStore {
  constructor(private readonly db: Db) {}

  async get(): Promise<StoredPoolRules> {
    const out = await this.db.get({ Key: key.poolRules, ConsistentRead: true });
    if (!out.Item) return { rules: DEFAULT_POOL_RULES, version: 0, updatedAt: null };
    return {
      rules: poolRulesOf(out.Item.rules as PoolRule[]),
      version: out.Item.version as number,
      updatedAt: (out.Item.updatedAt as string) ?? null,
    };
  }

  /** Replaces the rules named (the others keep theirs), audited in the same transaction. */
  async put(rules: readonly PoolRule[], actor: Actor, now: Date): Promise<StoredPoolRules> {
    const at = now.toISOString();
    for (let attempt = 1; ; attempt++) {
      const current = await this.get();
      const next = { ...current.rules } as Record<string, PoolRule>;
      for (const r of rules) next[r.department] = { ...r };
      const list = Object.values(next);
      try {
        await this.db.transactWithRetry(() => [
          {
            Put: {
              Item: {
                ...key.poolRules,
                type: 'poolRules',
                rules: list,
                version: current.version + 1,
                updatedAt: at,
              },
              // Lost-update guard: the version this write was computed from is still the current one.
              ConditionExpression: current.version === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
              ...(current.version === 0 ? {} : { ExpressionAttributeValues: { ':v': current.version } }),
            },
          },
          auditPut({
            entity: 'pool-rules',
            entityType: 'poolRules',
            action: 'pool_rules.updated',
            actor,
            at,
            before: { rules: Object.values(current.rules) },
            after: { rules: list },
          }),
        ]);
        return { rules: poolRulesOf(list), version: current.version + 1, updatedAt: at };
      } catch (error) {
        // Another coordinator changed the rules meanwhile: apply ours on top of theirs.
        if (error instanceof TransactionCancelled && error.conditionFailed && attempt < 3) continue;
        throw error;
      }
    }
  }
}
