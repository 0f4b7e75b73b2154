/**
 * The prose of the OpenAPI document: what an integrator must know that the schemas can't say.
 * Rules quoted here come from the code that enforces them (the legal bases per stream, the
 * childRef examples, the 153 authorities), so the words can't drift from the behaviour.
 */
import { CHILD_REF_EXAMPLES, CHILD_REF_MESSAGES } from '../domain/child-ref.js';
import { LEGAL_BASES_BY_STREAM, STREAMS } from './enums.js';

export const API_VERSION = '1.1.0';

const childRefRules = (): string => {
  const refused = Object.entries(CHILD_REF_EXAMPLES.refused)
    .map(([value, why]) => `| \`${value}\` | \`${why}\` |`)
    .join('\n');
  const accepted = CHILD_REF_EXAMPLES.accepted.map((v) => `\`${v}\``).join(', ');
  return `A pseudonymous reference the local authority chooses: its case number, or a hash of it. 1–64 characters, no spaces, no control or invisible characters. Never a name, a date of birth or an NHS number: the server refuses (400 \`validation_failed\`, field \`body.childRef\`) any value that

- **carries an NHS number**: ten digits that pass the NHS Modulus 11 check, written together or 3-3-4 with spaces, hyphens or dots, alone or inside the reference. Ten digits that FAIL the check (an ordinary case number) are accepted, and so are ten digits inside a longer run of digits;
- **carries a date** in any common form: \`14-03-2012\`, \`14/3/12\`, \`14.03.2012\`, \`2012-03-14\`, \`2012/03/14\`, \`14mar2012\`, \`March-14-2012\`, or eight digits that are a real date as \`ddmmyyyy\` or \`yyyymmdd\` (years 1900–2099);
- **looks like a name**: letters with no digit at all (\`Jane\`, \`jane.smith\`), any run of letters that is a common given name or surname, or two Capitalised words side by side (\`Ngozi-Okafor-77\`).

| refused | why (\`${Object.keys(CHILD_REF_MESSAGES).join('`, `')}\`) |
| --- | --- |
${refused}

Accepted, for example: ${accepted}.`;
};

const legalBasisRules = (): string =>
  STREAMS.map((s) => `- \`${s}\`: ${LEGAL_BASES_BY_STREAM[s].map((b) => `\`${b}\``).join(', ')}`).join('\n');

export const CHILD_REF_DESCRIPTION = childRefRules();

export const LEGAL_BASIS_DESCRIPTION = `The legal basis must belong to the request's stream (otherwise 400, field \`body.legalBasis\`):\n\n${legalBasisRules()}`;

export const HOME_LA_DESCRIPTION =
  "One of England's 153 children's services authorities (upper-tier local authorities: ONS GSS codes E06 unitary, E08 metropolitan, E09 London borough, E10 county). Any other code, even one of the right shape, is refused with 400 (field `body.homeLaCode`). The list is this enum.";

export function infoDescription(): string {
  return `The national register of secure beds for children in England: units and their beds, short-notice holds, placements, and the pooled commissioning picture for DfE, MoJ and DHSC. This document is generated from the server's own validation schemas (\`npm run openapi\`); every response the test suites receive is checked against it.

## Getting a token
- **People** (social workers, home managers, coordinators, commissioners) sign in through the console; their tokens are JWTs from the Cognito user pool, sent as \`Authorization: Bearer <token>\` (scheme \`bearer\`).
- **Provider systems** use the OAuth 2.0 client-credentials flow (scheme \`oauth2\`): \`POST\` to the token URL with your client id and secret and \`scope=secure-beds/provider:<your provider id>\`. Each provider's client holds only its own scope, and acts as that provider.
- **Locally** (\`npm start\`), \`POST /local/token\` with \`{"role": "la", "org": "E08000025"}\` returns \`{"token": "…"}\`. That route exists only on the local server and is described here for development; it is never deployed.

Who may call what is in each operation's \`x-roles\` and description. Reaching another organisation's record answers 404, not 403, so ids don't reveal what exists.

## Reading responses: the tolerant-reader rule
Response objects are open: **ignore fields you do not know**. We add fields to responses without a new version, so a client that rejects unknown fields will break. Requests are strict: an unknown field is refused (400), so a typo never passes silently. Fields documented as nullable are always present, with \`null\` when they have no value. Enumerations in responses may gain values in a minor version: treat an unknown value as "other".

## Retrying safely
- Every POST that creates a record (a request, a hold) needs an \`Idempotency-Key\` header (428 \`precondition_required\` without one). Retrying with the same key returns the first outcome, however often; the same key with a different body is 422; while the first call is still running, 409 \`idempotency_in_progress\` with \`Retry-After\`. Other state-changing POSTs take a key too.
- \`DELETE /v1/holds/{id}\` is idempotent: releasing a released hold answers 200 with the same hold.
- Updates take \`If-Match\` with the record's strong \`ETag\` (\`"7"\`); a stale or weak tag answers 412, none 428.
- 429 and 503 carry \`Retry-After\` (seconds). A 5xx never leaves partial state: retry with the same key.

## Errors
Every 4xx and 5xx is \`application/problem+json\` (RFC 9457) with a stable \`code\`. Each operation lists only the statuses it can answer and, for each, the codes. A path called with a method it does not take answers 405 with \`Allow\` (see \`components.responses.MethodNotAllowed\`).

## Rules the server enforces beyond the schemas
- \`homeLaCode\`: one of England's 153 children's services authorities (the \`HomeLaCode\` enum).
- \`legalBasis\` by stream (also as \`x-legal-bases-by-stream\` on \`CreateRequestBody\`):
${legalBasisRules()}
- \`childRef\`: see the \`ChildRef\` schema for exactly which values are refused, with examples.
- Lists: \`?limit=\` 1–100 (default 50), \`?cursor=\` from the last page's \`nextCursor\`; unknown query parameters are refused.

## Versioning and deprecation
The path carries the major version (\`/v1\`); \`info.version\` is the document's semantic version. Within \`/v1\` changes are additive only: new operations, new optional request fields, new response fields, new enum values in responses. A breaking change means \`/v2\`, run beside \`/v1\` for at least 12 months. A deprecated operation or field is marked \`deprecated: true\` here at least 6 months before removal, and its responses carry \`Deprecation\` and \`Sunset\` headers (RFC 9745, RFC 8594) with a \`Link\` to the migration notes. The whole policy: \`docs/api-versioning.md\`.

## FHIR R4 (\`/fhir/r4\`)
NHS systems read the register and pooled capacity as FHIR R4, \`application/fhir+json\`, with the same tokens and roles as \`/v1\`:
- \`GET /fhir/r4/metadata\`: the CapabilityStatement (no token needed).
- \`GET /fhir/r4/Location\` and \`GET /fhir/r4/Location/{id}\` (every role): units (\`physicalType\` \`bu\`, or \`wa\` for NHS wards) and their beds (\`bd\`, \`partOf\` the unit). A bed's \`operationalStatus\` is from HL7 v2 table 0116: \`U\` unoccupied, \`O\` occupied, \`C\` closed. Table 0116 has no "reserved", so a held bed is \`U\` with the extension \`https://secure-beds.example/fhir/StructureDefinition/bed-held\` true: a bed may be offered only when it is \`U\` and not held. A unit's Location id is its unit id; a bed's is the unit id, \`.bed-\` and the rest of its bed id.
- \`GET /fhir/r4/MeasureReport?period=\` (commissioners, coordinators): pooled capacity now as a SANER-style summary \`MeasureReport\` (beds total, available, held, occupied, closed and unconfirmed, stratified by stream and by region), the same counters as \`GET /v1/capacity\`.

Searches answer a \`searchset\` Bundle; unknown search parameters are refused (400) rather than ignored. Errors are \`application/problem+json\`, as everywhere in this API, not OperationOutcome. Every resource is checked against R4 in the tests with a FHIR validator.

All data in the examples is illustrative.`;
}

/** One line per tag (route group), for the document's `tags`. */
export const TAG_DESCRIPTIONS: Record<string, string> = {
  health: 'Liveness of the service and its store.',
  local: 'Development only: routes of the local server, never deployed.',
  units: 'The register of secure units and their beds, with live availability.',
  requests: "A local authority's request for a secure bed for one child, and the units that fit it.",
  holds: 'Short-notice reservations of one bed while the provider decides.',
  placements: 'Children placed: step-down and discharge.',
  commissioning: 'Aggregates for the departments: capacity, usage and demand, small numbers suppressed.',
  audit: 'Who changed what, when: every state change, written with the change.',
  fhir: 'The register as FHIR R4 for NHS systems.',
};
