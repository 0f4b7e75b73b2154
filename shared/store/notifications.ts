import type { Notification } from '../contract/referrals.js';
import type { Db } from './db.js';
import { key } from './keys.js';
import { decodeCursor, encodeCursor, type Page } from './paging.js';

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
