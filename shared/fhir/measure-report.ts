import type { Stream } from '../contract/enums.js';
import { FHIR_BASE } from '../contract/fhir.js';
import type { BedTotals, CapacityCell } from '../domain/capacity.js';

/**
 * Pooled capacity as a SANER-style summary MeasureReport: one group of bed populations for the
 * whole pool, stratified by stream and by region, from the same counters as GET /v1/capacity.
 * Figures count beds, never children, so nothing is suppressed (SPEC, "Pooled commissioning").
 * Beds of units nobody has confirmed in 24 hours are a population of their own (`unconfirmed`),
 * as /v1/capacity keeps them apart, rather than trusted in the others.
 */

const CAPACITY_MEASURE = `${FHIR_BASE}/Measure/secure-bed-capacity`;
const POPULATION = `${FHIR_BASE}/CodeSystem/bed-capacity`;
const GROUP = `${FHIR_BASE}/CodeSystem/measure-group`;
const STRATIFIER = `${FHIR_BASE}/CodeSystem/capacity-stratifier`;
const STREAM = `${FHIR_BASE}/CodeSystem/stream`;
const REGION = `${FHIR_BASE}/CodeSystem/ons-region`;

type FhirJson = Record<string, unknown>;

const STATES: readonly (keyof BedTotals)[] = ['total', 'available', 'held', 'occupied', 'closed'];
const DISPLAY: Record<string, string> = {
  total: 'Beds of confirmed units',
  available: 'Free beds',
  held: 'Beds held for a child',
  occupied: 'Occupied beds',
  closed: 'Closed beds',
  unconfirmed: 'Beds of units not confirmed in the last 24 hours',
};

const concept = (system: string, code: string, display?: string) => ({
  coding: [{ system, code, ...(display ? { display } : {}) }],
});

function populations(cell: CapacityCell): FhirJson[] {
  return [
    ...STATES.map((s) => ({ code: concept(POPULATION, s, DISPLAY[s]), count: cell.beds[s] })),
    { code: concept(POPULATION, 'unconfirmed', DISPLAY.unconfirmed), count: cell.staleBeds.total },
  ];
}

const score = (cell: CapacityCell) =>
  cell.occupancy === null ? {} : { measureScore: { value: cell.occupancy } };

interface CapacitySummary {
  national: CapacityCell;
  byStream: (CapacityCell & { stream: Stream })[];
  byRegion: (CapacityCell & { regionCode: string; regionName: string })[];
}

export function capacityMeasureReport(summary: CapacitySummary, now: Date): FhirJson {
  const at = now.toISOString();
  return {
    resourceType: 'MeasureReport',
    id: `capacity-${at.replace(/[^0-9]/g, '').slice(0, 17)}`,
    meta: { lastUpdated: at },
    status: 'complete',
    type: 'summary',
    measure: CAPACITY_MEASURE,
    date: at,
    reporter: { display: 'National secure-bed coordination' },
    period: { start: at, end: at },
    group: [
      {
        code: concept(GROUP, 'beds', 'Secure beds for children in England'),
        population: populations(summary.national),
        ...score(summary.national),
        stratifier: [
          {
            code: [concept(STRATIFIER, 'stream', 'The stream the beds are counted in')],
            stratum: summary.byStream.map((s) => ({
              value: concept(STREAM, s.stream),
              population: populations(s),
              ...score(s),
            })),
          },
          {
            code: [concept(STRATIFIER, 'region', 'The region of the unit (ONS GSS code)')],
            stratum: summary.byRegion.map((r) => ({
              value: concept(REGION, r.regionCode, r.regionName),
              population: populations(r),
              ...score(r),
            })),
          },
        ],
      },
    ],
  };
}
