import type { AppContext } from '../../context';
import { createRouter } from '../../core/http/router';
import { authRoutes } from './auth-routes';
import { memberRoutes } from './member-routes';

export const membersRoutes = (ctx: AppContext) => createRouter().route('/', authRoutes(ctx)).route('/', memberRoutes(ctx));
