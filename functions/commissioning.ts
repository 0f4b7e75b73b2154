import { commissioningRoutes } from '../shared/http/handlers/commissioning.js';
import { lambdaFor } from './lambda.js';

export const handler = lambdaFor(commissioningRoutes);
