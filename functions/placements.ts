import { placementRoutes } from '../shared/http/handlers/placements.js';
import { powertoolsIdempotency } from '../shared/http/powertools-idempotency.js';
import { lambdaFor } from './lambda.js';

export const handler = lambdaFor(placementRoutes, { idempotency: powertoolsIdempotency });
