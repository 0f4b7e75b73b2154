import { key, TTL_ATTRIBUTE } from './keys.js';
import type { TransactItem } from './transact-item.js';

/** Inbox items are kept 90 days; the audit trail keeps the event itself for good. */
const INBOX_DAYS = 90;

/**
 * The inbox a `notify.to` entry addresses: `la:<GSS>`, `provider:<id>`, `coordinators` (or
 * `coordinator:national`), any `role:org`; the same reading as shared/notify/events.ts. Entries that name no organisation (`subscribers`, the deployed fan-out of a
 * freed bed) have no inbox.
 */
function inboxOf(recipient: string): string | undefined {
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
