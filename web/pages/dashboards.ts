/**
 * Commissioners' pages: capacity (GET /v1/capacity), usage and demand (GET /v1/usage, /v1/demand).
 * Aggregates only, as the API answers them; each has a CSV download of the same tables
 * (the API's own `Accept: text/csv` rendering, passed through).
 */
import { ApiProblem } from '../api.js';
import { barChart, PALETTE } from '../charts.js';
import { figuresView } from '../figures.js';
import { fieldError, summaryOnly } from '../form-errors.js';
import {
  formatDateTime,
  formatNumber,
  formatPercent,
  isoFromParts,
  isRealDate,
  labelOf,
  londonDay,
  partsFromIso,
  STREAM_LABELS,
} from '../format.js';
import { type PageContext, type PageRoute, page } from '../page.js';
import { type Capacity, capacity, demand, figuresCsv, usage } from '../services/commissioning.js';
import type { FormErrors } from '../session.js';

/** One cell of the capacity figures, as openapi.json types it (web/services/commissioning.ts). */
type CapacityCell = Capacity['national'];

const WHO = ['commissioner', 'coordinator'] as const;

const STATES = [
  { key: 'available', label: 'Available', colour: PALETTE.green },
  { key: 'held', label: 'Held', colour: PALETTE.brown },
  { key: 'occupied', label: 'Occupied', colour: PALETTE.blue },
  { key: 'closed', label: 'Closed', colour: PALETTE.grey },
] as const;

/** Coordinators reach usage and demand from the capacity page; commissioners have them in the service navigation. */
const SUBNAV = (c: PageContext, current: string) =>
  c.user.role !== 'coordinator'
    ? []
    : [
        { href: '/capacity', text: 'Capacity' },
        { href: '/usage', text: 'Usage' },
        { href: '/demand', text: 'Demand' },
      ].map((i) => ({ ...i, current: i.href === current }));

function capacityTable(caption: string, first: string, rows: { label: string; cell: CapacityCell }[]) {
  const num = (n: number) => ({ text: formatNumber(n), format: 'numeric' });
  return {
    caption,
    captionClasses: 'govuk-table__caption--s',
    firstCellIsHeader: true,
    head: [
      { text: first },
      ...STATES.map((s) => ({ text: s.label, format: 'numeric' })),
      { text: 'Total', format: 'numeric' },
      { text: 'Occupancy', format: 'numeric' },
      { text: 'Units out of date', format: 'numeric' },
    ],
    rows: rows.map(({ label, cell }) => [
      { text: label },
      ...STATES.map((s) => num(cell.beds[s.key])),
      num(cell.beds.total),
      { text: formatPercent(cell.occupancy), format: 'numeric' },
      num(cell.staleUnits),
    ]),
  };
}

/** The period asked for: both dates or neither; a half-typed date is an error, not a guess. */
function period(c: PageContext): {
  from?: string;
  to?: string;
  errors?: FormErrors;
  parts: Record<string, string>;
} {
  const q = c.url.searchParams;
  const read = (name: 'from' | 'to') => {
    const [d, m, y] = ['day', 'month', 'year'].map((p) => (q.get(`${name}-${p}`) ?? '').trim()) as [
      string,
      string,
      string,
    ];
    return { iso: isoFromParts(d, m, y), parts: { day: d, month: m, year: y } };
  };
  const from = read('from');
  const to = read('to');
  const parts = Object.fromEntries([
    ...Object.entries(from.parts).map(([k, v]) => [`from-${k}`, v]),
    ...Object.entries(to.parts).map(([k, v]) => [`to-${k}`, v]),
  ]);
  if (from.iso && !isRealDate(from.iso))
    return { parts, errors: fieldError('from', 'The start date must be a real date', '#from-day') };
  if (to.iso && !isRealDate(to.iso))
    return { parts, errors: fieldError('to', 'The end date must be a real date', '#to-day') };
  return { from: from.iso, to: to.iso, parts };
}

function periodInputs(parts: Record<string, string>, now: Date) {
  const fallback = partsFromIso(londonDay(now));
  const get = (k: string) => parts[k] ?? '';
  return {
    from: { day: get('from-day'), month: get('from-month'), year: get('from-year') },
    to: { day: get('to-day'), month: get('to-month'), year: get('to-year') },
    example: `${fallback.day} ${fallback.month} ${fallback.year}`,
  };
}

function aggregatePage(name: 'usage' | 'demand', title: string, intro: string): PageRoute[] {
  const csvName = (from?: string, to?: string) =>
    `${name}${from ? `-from-${from}` : ''}${to ? `-to-${to}` : ''}.csv`;
  return [
    {
      method: 'GET',
      path: `/${name}`,
      roles: WHO,
      handle: async (c) => {
        const p = period(c);
        const inputs = periodInputs(p.parts, c.now);
        const query = new URLSearchParams(Object.entries(p.parts).filter(([, v]) => v)).toString();
        const common = { sections: SUBNAV(c, `/${name}`), intro, inputs, action: `/${name}` };
        if (p.errors)
          return page('figures.njk', title, { ...common, unavailable: false }, { errors: p.errors });
        const client = c.client;
        const asked = { from: p.from, to: p.to };
        let figures: unknown;
        try {
          figures = name === 'usage' ? await usage(client, asked) : await demand(client, asked);
        } catch (error) {
          if (!(error instanceof ApiProblem)) throw error;
          if (error.kind === 'not_found' || error.code === 'method_not_allowed') {
            return page('figures.njk', title, { ...common, unavailable: true });
          }
          if (error.kind !== 'invalid') throw error;
          const problem = error.problem;
          const errors =
            problem.errors?.map((e) => ({
              text: `${/from/.test(e.field) ? 'Start date' : /to/.test(e.field) ? 'End date' : 'Period'}: ${e.message}`,
              href: /from/.test(e.field) ? '#from-day' : /to/.test(e.field) ? '#to-day' : undefined,
            })) ?? [];
          return page(
            'figures.njk',
            title,
            { ...common, unavailable: false },
            {
              errors: errors.length ? { summary: errors, fields: {} } : summaryOnly({ text: problem.detail }),
            },
          );
        }
        return page('figures.njk', title, {
          ...common,
          figures: figuresView(figures, name),
          csvHref: `/${name}.csv${query ? `?${query}` : ''}`,
        });
      },
    },
    {
      method: 'GET',
      path: `/${name}.csv`,
      roles: WHO,
      handle: async (c) => {
        const p = period(c);
        let csv: string;
        try {
          csv = await figuresCsv(c.client, name, { from: p.from, to: p.to });
        } catch (error) {
          if (!(error instanceof ApiProblem)) throw error;
          return page(
            'error.njk',
            'Download not available',
            { heading: 'Download not available', paragraphs: ['These figures cannot be downloaded yet.'] },
            { status: error.status },
          );
        }
        return {
          download: { body: csv, type: 'text/csv; charset=utf-8', filename: csvName(p.from, p.to) },
        };
      },
    },
  ];
}

export const dashboardPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/capacity',
    roles: WHO,
    handle: async (c) => {
      const cap = await capacity(c.client);
      const n = cap.national;
      const regions = cap.byRegion.map((r) => ({ label: r.regionName ?? r.regionCode, cell: r }));
      return page('capacity.njk', 'Capacity', {
        sections: SUBNAV(c, '/capacity'),
        asAt: formatDateTime(cap.generatedAt),
        headline: [
          {
            number: formatNumber(n.beds.available),
            label: n.beds.available === 1 ? 'bed available' : 'beds available',
          },
          { number: formatNumber(n.beds.total), label: 'beds in units confirmed today' },
          { number: formatPercent(n.occupancy), label: 'occupied' },
          {
            number: formatNumber(n.staleUnits),
            label: n.staleUnits === 1 ? 'unit out of date' : 'units out of date',
          },
        ],
        staleNote:
          n.staleUnits > 0
            ? `${formatNumber(n.staleBeds.total)} beds in ${formatNumber(n.staleUnits)} units not confirmed in the last 24 hours are counted apart and left out of these figures.`
            : undefined,
        chart: barChart({
          id: 'capacity-by-region',
          title: 'Beds by state in each region',
          description:
            'Stacked bar chart of available, held, occupied and closed beds in each region, in units confirmed in the last 24 hours. The table below gives the same figures.',
          series: STATES.map((s) => ({ key: s.key, label: s.label, colour: s.colour })),
          rows: regions.map((r) => ({
            label: r.label,
            values: Object.fromEntries(STATES.map((s) => [s.key, r.cell.beds[s.key]])),
          })),
        }),
        regionTable: capacityTable('Beds by region', 'Region', regions),
        streamTable: capacityTable(
          'Beds by kind of bed',
          'Kind of bed',
          cap.byStream.map((s) => ({ label: labelOf(STREAM_LABELS, s.stream), cell: s })),
        ),
        csvHref: '/capacity.csv',
      });
    },
  },
  {
    method: 'GET',
    path: '/capacity.csv',
    roles: WHO,
    handle: async (c) => {
      let csv: string;
      try {
        csv = await figuresCsv(c.client, 'capacity');
      } catch (error) {
        if (!(error instanceof ApiProblem)) throw error;
        return page(
          'error.njk',
          'Download not available',
          { heading: 'Download not available', paragraphs: [] },
          { status: error.status },
        );
      }
      return {
        download: {
          body: csv,
          type: 'text/csv; charset=utf-8',
          filename: `capacity-${londonDay(c.now)}.csv`,
        },
      };
    },
  },
  ...aggregatePage(
    'usage',
    'Usage',
    'Bed-nights used by each department’s stream against its agreed share of the pooled places.',
  ),
  ...aggregatePage(
    'demand',
    'Demand',
    'Requests, placements, waits, declines and distances, by region and kind of bed. Counts below 5 are shown as “fewer than 5” to protect children’s privacy.',
  ),
];
