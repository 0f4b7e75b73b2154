/**
 * Turns an aggregate answer of the commissioning API (usage, demand) into headline figures,
 * tables and charts without depending on its exact shape: lists of rows become tables (one per
 * group of nested figures), single figures become a summary list, and a count the API suppressed
 * (`{"value": null, "suppressed": true}`, or null in a row marked suppressed) reads "fewer than 5",
 * never 0 and never blank. Anything it does not recognise is still shown, as text.
 */
import { barChart, type ChartView, PALETTE } from './charts.js';
import {
  DECLINE_REASON_LABELS,
  DESTINATION_LABELS,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  laName,
  regionName,
  STREAM_LABELS,
} from './format.js';

export const SUPPRESSED = 'fewer than 5';
/** What a withheld percentage or rate reads: it is not a count, so never "fewer than 5". */
export const RATE_WITHHELD = 'not shown (too few children)';

export interface Cell {
  text: string;
  format?: 'numeric';
}

interface FigureTable {
  caption: string;
  head: Cell[];
  rows: Cell[][];
  chart?: ChartView;
}

interface FigureSection {
  heading: string;
  collapsed: boolean;
  main?: FigureTable;
  more: FigureTable[];
  moreSummary: string;
}

interface FiguresView {
  facts: { key: { text: string }; value: { text: string } }[];
  sections: FigureSection[];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

/** Words for the keys the commissioning answers use (anything else is de-camel-cased). */
const KEY_LABELS: Record<string, string> = {
  generatedAt: 'Figures as at',
  from: 'From',
  to: 'To',
  nights: 'Nights in the period',
  pooledPlaces: 'Pooled places',
  sharesIllustrative: 'Agreed shares are illustrative',
  national: 'England',
  area: 'Area',
  department: 'Department',
  stream: 'Kind of bed',
  regionCode: 'Region',
  regionName: 'Region',
  byDepartment: 'By department',
  byRegion: 'By region',
  byStream: 'By kind of bed',
  byDepartmentAndRegion: 'By department and region',
  byRegionAndStream: 'By region and kind of bed',
  bedNights: 'Bed-nights used',
  agreedBedNights: 'Bed-nights agreed',
  usedOfAgreed: 'Used of agreed',
  share: 'Share of the pool',
  contractedBeds: 'Contracted beds',
  flexBedNights: 'Bed-nights in other departments’ beds',
  lentBedNights: 'Bed-nights its beds lent to others',
  placements: 'Placements',
  requests: 'Requests',
  placed: 'Placed',
  unplaced: 'Not placed',
  unmet: 'Unmet (nothing fitted)',
  waitingDays: 'Days waiting',
  distanceKm: 'Distance placed (km)',
  declines: 'Declines',
  byReason: 'By reason',
  stepDown: 'Step-down',
  ready: 'Ready to leave',
  bedsForecastToFree: 'Beds forecast to free',
  median: 'Median',
  p90: '90th percentile',
  total: 'Total',
};

/** Words for code values. */
const VALUE_LABELS: Record<string, string> = {
  ...DESTINATION_LABELS,
  ...DECLINE_REASON_LABELS,
  ...STREAM_LABELS,
  DfE: 'Department for Education',
  MoJ: 'Ministry of Justice',
  DHSC: 'Department of Health and Social Care',
};

const FRACTION = /share|occupancy|rate|proportion|percent|ofagreed/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A published figure: `{value, suppressed}`. */
const isFigure = (v: unknown): v is Obj => isObject(v) && 'value' in v;
const isLeaf = (v: unknown) => !isObject(v) || isFigure(v);

/** A key (or a code used as one) in words. */
function humanise(key: string): string {
  const known = KEY_LABELS[key] ?? VALUE_LABELS[key];
  if (known) return known;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A count held back: a suppressed figure, or null in a row that says it suppressed this key. */
function isSuppressed(value: Json, key: string, row?: Obj): boolean {
  if (isFigure(value))
    return value.suppressed === true && (value.value === null || value.value === undefined);
  if (value !== null || !row) return false;
  const s = row.suppressed;
  if (s === true) return true;
  if (Array.isArray(s)) return s.includes(key);
  return Array.isArray(row.suppressedFields) && row.suppressedFields.includes(key);
}

/** The number a leaf holds, null when suppressed or absent. */
function numberOf(value: Json | undefined): number | null {
  if (typeof value === 'number') return value;
  if (isFigure(value) && typeof value.value === 'number') return value.value;
  return null;
}

/** One value as words: en-GB numbers, fractions as percentages, codes and dates in words. */
export function formatValue(key: string, value: Json, row?: Obj): string {
  // A rate worked out from a withheld count is withheld too, but it is not itself a count of children.
  if (isSuppressed(value, key, row)) return FRACTION.test(key) ? RATE_WITHHELD : SUPPRESSED;
  if (isFigure(value)) return formatValue(key, value.value ?? null);
  if (value === null) return 'no figure';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (FRACTION.test(key) && value >= 0 && value <= 5) return formatPercent(value);
    return formatNumber(Math.round(value * 10) / 10);
  }
  if (typeof value === 'string') {
    if (/^E12\d{6}$/.test(value)) return regionName(value);
    if (/^E(06|08|09|10)\d{6}$/.test(value)) return laName(value);
    if (ISO_DAY.test(value)) return formatDate(value);
    if (ISO_INSTANT.test(value)) return formatDateTime(value);
    return VALUE_LABELS[value] ?? value.replaceAll('_', ' ');
  }
  if (Array.isArray(value)) return value.map((v) => formatValue(key, v)).join(', ');
  return JSON.stringify(value);
}

/** Nested figures as dotted keys down to their leaves ({waitingDays: {median, p90}} → waitingDays.median, …). */
function leaves(value: Json, prefix: string, out: Obj = {}): Obj {
  if (isLeaf(value) || Array.isArray(value)) {
    out[prefix] = value;
    return out;
  }
  for (const [k, v] of Object.entries(value as Obj)) leaves(v, `${prefix}.${k}`, out);
  return out;
}

const HIDDEN = new Set(['suppressed', 'suppressedFields']);
const SERIES_COLOURS = [PALETTE.blue, PALETTE.green, PALETTE.purple, PALETTE.brown];

/**
 * Which counts to chart side by side: used against agreed with what the pool lent and borrowed,
 * requests against placed, else the first.
 */
function chartColumns(numeric: string[]): string[] {
  const pick = (...keys: string[]) => keys.filter((k) => numeric.includes(k));
  const usage = pick('bedNights', 'agreedBedNights', 'flexBedNights', 'lentBedNights');
  if (usage.length >= 2) return usage;
  const demand = pick('requests', 'placed', 'unplaced');
  if (demand.length) return demand;
  return numeric.slice(0, 1);
}
const lastPart = (k: string) => k.split('.').pop() ?? k;

/** Column headings: the leaf's own name, with its group's when that alone would be ambiguous. */
function heading(key: string, group: string): string {
  const rest = group ? key.slice(group.length + 1) : key;
  const parts = rest.split('.');
  if (parts.length === 1) return humanise(rest);
  const last = parts.pop() ?? rest;
  const parent = parts.pop() ?? '';
  return parent === 'byReason' ? humanise(last) : `${humanise(parent)}: ${humanise(last).toLowerCase()}`;
}

/** A list of rows as tables: the plain figures in one, each group of nested figures in its own. */
function tablesOf(caption: string, rows: Obj[], idPrefix: string): FigureTable[] {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !HIDDEN.has(k));
  let labels = keys.filter((k) => rows.every((r) => typeof r[k] === 'string'));
  // A region's code and name say the same thing: show the name.
  if (labels.includes('regionName')) labels = labels.filter((k) => k !== 'regionCode');
  const groups = new Map<string, string[]>([['', []]]);
  const flat = rows.map((r) => {
    const out: Obj = {};
    for (const k of keys) {
      if (labels.includes(k) || k === 'regionCode') {
        out[k] = r[k] ?? null;
        continue;
      }
      const v = r[k] ?? null;
      const group = isLeaf(v) || Array.isArray(v) ? '' : k;
      const found = leaves(v, k);
      const list = groups.get(group) ?? [];
      for (const leaf of Object.keys(found)) if (!list.includes(leaf)) list.push(leaf);
      groups.set(group, list);
      Object.assign(out, found);
    }
    // Keep a row's own suppression markers for its null cells.
    for (const h of HIDDEN) if (h in r) out[h] = r[h] ?? null;
    return out;
  });
  const tables: FigureTable[] = [];
  for (const [group, columns] of groups) {
    if (columns.length === 0) continue;
    const numeric = (k: string) =>
      flat.some((r) => numberOf(r[k]) !== null) &&
      flat.every(
        (r) => numberOf(r[k]) !== null || isSuppressed(r[k] ?? null, lastPart(k), r) || r[k] === undefined,
      );
    const table: FigureTable = {
      caption: group ? `${caption}: ${humanise(group).toLowerCase()}` : caption,
      head: [
        ...labels.map((k) => ({ text: humanise(k) })),
        ...columns.map((k) => ({
          text: heading(k, group),
          ...(numeric(k) ? { format: 'numeric' as const } : {}),
        })),
      ],
      rows: flat.map((r) => [
        ...labels.map((k) => ({ text: formatValue(k, r[k] ?? null, r) })),
        ...columns.map((k) => ({
          text: r[k] === undefined ? '' : formatValue(lastPart(k), r[k] ?? null, r),
          ...(numeric(k) ? { format: 'numeric' as const } : {}),
        })),
      ]),
    };
    const charted = chartColumns(columns.filter((k) => numeric(k) && !FRACTION.test(k)));
    if (!group && labels.length && charted.length && flat.length >= 2 && flat.length <= 30) {
      // The first label says enough on a chart ("Department for Education"); the table has the rest.
      const first = labels[0] ?? '';
      const words = charted.map((k) => heading(k, group).toLowerCase()).join(' and ');
      table.chart = barChart({
        id: `${idPrefix}-${tables.length}`,
        title: `${table.caption}: ${words}`,
        description: `Bar chart of ${words}, ${table.caption.toLowerCase()}. The table below gives the same figures; figures suppressed to protect children’s privacy are not drawn.`,
        mode: 'grouped',
        series: charted.map((k, i) => ({
          key: k,
          label: heading(k, group),
          colour: SERIES_COLOURS[i] ?? PALETTE.blue,
        })),
        rows: flat.map((r) => ({
          label: formatValue(first, r[first] ?? null, r),
          values: Object.fromEntries(charted.map((k) => [k, numberOf(r[k])])),
        })),
      });
    }
    tables.push(table);
  }
  return tables;
}

/** A block of a long answer with its own heading: a main table, and its nested figures folded away. */
function sectionOf(key: string, caption: string, rows: Obj[], idPrefix: string): FigureSection {
  const [main, ...more] = tablesOf(caption, rows, idPrefix);
  return {
    heading: caption,
    // A cross-tabulation (byRegionAndStream…) is long and mostly suppressed: shown on request.
    collapsed: /[a-z]And[A-Z]/.test(key),
    main,
    more,
    moreSummary: more.length
      ? `More figures: ${more.map((t) => t.caption.split(': ').pop()).join(', ')}`
      : '',
  };
}

/** The view of any aggregate answer. */
export function figuresView(data: unknown, idPrefix = 'figures'): FiguresView {
  const view: FiguresView = { facts: [], sections: [] };
  const id = () => `${idPrefix}-${view.sections.length}`;
  const visit = (value: Json, path: string[], parent?: Obj) => {
    const key = path.at(-1) ?? '';
    const caption = path.map(humanise).join(': ') || 'Figures';
    if (Array.isArray(value)) {
      if (value.length && value.every(isObject))
        view.sections.push(sectionOf(key, caption, value as Obj[], id()));
      else view.facts.push({ key: { text: caption }, value: { text: formatValue('', value) || 'None' } });
      return;
    }
    if (isObject(value) && !isFigure(value)) {
      const entries = Object.entries(value as Obj).filter(([k]) => !HIDDEN.has(k));
      // A block of figures for one area (`national`) is a one-row table, named by its area.
      if (path.length === 1 && entries.some(([, v]) => isFigure(v) || typeof v === 'number')) {
        view.sections.push(sectionOf(key, caption, [{ area: caption, ...(value as Obj) }], id()));
        return;
      }
      for (const [k, v] of entries) visit(v, [...path, k], value as Obj);
      return;
    }
    view.facts.push({ key: { text: caption }, value: { text: formatValue(key, value, parent) } });
  };
  visit((data ?? null) as Json, []);
  return view;
}
