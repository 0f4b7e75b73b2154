import { randomUUID } from 'node:crypto';
import type { AuditEvent } from '../contract/schemas.js';
import type { Db, TransactItem } from './db.js';
import { queryAllItems } from './index-reads.js';
import { GSI3, index, key } from './keys.js';
import { decodeCursor, encodeCursor, type Page } from './paging.js';
import type { Actor } from './records.js';

export interface Notify {
  to: string[];
  ids: Record<string, string>;
}

interface AuditInput {
  entity: string;
  entityType: 'unit' | 'bed' | 'request' | 'hold' | 'placement' | 'contacts' | 'poolRules' | 'referral';
  action: string;
  actor: Actor;
  at: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Notify subscribers: the audit item doubles as the outbox record a DynamoDB stream carries to EventBridge. */
  notify?: Notify;
}

/** The audit event as a Put for the same transaction as the change it records. */
export function auditPut(e: AuditInput): TransactItem {
  const id = randomUUID();
  return {
    Put: {
      Item: {
        ...key.audit(e.entity, e.at, id),
        gsi3pk: index.auditByDay(e.at.slice(0, 10)),
        gsi3sk: `${e.at}#${id}`,
        type: 'audit',
        id,
        entity: e.entity,
        entityType: e.entityType,
        action: e.action,
        actor: { role: e.actor.role, org: e.actor.org, ...(e.actor.sub ? { sub: e.actor.sub } : {}) },
        at: e.at,
        before: e.before ?? null,
        after: e.after ?? null,
        ...(e.notify ? { notify: e.notify } : {}),
      },
    },
  };
}

function toEvent(item: Record<string, unknown>): AuditEvent {
  return {
    id: item.id as string,
    entity: item.entity as string,
    entityType: item.entityType as string,
    action: item.action as string,
    actor: item.actor as AuditEvent['actor'],
    at: item.at as string,
    before: (item.before as AuditEvent['before']) ?? null,
    after: (item.after as AuditEvent['after']) ?? null,
  };
}

export class AuditStore {
  constructor(private readonly db: Db) {}

  /** Records a read of a child-level record (DOMAIN.md: every read is audited). */
  async recordRead(e: Omit<AuditInput, 'before' | 'after'>): Promise<void> {
    const put = auditPut(e) as { Put: { Item: Record<string, unknown> } };
    await this.db.put({ Item: put.Put.Item });
  }

  /** An entity's history, oldest first. */
  async forEntity(entity: string, limit: number, cursor?: string): Promise<Page<AuditEvent>> {
    const pk = `AUDIT#${entity}`;
    const out = await this.db.query({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, { pk }),
    });
    return { items: (out.Items ?? []).map(toEvent), nextCursor: encodeCursor(out.LastEvaluatedKey) };
  }

  /**
   * Events that notify someone, recorded on `day` after `afterSk` (an `<at>#<id>` sort key):
   * the local stand-in for the table stream that carries them to EventBridge when deployed.
   */
  async notificationsSince(
    day: string,
    afterSk: string,
  ): Promise<
    {
      sk: string;
      id: string;
      entity: string;
      entityType: string;
      action: string;
      at: string;
      notify: Notify;
    }[]
  > {
    // The day's index finds the events since; they are read by key (it carries none of their
    // fields: decision 0014), in order, and those that notify nobody are passed over.
    const events = await queryAllItems<Record<string, unknown>>(this.db, {
      IndexName: GSI3,
      KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk > :after',
      ExpressionAttributeValues: { ':pk': index.auditByDay(day), ':after': afterSk },
    });
    return events
      .filter((i) => i.notify !== undefined)
      .map((i) => ({
        sk: i.gsi3sk as string,
        id: i.id as string,
        entity: i.entity as string,
        entityType: i.entityType as string,
        action: i.action as string,
        at: i.at as string,
        notify: i.notify as Notify,
      }));
  }

  /** Every event of each day from `from` to `to` inclusive (rebuilding figures from the trail). */
  async between(from: string, to: string): Promise<AuditEvent[]> {
    const events: AuditEvent[] = [];
    for (
      let d = new Date(`${from}T00:00:00Z`);
      d.toISOString().slice(0, 10) <= to;
      d = new Date(d.getTime() + 86_400_000)
    ) {
      // The day's index finds the events; they are read by key (the index carries no before/after).
      const day = await queryAllItems<Record<string, unknown>>(this.db, {
        IndexName: GSI3,
        KeyConditionExpression: 'gsi3pk = :pk',
        ExpressionAttributeValues: { ':pk': index.auditByDay(d.toISOString().slice(0, 10)) },
      });
      events.push(...day.map(toEvent));
    }
    return events;
  }
}
