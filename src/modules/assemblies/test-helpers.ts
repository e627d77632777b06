import assert from 'node:assert/strict';
import { HOUR } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';
import type { Assembly, AssemblyInputFields, Meeting, Proposal, ProposalInputFields, Rules, VoteResult } from './contract';

export type Member = Awaited<ReturnType<TestApp['signIn']>>;

export const RULES: Rules = {
  quorumKind: 'share',
  quorumValue: 50,
  majority: 'simple',
  proposers: 'any_member',
  discussionHours: 0,
  secretBallot: false,
};

/** Answers `res`'s JSON when its status is `status`, failing with the body otherwise. */
export async function ok<T>(res: Response | Promise<Response>, status = 200): Promise<T> {
  const answer = await res;
  assert.equal(answer.status, status, await answer.clone().text());
  return (await answer.json()) as T;
}

export async function errorOf(res: Response | Promise<Response>): Promise<{ status: number; code: string; field?: string }> {
  const answer = await res;
  const body = (await answer.json()) as { error: { code: string; field?: string } };
  return { status: answer.status, code: body.error.code, field: body.error.field };
}

export function createAssembly(
  t: TestApp,
  organiser: Member,
  overrides: Partial<Omit<AssemblyInputFields, 'rules'>> & { rules?: Partial<Rules> } = {},
): Promise<Assembly> {
  const { rules, ...rest } = overrides;
  return ok<Assembly>(
    t.call('POST', '/api/assemblies', {
      cookie: organiser.cookie,
      body: { name: 'Powderhorn tenants assembly', kind: 'neighbourhood', ...rest, rules: { ...RULES, ...rules } },
    }),
    201,
  );
}

/** `count` new members of the network who join the assembly. */
export async function joined(t: TestApp, assemblyId: string, count: number, name = 'Neighbour'): Promise<Member[]> {
  const members: Member[] = [];
  for (let i = 0; i < count; i++) {
    const m = await t.signIn({ displayName: `${name} ${i + 1}` });
    await ok(t.call('POST', `/api/assemblies/${assemblyId}/join`, { cookie: m.cookie }));
    members.push(m);
  }
  return members;
}

/** A meeting of the assembly starting in an hour, opened when `open`. */
export async function meetingOf(t: TestApp, facilitator: Member, assemblyId: string, open = true): Promise<Meeting> {
  const meeting = await ok<Meeting>(
    t.call('POST', `/api/assemblies/${assemblyId}/meetings`, {
      cookie: facilitator.cookie,
      body: { title: 'General meeting', startsAt: t.clock.now() + HOUR, place: 'Church basement', agenda: ['Welcome'] },
    }),
    201,
  );
  if (!open) return meeting;
  return ok<Meeting>(t.call('POST', `/api/assemblies/meetings/${meeting.id}/open`, { cookie: facilitator.cookie }));
}

export const checkIn = (t: TestApp, member: Member, meetingId: string) =>
  ok<Meeting>(t.call('POST', `/api/assemblies/meetings/${meetingId}/check-in`, { cookie: member.cookie, body: {} }));

export const propose = (t: TestApp, member: Member, body: Partial<ProposalInputFields> & { assemblyId: string }) =>
  ok<Proposal>(
    t.call('POST', '/api/assemblies/proposals', { cookie: member.cookie, body: { title: 'Rent strike in March', ...body } }),
    201,
  );

export const openVote = (t: TestApp, facilitator: Member, proposalId: string) =>
  ok<Proposal>(t.call('POST', `/api/assemblies/proposals/${proposalId}/open-vote`, { cookie: facilitator.cookie }));

export const vote = (t: TestApp, member: Member, proposalId: string, choice: string) =>
  t.call('POST', `/api/assemblies/proposals/${proposalId}/vote`, { cookie: member.cookie, body: { choice } });

export const voteOk = async (t: TestApp, member: Member, proposalId: string, choice: string) =>
  ok<VoteResult>(vote(t, member, proposalId, choice));

export const closeVote = (t: TestApp, facilitator: Member, proposalId: string) =>
  ok<Proposal>(t.call('POST', `/api/assemblies/proposals/${proposalId}/close-vote`, { cookie: facilitator.cookie }));

export const getProposal = (t: TestApp, member: Member, proposalId: string) =>
  ok<Proposal>(t.call('GET', `/api/assemblies/proposals/${proposalId}`, { cookie: member.cookie }));
