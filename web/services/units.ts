import { dataOf, type Outcome, outcomeOf, type Schemas, type TypedClient } from './client.js';

/** One unit of the register and its beds, and the changes its provider makes (/v1/units). */

export type Unit = Schemas['Unit'];
export type Bed = Schemas['Bed'];

export async function unit(client: TypedClient, unitId: string): Promise<Unit> {
  return dataOf(await client.GET('/v1/units/{unitId}', { params: { path: { unitId } } }));
}

/** Every bed of the unit (the largest has about 80), following the pages. */
export async function beds(client: TypedClient, unitId: string): Promise<Bed[]> {
  const all: Bed[] = [];
  let cursor: string | undefined;
  do {
    const got = dataOf(
      await client.GET('/v1/units/{unitId}/beds', {
        params: { path: { unitId }, query: { limit: 100, ...(cursor ? { cursor } : {}) } },
      }),
    );
    all.push(...got.items);
    cursor = got.nextCursor;
  } while (cursor);
  return all;
}

/** The provider says the unit's beds are as shown (its freshness starts again). */
export async function confirmUnit(client: TypedClient, unitId: string): Promise<Unit> {
  return dataOf(await client.POST('/v1/units/{unitId}/confirm', { params: { path: { unitId } } }));
}

/** Sets one bed available or closed, if nobody changed it since `etag` was read. */
export async function setBed(
  client: TypedClient,
  unitId: string,
  bedId: string,
  body: Schemas['BedUpdateBody'],
  etag: string,
): Promise<Outcome<Bed>> {
  return outcomeOf(
    await client.PUT('/v1/units/{unitId}/beds/{bedId}', {
      params: { path: { unitId, bedId }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

/** Changes the register's facts on a unit (duty contact, status), if nobody changed it since `etag`. */
export async function patchUnit(
  client: TypedClient,
  unitId: string,
  body: Schemas['UnitPatchBody'],
  etag: string,
): Promise<Outcome<Unit>> {
  return outcomeOf(
    await client.PATCH('/v1/units/{unitId}', {
      params: { path: { unitId }, header: { 'If-Match': etag } },
      body,
    }),
  );
}
