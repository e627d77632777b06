import type { AppContext } from '../../context';
import { createRouter } from '../../core/http/router';
import { assemblyRoutes } from './assembly-routes';
import { delegateRoutes } from './delegates/routes';
import { meetingRoutes } from './meeting-routes';
import { proposalRoutes } from './proposal-routes';

// Proposals and meetings first: their literal segments (`/api/assemblies/proposals`) come before `/api/assemblies/{id}`.
export const assembliesRoutes = (ctx: AppContext) =>
  createRouter()
    .route('/', proposalRoutes(ctx))
    .route('/', meetingRoutes(ctx))
    .route('/', assemblyRoutes(ctx))
    .route('/', delegateRoutes(ctx));
