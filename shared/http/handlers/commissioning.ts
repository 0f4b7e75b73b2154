import { EmptyQuery } from '../../contract/schemas.js';
import { regionName } from '../../data/lookup.js';
import { summariseCapacity } from '../../domain/capacity.js';
import { isStale } from '../../domain/time.js';
import { effectiveCounts } from '../../store/units.js';
import { toCsv } from '../csv.js';
import { route } from '../types.js';

const WHO = ['commissioner', 'coordinator'] as const;

export const commissioningRoutes = [
  route({
    method: 'GET',
    path: '/v1/capacity',
    group: 'commissioning',
    policy: WHO,
    summary: 'Beds by state per stream, region and nationally; stale units apart; from counters (one Query)',
    query: EmptyQuery,
    csv: true,
    handler: async (ctx) => {
      const items = await ctx.deps.store.units.capacityItems();
      const summary = summariseCapacity(
        items.map((i) => ({
          unitId: i.unitId,
          stream: i.stream,
          regionCode: i.regionCode,
          beds: effectiveCounts(i, ctx.now),
          stale: isStale(i.lastConfirmedAt, ctx.now),
        })),
      );
      const body = {
        generatedAt: ctx.now.toISOString(),
        ...summary,
        byRegion: summary.byRegion.map((r) => ({ ...r, regionName: regionName(r.regionCode) })),
      };
      return {
        status: 200,
        body,
        csv: () =>
          toCsv(
            [
              'scope',
              'stream',
              'regionCode',
              'available',
              'held',
              'occupied',
              'closed',
              'total',
              'units',
              'staleUnits',
              'staleBeds',
              'occupancy',
            ],
            [
              { scope: 'national', ...flat(body.national) },
              ...body.byStream.map((s) => ({ scope: 'stream', stream: s.stream, ...flat(s) })),
              ...body.byRegion.map((r) => ({ scope: 'region', regionCode: r.regionCode, ...flat(r) })),
              ...body.byStreamAndRegion.map((r) => ({
                scope: 'stream_region',
                stream: r.stream,
                regionCode: r.regionCode,
                ...flat(r),
              })),
            ],
          ),
      };
    },
  }),
];

function flat(c: ReturnType<typeof summariseCapacity>['national']) {
  return {
    ...c.beds,
    units: c.units,
    staleUnits: c.staleUnits,
    staleBeds: c.staleBeds.total,
    occupancy: c.occupancy,
  };
}
