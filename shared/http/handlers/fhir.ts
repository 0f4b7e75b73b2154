import {
  FHIR_JSON,
  FhirCapabilityStatement,
  FhirLocation,
  FhirLocationBundle,
  FhirLocationPath,
  FhirLocationQuery,
  FhirMeasureReportBundle,
  FhirMeasureReportQuery,
} from '../../contract/fhir.js';
import type { Unit } from '../../contract/schemas.js';
import { regionName } from '../../data/lookup.js';
import { NotFound } from '../../domain/errors.js';
import { capabilityStatement } from '../../fhir/capability.js';
import { parseLocationId } from '../../fhir/ids.js';
import {
  bedLocation,
  bedStateAt,
  operationalStatusOf,
  unitLocation,
  unitPhysicalType,
} from '../../fhir/location.js';
import { capacityMeasureReport } from '../../fhir/measure-report.js';
import { dateMatches, searchset } from '../../fhir/search.js';
import type { BedItem } from '../../store/records.js';
import { toUnit, toUnitPage } from '../mappers/units.js';
import { type Ctx, type Reply, route } from '../types.js';

/**
 * FHIR R4 (SPEC, "Interoperability"): the register as Location, pooled capacity as a
 * MeasureReport, and the CapabilityStatement. Same tokens and roles as /v1: every role reads the
 * register, only commissioners and coordinators the capacity; errors stay problem+json (SPEC,
 * "Errors": every 4xx/5xx). Read-only: nothing here changes the table.
 */

const ALL = ['la', 'provider', 'coordinator', 'commissioner'] as const;
const FHIR = '/fhir/r4';

type AnyCtx = Ctx<unknown, unknown, unknown>;

const fhirReply = (body: unknown): Reply => ({ status: 200, body, contentType: FHIR_JSON });

/**
 * This server's FHIR base URL as the caller reached it, for the absolute `fullUrl`s and links a
 * Bundle needs: behind API Gateway or CloudFront `x-forwarded-proto` says https; locally, http.
 */
function baseOf(ctx: AnyCtx): string {
  const host = ctx.headers.host ?? 'localhost';
  const local = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host);
  const proto = ctx.headers['x-forwarded-proto'] ?? (local ? 'http' : 'https');
  return `${proto}://${host}${FHIR}`;
}

async function unitView(ctx: AnyCtx, unitId: string): Promise<Unit | undefined> {
  const unit = await ctx.deps.store.units.getUnit(unitId);
  if (!unit) return undefined;
  const [counter, { rules }] = await Promise.all([
    ctx.deps.store.units.getCounter(unitId),
    ctx.deps.store.poolRules.get(),
  ]);
  return toUnit(unit, counter, rules, ctx.now);
}

/** Every unit of the register, page by page (the register is a few hundred units at most). */
async function allUnits(ctx: AnyCtx): Promise<Unit[]> {
  const { rules } = await ctx.deps.store.poolRules.get();
  const units: Unit[] = [];
  let cursor: string | undefined;
  do {
    const page = toUnitPage(await ctx.deps.store.units.listUnits({ limit: 100, cursor }), rules, ctx.now);
    units.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return units.sort((a, b) => a.id.localeCompare(b.id));
}

/** Beds of several units, a few units at a time so one search can't flood the table. */
async function bedsOf(ctx: AnyCtx, units: readonly Unit[]): Promise<Map<string, BedItem[]>> {
  const out = new Map<string, BedItem[]>();
  for (let i = 0; i < units.length; i += 8) {
    const slice = units.slice(i, i + 8);
    const beds = await Promise.all(slice.map((u) => ctx.deps.store.units.listBeds(u.id)));
    slice.forEach((u, j) => {
      out.set(
        u.id,
        (beds[j] ?? []).sort((a, b) => a.bedId.localeCompare(b.bedId)),
      );
    });
  }
  return out;
}

type LocationQuery = ReturnType<typeof FhirLocationQuery.parse>;

async function searchLocations(ctx: AnyCtx, q: LocationQuery) {
  const target = q._id ? parseLocationId(q._id) : undefined;
  if (q._id && !target) return [];
  const parent = q.partof ? parseLocationId(q.partof.replace(/^Location\//, '')) : undefined;
  if (q.partof && parent?.kind !== 'unit') return [];
  const onlyUnit = target?.unitId ?? parent?.unitId;
  let units: Unit[];
  if (onlyUnit) {
    const one = await unitView(ctx, onlyUnit);
    units = one ? [one] : [];
  } else units = await allUnits(ctx);
  if (q.organization) units = units.filter((u) => u.providerId === q.organization);

  const wantUnits =
    !parent && !q['operational-status'] && target?.kind !== 'bed' && q['physical-type'] !== 'bd';
  const wantBeds =
    target?.kind !== 'unit' && (q['physical-type'] === undefined || q['physical-type'] === 'bd');
  const beds = wantBeds ? await bedsOf(ctx, units) : new Map<string, BedItem[]>();
  const out: Record<string, unknown>[] = [];
  for (const unit of units) {
    const unitMatches =
      wantUnits &&
      (q['physical-type'] === undefined || q['physical-type'] === unitPhysicalType(unit)) &&
      (!target || target.kind === 'unit');
    const located = unitLocation(unit);
    if (unitMatches && (!q.status || located.status === q.status)) out.push(located);
    for (const bed of beds.get(unit.id) ?? []) {
      if (target?.kind === 'bed' && target.bedId !== bed.bedId) continue;
      const status = operationalStatusOf(bedStateAt(bed, ctx.now)).code;
      if (q['operational-status'] && status !== q['operational-status']) continue;
      const resource = bedLocation(unit, bed, ctx.now);
      if (q.status && resource.status !== q.status) continue;
      out.push(resource);
    }
  }
  return out;
}

export const fhirRoutes = [
  route({
    method: 'GET',
    path: `${FHIR}/metadata`,
    group: 'fhir',
    policy: 'public',
    summary: 'The FHIR CapabilityStatement: what this FHIR R4 server does',
    description:
      'The FHIR R4 CapabilityStatement of `/fhir/r4`, open like every FHIR server’s (it says how to authenticate, so it needs no token): Location read and search, MeasureReport search, JSON only.',
    mediaType: FHIR_JSON,
    response: FhirCapabilityStatement,
    handler: async (ctx) => fhirReply(capabilityStatement(baseOf(ctx))),
  }),
  route({
    method: 'GET',
    path: `${FHIR}/Location`,
    group: 'fhir',
    policy: ALL,
    summary: 'Search units and beds as FHIR R4 Location resources',
    description:
      'A searchset Bundle of Locations: each unit (physicalType `bu`, or `wa` for NHS wards) followed by its beds (`bd`, `partOf` the unit). A bed’s `operationalStatus` is from HL7 v2 table 0116 (`U` unoccupied, `O` occupied, `C` closed); a held bed is `U` with the `bed-held` extension true, so a bed may be offered only when it is `U` and not held. Search by `_id`, `partof`, `physical-type`, `operational-status`, `status` and `organization` (a provider id); `_count` (1–1000, default 200) and the `next` link page through. Unknown parameters are refused (400), not ignored.',
    mediaType: FHIR_JSON,
    query: FhirLocationQuery,
    response: FhirLocationBundle,
    handler: async (ctx) => {
      const q = ctx.query;
      const found = await searchLocations(ctx, q);
      const params = Object.fromEntries(
        Object.entries(q)
          .filter(([k, v]) => v !== undefined && !(k === '_count' && v === 200) && k !== '_format')
          .map(([k, v]) => [k, String(v)]),
      );
      return fhirReply(
        searchset(
          found,
          { base: baseOf(ctx), path: '/Location', params, count: q._count, offset: q._offset },
          ctx.now,
        ),
      );
    },
  }),
  route({
    method: 'GET',
    path: `${FHIR}/Location/{id}`,
    group: 'fhir',
    policy: ALL,
    summary: 'One unit or bed as a FHIR R4 Location',
    description:
      'A unit’s Location id is its unit id; a bed’s is its unit’s id, `.bed-` and the rest of its bed id (as the search answers it). No such unit or bed: 404.',
    mediaType: FHIR_JSON,
    params: FhirLocationPath,
    response: FhirLocation,
    handler: async (ctx) => {
      const ref = parseLocationId(ctx.params.id);
      const unit = ref ? await unitView(ctx, ref.unitId) : undefined;
      if (!ref || !unit) throw new NotFound('No such Location');
      if (ref.kind === 'unit') return fhirReply(unitLocation(unit));
      const bed = await ctx.deps.store.units.getBed(unit.id, ref.bedId);
      if (!bed) throw new NotFound('No such Location');
      return fhirReply(bedLocation(unit, bed, ctx.now));
    },
  }),
  route({
    method: 'GET',
    path: `${FHIR}/MeasureReport`,
    group: 'fhir',
    policy: ['commissioner', 'coordinator'],
    summary: 'Pooled capacity now as a SANER-style FHIR R4 MeasureReport',
    description:
      'A searchset Bundle with one summary MeasureReport of the pooled beds now: populations total, available, held, occupied and closed over units confirmed in the last 24 hours, and `unconfirmed` (beds of units that are not), nationally and stratified by stream and by region; `measureScore` is occupancy (0–1). The same counters as GET /v1/capacity. The report’s period is now, so `period` (a FHIR date search value, e.g. `2026-11-26` or `ge2026-11-01`) that excludes now finds none. Bed counts are not suppressed: they count beds, not children.',
    mediaType: FHIR_JSON,
    query: FhirMeasureReportQuery,
    response: FhirMeasureReportBundle,
    handler: async (ctx) => {
      const { period } = ctx.query;
      const reports: Record<string, unknown>[] = [];
      if (!period || dateMatches(period, ctx.now)) {
        const summary = await ctx.deps.store.units.capacity.summary(ctx.now);
        reports.push(
          capacityMeasureReport(
            {
              ...summary,
              byRegion: summary.byRegion.map((r) => ({ ...r, regionName: regionName(r.regionCode) })),
            },
            ctx.now,
          ),
        );
      }
      const params = period ? { period } : {};
      return fhirReply(
        searchset(
          reports,
          { base: baseOf(ctx), path: '/MeasureReport', params, count: 1, offset: 0 },
          ctx.now,
        ),
      );
    },
  }),
];
