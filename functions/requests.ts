import { notificationRoutes } from '../shared/http/handlers/notifications.js';
import { requestRoutes } from '../shared/http/handlers/requests.js';
import { powertoolsIdempotency } from '../shared/http/powertools-idempotency.js';
import { lambdaFor } from './lambda.js';

export const handler = lambdaFor([...requestRoutes, ...notificationRoutes], {
  idempotency: powertoolsIdempotency,
});
