import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { caseOverview, setCaseworkers } from './assignment-service';
import { addNeed, addNote, changeNeed } from './case-items-service';
import { closeCase, listMyCases, openCase, readCase, updateCaseFields } from './cases-service';
import {
  CaseDetail,
  CaseFields,
  CaseIdParam,
  CaseList,
  CaseOverview,
  CaseUpdate,
  CaseworkerList,
  CaseworkersInput,
  CloseInput,
  Closing,
  Need,
  NeedInput,
  NeedParams,
  NeedUpdate,
  NewCase,
  Note,
  NoteInput,
  Opened,
} from './contract';

const tags = ['families'];
const idParam = { params: CaseIdParam };
// The role lets a caller reach the route; the service then admits only caseworkers assigned to the case.
const CASEWORKERS = ['caseworker'] as const;
const unavailable = { 503: { description: 'The families key is missing or wrong (families_key_missing, families_key_wrong)' } };
const responses = <T>(schema: T, description: string, status: 200 | 201 = 200) => ({
  [status]: jsonResponse(schema, description),
  ...errorResponses,
  ...unavailable,
});

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/cases',
    tags,
    summary: 'The family cases I am assigned to, open first (each one shown is an audited read)',
    access: CASEWORKERS,
    responses: responses(CaseList, 'My cases'),
  }),
  open: defineRoute({
    method: 'post',
    path: '/api/cases',
    tags,
    summary: 'Open a family case; I become its first caseworker. Never a status or an ID number',
    access: CASEWORKERS,
    request: jsonBody(NewCase),
    responses: responses(Opened, 'Opened', 201),
  }),
  overview: defineRoute({
    method: 'get',
    path: '/api/cases/overview',
    tags,
    summary: 'For organisers: cases per state and who works each, never their contents (audited)',
    access: ['organiser'],
    responses: responses(CaseOverview, 'Overview'),
  }),
  read: defineRoute({
    method: 'get',
    path: '/api/cases/{id}',
    tags,
    summary: 'A case, for its assigned caseworkers only (audited)',
    access: CASEWORKERS,
    request: idParam,
    responses: responses(CaseDetail, 'The case'),
  }),
  update: defineRoute({
    method: 'patch',
    path: '/api/cases/{id}',
    tags,
    summary: "Change a case's label, contact, address, household note or language",
    access: CASEWORKERS,
    request: { ...idParam, ...jsonBody(CaseUpdate) },
    responses: responses(CaseFields, 'The fields now'),
  }),
  addNeed: defineRoute({
    method: 'post',
    path: '/api/cases/{id}/needs',
    tags,
    summary: 'Record a need of the household',
    access: CASEWORKERS,
    request: { ...idParam, ...jsonBody(NeedInput) },
    responses: responses(Need, 'Added', 201),
  }),
  changeNeed: defineRoute({
    method: 'patch',
    path: '/api/cases/{id}/needs/{needId}',
    tags,
    summary: 'Mark a need met or open, or change its text',
    access: CASEWORKERS,
    request: { params: NeedParams, ...jsonBody(NeedUpdate) },
    responses: responses(Need, 'The need now'),
  }),
  addNote: defineRoute({
    method: 'post',
    path: '/api/cases/{id}/notes',
    tags,
    summary: 'Add a dated note to the case',
    access: CASEWORKERS,
    request: { ...idParam, ...jsonBody(NoteInput) },
    responses: responses(Note, 'Added', 201),
  }),
  caseworkers: defineRoute({
    method: 'put',
    path: '/api/cases/{id}/caseworkers',
    tags,
    summary: "Set a case's caseworkers: by one of them, or by an organiser (who still cannot read it)",
    access: ['caseworker', 'organiser'],
    request: { ...idParam, ...jsonBody(CaseworkersInput) },
    responses: responses(CaseworkerList, 'The caseworkers now'),
  }),
  close: defineRoute({
    method: 'post',
    path: '/api/cases/{id}/close',
    tags,
    summary: 'Close a case: read-only from then on, purged after the retention period',
    access: CASEWORKERS,
    request: { ...idParam, ...jsonBody(CloseInput) },
    responses: responses(Closing, 'Closed'),
  }),
};

export function familiesRoutes(ctx: AppContext) {
  const id = (c: { req: { valid(target: 'param'): { id: string } } }) => c.req.valid('param').id;
  return createRouter()
    .openapi(routes.list, async (c) => c.json({ cases: await listMyCases(ctx, principalOf(c)) }, 200))
    .openapi(routes.open, async (c) => c.json(await openCase(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.overview, async (c) => c.json(await caseOverview(ctx, principalOf(c)), 200))
    .openapi(routes.read, async (c) => c.json(await readCase(ctx, principalOf(c), id(c)), 200))
    .openapi(routes.update, async (c) => c.json(await updateCaseFields(ctx, principalOf(c), id(c), c.req.valid('json')), 200))
    .openapi(routes.addNeed, async (c) => c.json(await addNeed(ctx, principalOf(c), id(c), c.req.valid('json')), 201))
    .openapi(routes.changeNeed, async (c) => {
      const { id: caseId, needId } = c.req.valid('param');
      return c.json(await changeNeed(ctx, principalOf(c), caseId, needId, c.req.valid('json')), 200);
    })
    .openapi(routes.addNote, async (c) => c.json(await addNote(ctx, principalOf(c), id(c), c.req.valid('json').body), 201))
    .openapi(routes.caseworkers, async (c) => {
      const caseworkers = await setCaseworkers(ctx, principalOf(c), id(c), c.req.valid('json').memberIds);
      return c.json({ caseworkers }, 200);
    })
    .openapi(routes.close, async (c) => c.json(await closeCase(ctx, principalOf(c), id(c), c.req.valid('json').reason), 200));
}
