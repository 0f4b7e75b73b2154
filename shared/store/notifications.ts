import type { Notification } from '../contract/referrals.js';
import type { Db, TransactItem } from './db.js';
import { key, TTL_ATTRIBUTE } from './keys.js';
import { decodeCursor, encodeCursor, type Page } from './paging.js';

/** Inbox items are kept 90 days; the audit trail keeps the event itself for good. */
const INBOX_DAYS = 90;

/**
 * The inbox a `notify.to` entry addresses: `la:<GSS>`, `provider:<id>`, `coordinators` (or
 * `coordinator:national`), any `role:org`; the same reading as shared/notify/events.ts. Entries that name no organisation (`subscribers`, the deployed fan-out of a
 * freed bed) have no inbox.
 */
export function inboxOf(recipient: string): string | undefined {
  if (recipient === 'coordinators' || recipient === 'coordinator') return 'coordinator#national';
  const m = /^(la|provider|coordinator|commissioner):([A-Za-z0-9_-]{1,60})$/.exec(recipient);
  return m ? `${m[1]}#${m[2]}` : undefined;
}

export const inboxOfPrincipal = (p: { role: string; org: string }) => `${p.role}#${p.org}`;

/**
 * One inbox Put per organisation an audit event's `notify.to` names, for the same transaction
 * as the change. Db.transact calls this on every transaction, so any store that writes
 * `auditPut({..., notify})` reaches the inboxes without doing anything else.
 */
export function inboxPuts(items: readonly TransactItem[]): TransactItem[] {
  const out: TransactItem[] = [];
  for (const item of items) {
    if (!('Put' in item)) continue;
    const audit = item.Put.Item as Record<string, unknown> | undefined;
    const notify = audit?.notify as { to?: unknown } | undefined;
    if (audit?.type !== 'audit' || !notify || !Array.isArray(notify.to)) continue;
    const at = audit.at as string;
    const expiration = Math.floor(Date.parse(at) / 1000) + INBOX_DAYS * 86_400;
    const inboxes = new Set(notify.to.map((r) => (typeof r === 'string' ? inboxOf(r) : undefined)));
    for (const inbox of inboxes) {
      if (!inbox) continue;
      out.push({
        Put: {
          Item: {
            ...key.inbox(inbox, at, audit.id as string),
            type: 'notification',
            id: `ntf_${(audit.id as string).replaceAll('-', '')}`,
            kind: audit.action,
            entity: audit.entityType,
            entityId: audit.entity,
            createdAt: at,
            [TTL_ATTRIBUTE]: expiration,
          },
        },
      });
    }
  }
  return out;
}

export class NotificationStore {
  constructor(private readonly db: Db) {}

  /** An organisation's inbox, newest first. */
  async list(inbox: string, limit: number, cursor?: string): Promise<Page<Notification>> {
    const pk = `${key.inboxPrefix}${inbox}`;
    const out = await this.db.query({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, { pk }),
    });
    return {
      items: (out.Items ?? []).map((i) => ({
        id: i.id as string,
        type: i.kind as string,
        entity: i.entity as string,
        entityId: i.entityId as string,
        createdAt: i.createdAt as string,
      })),
      nextCursor: encodeCursor(out.LastEvaluatedKey),
    };
  }
}
