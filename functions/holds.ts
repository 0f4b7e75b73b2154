import { holdRoutes } from '../shared/http/handlers/holds.js';
import { lambdaFor } from './lambda.js';

export const handler = lambdaFor(holdRoutes);
