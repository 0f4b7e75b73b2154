import { holdRoutes } from '../shared/http/handlers/holds.js';
import { powertoolsIdempotency } from '../shared/http/powertools-idempotency.js';
import { lambdaFor } from './lambda.js';

export const handler = lambdaFor(holdRoutes, { idempotency: powertoolsIdempotency });
