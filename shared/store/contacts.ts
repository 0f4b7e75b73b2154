import type { ContactsBody } from '../contract/contacts.js';
import { VersionMismatch } from '../domain/errors.js';
import { auditPut } from './audit.js';
import { type Db, TransactionCancelled } from './db.js';
import { key } from './keys.js';
import type { Actor } from './records.js';

export interface ContactsItem extends ContactsBody {
  org: string;
  version: number;
  updatedAt: string | null;
}

/** Who to tell about an organisation's events (staff contact details, never a child's). */
export class ContactStore {
  constructor(private readonly db: Db) {}

  /** The org's contacts; version 0 and empty lists before a coordinator has set any. */
  async get(org: string): Promise<ContactsItem> {
    const out = await this.db.get({ Key: key.contacts(org), ConsistentRead: true });
    const item = out.Item as (ContactsItem & Record<string, unknown>) | undefined;
    if (!item) return { org, email: [], sms: [], webhooks: [], version: 0, updatedAt: null };
    return {
      org,
      email: item.email ?? [],
      sms: item.sms ?? [],
      webhooks: item.webhooks ?? [],
      version: item.version,
      updatedAt: item.updatedAt,
    };
  }

  /**
   * Replaces the org's contacts if they are still at `version` (0: none yet), with the audit
   * event in the same transaction.
   */
  async put(
    org: string,
    body: ContactsBody,
    version: number,
    actor: Actor,
    now: Date,
  ): Promise<ContactsItem> {
    const at = now.toISOString();
    const before = version === 0 ? null : await this.get(org);
    const next: ContactsItem = { org, ...body, version: version + 1, updatedAt: at };
    try {
      await this.db.transact([
        {
          Put: {
            Item: { ...key.contacts(org), type: 'contacts', ...next },
            ConditionExpression: version === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
            ...(version === 0 ? {} : { ExpressionAttributeValues: { ':v': version } }),
          },
        },
        auditPut({
          entity: `contacts-${org}`,
          entityType: 'contacts',
          action: 'contacts.updated',
          actor,
          at,
          before: before ? { email: before.email, sms: before.sms, webhooks: before.webhooks } : null,
          after: { email: next.email, sms: next.sms, webhooks: next.webhooks },
        }),
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.conditionFailed) {
        throw new VersionMismatch('If-Match does not match the contacts’ current ETag');
      }
      throw error;
    }
    return next;
  }
}
