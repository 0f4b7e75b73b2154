import * as z from 'zod';
import { HoldStatus, PlacementStatus, RequestStatus, Stream, UnitStatus } from './enums.js';
import { UnitRegionCode } from './unit-facts.js';

// Ids, codes, dates, path parameters and query strings: the small shapes every route is built of.
// Re-exported by schemas.ts, so `import { Id } from './schemas.js'` keeps working.

/** Opaque ids: short, URL-safe, never free text. */
export const Id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "-" or "_"');
export const GssLaCode = z
  .string()
  .max(9)
  .regex(/^E(06|08|09|10)\d{6}$/, 'must be an English LA GSS code');
export const GssRegionCode = z
  .string()
  .max(9)
  .regex(/^E12\d{6}$/, 'must be a region GSS code (E12…)');
/** A child's home LA: the shape here; the 153 authorities are checked by the handler and listed in openapi.json. */
export const HomeLaCode = GssLaCode.meta({ id: 'HomeLaCode' });
// Bounded as well as patterned, so a client (and OWASP's linter) knows the longest value.
export const IsoDate = z.iso.date().max(10);
export const IsoDateTime = z.iso.datetime().max(40);
export const Org = z.string().min(1).max(40);

const limit = z.coerce.number().int().min(1).max(100).default(50);
const cursor = z.string().min(1).max(2048).optional();
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

// ---- path parameters
export const UnitPath = z.strictObject({ unitId: Id });
export const BedPath = z.strictObject({ unitId: Id, bedId: Id });
export const IdPath = z.strictObject({ id: Id });

// ---- query strings
export const Paging = z.strictObject({ limit, cursor });
export const UnitsQuery = z.strictObject({
  stream: Stream.optional(),
  region: UnitRegionCode.optional(),
  available: bool.optional(),
  status: UnitStatus.optional(),
  limit,
  cursor,
});
export const RequestsQuery = z.strictObject({ status: RequestStatus.optional(), limit, cursor });
export const HoldsQuery = z.strictObject({
  requestId: Id.optional(),
  status: HoldStatus.optional(),
  limit,
  cursor,
});
export const PlacementsQuery = z.strictObject({ status: PlacementStatus.optional(), limit, cursor });
export const EmptyQuery = z.strictObject({});
export const PeriodQuery = z
  .strictObject({ from: IsoDate.optional(), to: IsoDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });
export const AuditQuery = z.strictObject({ entity: Id, limit, cursor });
