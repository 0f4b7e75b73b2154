import { unitRoutes } from '../shared/http/handlers/units.js';
import { powertoolsIdempotency } from '../shared/http/powertools-idempotency.js';
import { lambdaFor } from './lambda.js';

export const handler = lambdaFor(unitRoutes, { idempotency: powertoolsIdempotency });
