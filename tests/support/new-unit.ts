/**
 * The body of a `POST /v1/units` for tests (illustrative, not a real home): one welfare bed in
 * Leeds. Callers name the unit and its provider; each suite keeps its own ids apart.
 */
export function newUnitBody(names: { id: string; name: string; providerId: string; providerName: string }) {
  return {
    ...names,
    kind: 'secure_childrens_home',
    laCode: 'E08000035',
    regionCode: 'E12000003',
    location: { lat: 53.8, lon: -1.55 },
    ageRange: { min: 10, max: 17 },
    sexes: ['female', 'male'],
    provenance: { source: 'Illustrative test fixture', asOf: '2026-11-01', verified: false },
    illustrative: true,
    beds: [{ eligibleStreams: ['welfare'], contractedTo: null }],
  };
}
