import { fhirRoutes } from '../shared/http/handlers/fhir.js';
import { lambdaFor } from './lambda.js';

/**
 * FHIR R4 under /fhir/r4: read-only, so no idempotency layer and no write to the table. Exactly
 * its group's routes in the route table (tests/unit/lambda-entries.test.ts).
 */
export const routes = fhirRoutes;
export const handler = lambdaFor('fhir', routes);
