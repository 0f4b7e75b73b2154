import { allPages, dataOf, type Schemas, type TypedClient } from './client.js';

/** The register and the national lists the coordinators' board reads, typed from openapi.json. */

export type Unit = Schemas['Unit'];
export type Request = Schemas['Request'];
export type Hold = Schemas['Hold'];
export type Placement = Schemas['Placement'];

/** Every unit of the register (100 a page). */
export function allUnits(client: TypedClient): Promise<Unit[]> {
  return allPages(async (cursor) =>
    dataOf(await client.GET('/v1/units', { params: { query: { limit: 100, cursor } } })),
  );
}

export function openRequests(client: TypedClient): Promise<Request[]> {
  return allPages(async (cursor) =>
    dataOf(await client.GET('/v1/requests', { params: { query: { status: 'open', cursor } } })),
  );
}

export function activeHolds(client: TypedClient): Promise<Hold[]> {
  return allPages(async (cursor) =>
    dataOf(await client.GET('/v1/holds', { params: { query: { status: 'active', cursor } } })),
  );
}

export function activePlacements(client: TypedClient): Promise<Placement[]> {
  return allPages(async (cursor) =>
    dataOf(await client.GET('/v1/placements', { params: { query: { status: 'active', cursor } } })),
  );
}
