import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonResponse } from '../../core/http/route';
import { AidIdParam, AidTaskDetail } from './contract';

export const tags = ['aid'];
export const idParam = { params: AidIdParam };

/**
 * A step on one request, answered with the request as the caller now sees it. Any vouched member may
 * call it; the finer rule (the volunteer holding it, whoever filed it) is the service's, with its own
 * 403 code.
 */
export const requestStep = (path: string, summary: string) =>
  defineRoute({
    method: 'post',
    path: `/api/aid/requests/{id}/${path}`,
    tags,
    summary,
    access: 'trusted',
    request: idParam,
    responses: { 200: jsonResponse(AidTaskDetail, 'The request'), ...errorResponses },
  });
