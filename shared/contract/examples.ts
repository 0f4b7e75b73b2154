/**
 * Examples for the OpenAPI document, by component name. Every value here is ILLUSTRATIVE: made-up
 * units, ids and references, never a real child. Objects without an entry get an example built
 * from their schema (shared/contract/openapi-examples.ts), so only values a schema can't invent
 * (patterns, meaningful pairs) need to be written here. A test checks each against its schema.
 */
export const EXAMPLES: Record<string, unknown> = {
  Id: 'fx-leeds',
  Org: 'E08000025',
  GssLaCode: 'E08000025',
  GssRegionCode: 'E12000005',
  IsoDate: '2026-11-26',
  IsoDateTime: '2026-11-26T09:30:00Z',
  ChildRef: 'bham-case-20931',
  PlainText: 'Two children on the unit would not be a safe mix tonight.',
  Location: { lat: 52.48, lon: -1.9 },
  UnitLaCode: 'E08000035',
  UnitRegionCode: 'E12000003',
  DutyContact: { phone: '0113 496 0000', email: 'duty@fixture-home.example', hours: '24 hours, every day' },
  UnitPatchBody: { status: 'paused', statusReason: 'Two staff off sick: no admissions until Friday' },
  Hold: {
    id: 'h-01JH2Q9V5S8C3M4N6P7R8T9W0X',
    requestId: 'r-01JH2Q8K2B7D6F5G4H3J2K1M0N',
    unitId: 'fx-leeds',
    bedId: 'fx-leeds-b03',
    providerId: 'fx-provider-a',
    laCode: 'E08000025',
    stream: 'welfare',
    status: 'active',
    expiresAt: '2026-11-26T11:30:00Z',
    createdAt: '2026-11-26T09:30:00Z',
    decidedAt: null,
    declineReason: null,
    declineNote: null,
    placementId: null,
    contractedTo: 'MoJ',
    flex: true,
  },
  CreateRequestBody: {
    childRef: 'bham-case-20931',
    ageYears: 14,
    sex: 'female',
    stream: 'welfare',
    legalBasis: 's25_order',
    needs: ['self_harm', 'absconding'],
    homeLaCode: 'E08000025',
    neededBy: '2026-11-26T18:00:00Z',
  },
  CreateHoldBody: { requestId: 'r-01JH2Q8K2B7D6F5G4H3J2K1M0N', unitId: 'fx-leeds' },
  DeclineBody: {
    reason: 'mix_of_children',
    note: 'Two children on the unit would not be a safe mix tonight.',
  },
  BedUpdateBody: { state: 'closed', reason: 'staffing' },
  TokenBody: { role: 'la', org: 'E08000025' },
  Problem: {
    type: 'https://secure-beds.example/problems/validation-failed',
    title: 'Your request is not valid',
    status: 400,
    detail: 'The request is not valid',
    code: 'validation_failed',
    errors: [
      { field: 'body.childRef', message: 'looks like an NHS number: use your pseudonymous case reference' },
    ],
  },
};
