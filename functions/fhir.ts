import { fhirRoutes } from '../shared/http/handlers/fhir.js';
import { lambdaFor } from './lambda.js';

/** FHIR R4 under /fhir/r4: read-only, so no idempotency layer and no write to the table. */
export const handler = lambdaFor(fhirRoutes);
