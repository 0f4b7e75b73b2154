import { dataOf, type Schemas, type TypedClient } from './client.js';

/** The organisation's notifications, newest first (/v1/notifications), typed from openapi.json. */

export type Notification = Schemas['Notification'];

/** One page of the inbox (the API's pages are 1 to 100 long). */
export async function notifications(
  client: TypedClient,
  limit: number,
  cursor?: string,
): Promise<{ items: Notification[]; nextCursor?: string | null }> {
  return dataOf(await client.GET('/v1/notifications', { params: { query: { limit, cursor } } }));
}
