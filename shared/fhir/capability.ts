import { API_VERSION } from '../contract/api-guide.js';

/**
 * What this FHIR R4 server does, as a CapabilityStatement (R4 capabilitystatement.html), kept
 * beside the routes it describes (shared/http/handlers/fhir.ts). `date` is when this statement
 * last changed, not now, so that caches and diffs see real changes only.
 */
const STATEMENT_DATE = '2026-12-01';

export function capabilityStatement(base: string): Record<string, unknown> {
  return {
    resourceType: 'CapabilityStatement',
    id: 'secure-beds',
    status: 'active',
    date: STATEMENT_DATE,
    publisher: 'National secure-bed coordination (illustrative)',
    kind: 'instance',
    software: { name: 'Secure beds for children in England', version: API_VERSION },
    implementation: {
      description: 'Secure beds for children in England: the register of units and beds, and pooled capacity',
      url: base,
    },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'The same bearer tokens and roles as /v1 (see openapi.json): Location for every role, MeasureReport for commissioners and coordinators. Errors are application/problem+json (RFC 9457) with a stable `code`, as on /v1. Unknown search parameters are refused (400), not ignored.',
        security: {
          cors: false,
          service: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
                  code: 'OAuth',
                  display: 'OAuth',
                },
              ],
            },
          ],
          description:
            'Authorization: Bearer <JWT>: people through the Cognito user pool, provider systems through OAuth 2.0 client credentials (scope secure-beds/provider:<id>).',
        },
        resource: [
          {
            type: 'Location',
            documentation:
              'Units (physicalType bu or wa) and their beds (bd, partOf the unit). A bed’s operationalStatus is HL7 v2 table 0116: U unoccupied, O occupied, C closed; a held bed is U with the bed-held extension true.',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: [
              { name: '_id', type: 'token' },
              { name: 'partof', type: 'reference', documentation: 'A unit’s beds: Location/<unit id>' },
              { name: 'physical-type', type: 'token', documentation: 'bd, wa or bu' },
              { name: 'operational-status', type: 'token', documentation: 'C, O or U (v2-0116)' },
              { name: 'status', type: 'token' },
              { name: 'organization', type: 'reference', documentation: 'A provider id' },
              { name: '_count', type: 'number', documentation: '1–1000, default 200' },
            ],
          },
          {
            type: 'MeasureReport',
            documentation:
              'Pooled capacity now, as a SANER-style summary report stratified by stream and region.',
            interaction: [{ code: 'search-type' }],
            searchParam: [{ name: 'period', type: 'date' }],
          },
        ],
      },
    ],
  };
}
