import { holdRoutes } from '../shared/http/handlers/holds.js';
import { referralRoutes } from '../shared/http/handlers/referrals.js';
import { powertoolsIdempotency } from '../shared/http/powertools-idempotency.js';
import { lambdaFor } from './lambda.js';

export const handler = lambdaFor([...holdRoutes, ...referralRoutes], { idempotency: powertoolsIdempotency });
