import assert from 'node:assert/strict';
import type { TestApp } from '../../test-support/test-app';
import type { CaseDetail } from './contract';

export type Member = Awaited<ReturnType<TestApp['signIn']>>;
export type ErrorBody = { error: { code: string; message: string; field?: string } };

export const caseInput = (overrides: Record<string, unknown> = {}) => ({
  label: 'Household at Cedar 3',
  contact: 'Call the aunt after 6 pm: 612-555-0134',
  address: '1500 Cedar Ave, apartment 3',
  household: 'Children 6 and 11, Spanish at home, Cedar elementary',
  language: 'Spanish',
  needs: [
    { kind: 'childcare', detail: 'After-school pickup' },
    { kind: 'rent', detail: 'Rent due on the 1st' },
  ],
  ...overrides,
});

export async function openCase(t: TestApp, as: Member, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await t.call('POST', '/api/cases', { cookie: as.cookie, body: caseInput(overrides) });
  assert.equal(res.status, 201, await res.clone().text());
  return ((await res.json()) as { id: string }).id;
}

export async function readCase(t: TestApp, as: Member, id: string): Promise<CaseDetail> {
  const res = await t.call('GET', `/api/cases/${id}`, { cookie: as.cookie });
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as CaseDetail;
}

export async function expectError(res: Response, status: number, code: string, field?: string) {
  const body = (await res.json()) as ErrorBody;
  assert.equal(res.status, status, JSON.stringify(body));
  assert.equal(body.error.code, code);
  if (field !== undefined) assert.equal(body.error.field, field);
  return body;
}

/** Every case route with a body that would be accepted, so that only the access rule can refuse it. */
export function caseRoutes(id: string, needId: string, memberIds: string[]): [method: string, path: string, body?: unknown][] {
  return [
    ['GET', `/api/cases/${id}`],
    ['PATCH', `/api/cases/${id}`, { label: 'Another label' }],
    ['POST', `/api/cases/${id}/needs`, { kind: 'food', detail: 'Groceries' }],
    ['PATCH', `/api/cases/${id}/needs/${needId}`, { state: 'met' }],
    ['POST', `/api/cases/${id}/notes`, { body: 'A note' }],
    ['PUT', `/api/cases/${id}/caseworkers`, { memberIds }],
    ['POST', `/api/cases/${id}/close`, { reason: 'Family moved' }],
  ];
}

export const auditActions = async (t: TestApp, caseId: string) =>
  (
    await t.db.selectFrom('auditLog').select(['action', 'memberId']).where('objectId', '=', caseId).orderBy('at').orderBy('id').execute()
  ).map((a) => a.action);
