import type { AppContext } from '../../context';
import { createRouter } from '../../core/http/router';
import { memberRoutes } from './member-routes';
import { organiserRoutes } from './organiser-routes';

export const patrolsRoutes = (ctx: AppContext) => createRouter().route('/', organiserRoutes(ctx)).route('/', memberRoutes(ctx));
