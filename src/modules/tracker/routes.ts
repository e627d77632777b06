import type { AppContext } from '../../context';
import { createRouter } from '../../core/http/router';
import { trackerOrganiserRoutes } from './organiser-routes';
import { trackerPublicRoutes } from './public-routes';

export const trackerRoutes = (ctx: AppContext) =>
  createRouter().route('/', trackerPublicRoutes(ctx)).route('/', trackerOrganiserRoutes(ctx));
