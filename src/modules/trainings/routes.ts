import type { AppContext } from '../../context';
import { createRouter } from '../../core/http/router';
import { courseRoutes } from './course-routes';
import { qualificationRoutes } from './qualification-routes';
import { sessionRoutes } from './session-routes';

export const trainingsRoutes = (ctx: AppContext) =>
  createRouter().route('/', courseRoutes(ctx)).route('/', sessionRoutes(ctx)).route('/', qualificationRoutes(ctx));
