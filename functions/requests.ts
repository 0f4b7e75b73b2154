import { notificationRoutes } from '../shared/http/handlers/notifications.js';
import { requestRoutes } from '../shared/http/handlers/requests.js';
import { lambdaFor } from './lambda.js';

/** The routes this Lambda serves: exactly its groups' in the route table (tests/unit/lambda-entries.test.ts). */
export const routes = [...requestRoutes, ...notificationRoutes];
export const handler = lambdaFor('requests', routes);
