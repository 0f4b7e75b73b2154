import { requestRoutes } from '../shared/http/handlers/requests.js';
import { lambdaFor } from './lambda.js';

export const handler = lambdaFor(requestRoutes);
