import { Department, Stream } from './enums.js';
import { CreateUnitBody } from './register.js';

/**
 * The register import's CSV (`npm run register:import -- FILE.csv`): one row per unit, the
 * columns below, in any order. Lists (`sexes`, `specialisms`, `unverified`) are separated by
 * `;`. `beds` lists groups `streams:contract*count` separated by `;`, streams joined by `+`,
 * contract `DfE`, `MoJ`, `DHSC` or `pooled`: `welfare+justice:DfE*6; welfare:pooled*2`.
 * An empty optional cell means "none" (null), except `statusSince` (empty: as it is, or now for
 * a new status) and the duty contact (empty: the provider's stays as it is).
 */
const CSV_COLUMNS = [
  'id',
  'name',
  'providerId',
  'providerName',
  'kind',
  'wardType',
  'laCode',
  'regionCode',
  'lat',
  'lon',
  'ofstedUrn',
  'odsCode',
  'ageMin',
  'ageMax',
  'sexes',
  'specialisms',
  'status',
  'statusReason',
  'statusSince',
  'source',
  'asOf',
  'verified',
  'unverified',
  'dutyPhone',
  'dutyEmail',
  'dutyHours',
  'illustrative',
  'beds',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns a row must fill (the others may be left empty). */
const REQUIRED: readonly CsvColumn[] = [
  'id',
  'name',
  'providerId',
  'providerName',
  'kind',
  'laCode',
  'regionCode',
  'lat',
  'lon',
  'ageMin',
  'ageMax',
  'sexes',
  'source',
  'asOf',
  'verified',
  'beds',
];

export interface CellError {
  column: CsvColumn | 'header';
  message: string;
}

/** Where a body field's error belongs in the file: the column a coordinator would fix. */
function columnOf(path: readonly PropertyKey[]): CsvColumn {
  const [a, b] = path.map(String);
  if (a === 'location') return b === 'lon' ? 'lon' : 'lat';
  if (a === 'ageRange') return b === 'max' ? 'ageMax' : 'ageMin';
  if (a === 'provenance') return b === 'asOf' || b === 'verified' || b === 'unverified' ? b : 'source';
  if (a === 'dutyContact') return b === 'email' ? 'dutyEmail' : b === 'hours' ? 'dutyHours' : 'dutyPhone';
  return (CSV_COLUMNS as readonly string[]).includes(a ?? '') ? (a as CsvColumn) : 'id';
}

const list = (s: string) =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

function bool(s: string, column: CsvColumn, errors: CellError[]): boolean | undefined {
  const v = s.trim().toLowerCase();
  if (v === '') return undefined;
  if (v === 'true' || v === 'yes') return true;
  if (v === 'false' || v === 'no') return false;
  errors.push({ column, message: `must be true or false, not "${s}"` });
  return undefined;
}

function num(s: string, column: CsvColumn, errors: CellError[]): number | undefined {
  if (s.trim() === '') return undefined;
  const n = Number(s);
  if (!Number.isFinite(n)) errors.push({ column, message: `must be a number, not "${s}"` });
  return n;
}

/** `welfare+justice:DfE*6; welfare:pooled*2` → one entry per bed. */
function beds(s: string, errors: CellError[]) {
  const out: { eligibleStreams: string[]; contractedTo: string | null }[] = [];
  for (const group of list(s)) {
    const m = /^([a-z_+]+):([A-Za-z]+)\*(\d{1,3})$/.exec(group.replace(/\s+/g, ''));
    const streams = m?.[1]?.split('+') ?? [];
    const contract = m?.[2] === 'pooled' ? null : m?.[2];
    const bad =
      !m ||
      streams.some((x) => !Stream.safeParse(x).success) ||
      (contract !== null && !Department.safeParse(contract).success);
    if (bad) {
      errors.push({
        column: 'beds',
        message: `"${group}" is not streams:contract*count (e.g. welfare+justice:DfE*6, welfare:pooled*2)`,
      });
      continue;
    }
    for (let i = 0; i < Number(m[3]); i++)
      out.push({ eligibleStreams: streams, contractedTo: contract ?? null });
  }
  return out;
}

/** The header: every column known, none twice, each required one there. */
export function headerErrors(header: readonly string[]): CellError[] {
  const errors: CellError[] = [];
  const seen = new Set<string>();
  for (const h of header) {
    if (!(CSV_COLUMNS as readonly string[]).includes(h))
      errors.push({
        column: 'header',
        message: `unknown column "${h}" (columns: ${CSV_COLUMNS.join(', ')})`,
      });
    if (seen.has(h)) errors.push({ column: 'header', message: `column "${h}" appears twice` });
    seen.add(h);
  }
  for (const r of REQUIRED)
    if (!seen.has(r)) errors.push({ column: 'header', message: `the required column "${r}" is missing` });
  return errors;
}

/**
 * One row as the body `POST /v1/units` takes, checked by the same zod schema, or its errors by
 * column. The import is only as lenient as the API: the same rules for the same facts.
 */
export function rowToUnit(
  cells: Partial<Record<CsvColumn, string>>,
): { ok: true; body: CreateUnitBody } | { ok: false; errors: CellError[] } {
  const errors: CellError[] = [];
  const cell = (c: CsvColumn) => (cells[c] ?? '').trim();
  for (const c of REQUIRED) if (cell(c) === '') errors.push({ column: c, message: 'must not be empty' });
  const duty = (['dutyPhone', 'dutyEmail', 'dutyHours'] as const).filter((c) => cell(c) !== '');
  if (duty.length && duty.length < 3)
    for (const c of ['dutyPhone', 'dutyEmail', 'dutyHours'] as const)
      if (cell(c) === '') errors.push({ column: c, message: 'a duty contact needs phone, email and hours' });
  const optional = (c: CsvColumn) => (cell(c) === '' ? null : cell(c));
  const raw = {
    id: cell('id'),
    name: cell('name'),
    providerId: cell('providerId'),
    providerName: cell('providerName'),
    kind: cell('kind'),
    wardType: optional('wardType'),
    laCode: cell('laCode'),
    regionCode: cell('regionCode'),
    location: { lat: num(cell('lat'), 'lat', errors), lon: num(cell('lon'), 'lon', errors) },
    ofstedUrn: optional('ofstedUrn'),
    odsCode: optional('odsCode'),
    ageRange: { min: num(cell('ageMin'), 'ageMin', errors), max: num(cell('ageMax'), 'ageMax', errors) },
    sexes: list(cell('sexes')),
    specialisms: list(cell('specialisms')),
    status: optional('status') ?? 'open',
    statusReason: optional('statusReason'),
    ...(cell('statusSince') ? { statusSince: cell('statusSince') } : {}),
    provenance: {
      source: cell('source'),
      asOf: cell('asOf'),
      verified: bool(cell('verified'), 'verified', errors),
      unverified: list(cell('unverified')),
    },
    dutyContact:
      duty.length === 3
        ? { phone: cell('dutyPhone'), email: cell('dutyEmail'), hours: cell('dutyHours') }
        : null,
    illustrative: bool(cell('illustrative'), 'illustrative', errors) ?? false,
    beds: beds(cell('beds'), errors),
  };
  if (errors.length) return { ok: false, errors: dedupe(errors) };
  const parsed = CreateUnitBody.safeParse(raw);
  if (parsed.success) return { ok: true, body: parsed.data };
  return {
    ok: false,
    errors: dedupe(parsed.error.issues.map((i) => ({ column: columnOf(i.path), message: i.message }))),
  };
}

/** One error per column: the first is the one to fix. */
function dedupe(errors: CellError[]): CellError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.column) && seen.add(e.column));
}
