import type { AppContext } from '../../context';
import { createRouter } from '../../core/http/router';
import { fundDisbursementRoutes } from './disbursement-routes';
import { fundPublicRoutes } from './public-routes';
import { fundTreasuryRoutes } from './treasury-routes';

export const fundRoutes = (ctx: AppContext) =>
  createRouter().route('/', fundPublicRoutes(ctx)).route('/', fundTreasuryRoutes(ctx)).route('/', fundDisbursementRoutes(ctx));
