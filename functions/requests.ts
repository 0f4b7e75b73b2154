import { requestRoutes } from '../shared/http/handlers/requests.js';
import { powertoolsIdempotency } from '../shared/http/powertools-idempotency.js';
import { lambdaFor } from './lambda.js';

export const handler = lambdaFor(requestRoutes, { idempotency: powertoolsIdempotency });
