import type { RouteConfig, z } from '@hono/zod-openapi';
import { defineRoute, jsonBody } from '../../core/http/route';
import { IdParam } from './contract';

export const tags = ['assemblies'];
export const idParam = { params: IdParam };

/**
 * Route builders for one kind of object (a meeting, a proposal) addressed by `{id}` and answering that
 * object as it is now. Reading is for every signed-in member; acting needs a vouched-for one; who may
 * do what beyond that is the service's to say.
 */
export function objectRoutes<const R extends RouteConfig['responses']>(responses: R) {
  const route = <const M extends 'get' | 'post' | 'put' | 'delete', const P extends string>(method: M, path: P, summary: string) =>
    defineRoute({ method, path, tags, summary, access: method === 'get' ? 'signed_in' : 'trusted', request: idParam, responses });
  const routeWithBody = <const M extends 'post' | 'put', const P extends string, B extends z.ZodTypeAny>(
    method: M,
    path: P,
    summary: string,
    body: B,
  ) => defineRoute({ method, path, tags, summary, access: 'trusted', request: { ...idParam, ...jsonBody(body) }, responses });
  return { route, routeWithBody };
}
