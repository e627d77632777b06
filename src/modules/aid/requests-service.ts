import type { AppContext } from '../../context';
import { badRequest, forbidden, notFound } from '../../core/errors';
import { hashToken, secretToken } from '../../core/ids';
import { hasRole, type Principal } from '../../core/roles';
import { audit } from '../audit';
import { assertAssignedCaseworker } from '../families';
import { cellOf, findZoneAt, zoneNames } from '../zones';
import type { AidTask, AidTaskDetail, FiledRequest, NewAidRequest } from './contract';
import { notFiler, requestClosed } from './errors';
import { expireLapsedClaims, heldBy } from './lease';
import { ADDRESS_KINDS, AID_KINDS, FUND_KINDS, ON_BEHALF_ROLES } from './limits';
import { pushAboutRequest } from './notify';
import { presentClaim, presentFiled, presentFiledFields, presentTask, presentTasks, zoneNamer } from './present';
import {
  ACTIVE_CLAIM,
  activeClaimOf,
  findRequest,
  insertRequest,
  listFiledBy,
  listOfCase,
  listRequestsInState,
  lockRequest,
  moveClaim,
  updateRequest,
} from './repository';
import type { AidRequestTable } from './schema';
import { getVolunteerProfile, suits } from './volunteer-service';

const isFiler = (row: AidRequestTable, principal: Principal) => row.filedBy === principal.memberId;
const isOpenish = (row: AidRequestTable) => row.state !== 'done' && row.state !== 'cancelled';

/** The zone (and, from a point, the ~500 m cell) of a new request; the point itself stays private. */
async function placeOf(ctx: AppContext, input: NewAidRequest) {
  if (input.point) {
    const zone = await findZoneAt(ctx, input.point.lat, input.point.lng);
    if (!zone) throw badRequest('outside_network', 'point: this place is outside every neighbourhood of the network', 'point');
    return { zoneId: zone.id, cell: cellOf(input.point.lat, input.point.lng), ...input.point };
  }
  if (!input.zoneId) throw badRequest('aid_place_required', 'zoneId: choose the neighbourhood, or mark the place on the map', 'zoneId');
  if (!(await zoneNames(ctx, [input.zoneId])).has(input.zoneId))
    throw badRequest('unknown_zone', `zoneId: there is no zone ${JSON.stringify(input.zoneId)}`, 'zoneId');
  return { zoneId: input.zoneId, cell: null, lat: null, lng: null };
}

function checkFields(ctx: AppContext, input: NewAidRequest) {
  if (ADDRESS_KINDS.includes(input.kind) && !input.address)
    throw badRequest('address_required', 'address: a volunteer goes to the household for this: give the address', 'address');
  if (input.kind === 'translation' && !input.translationLanguage)
    throw badRequest('translation_language_required', 'translationLanguage: say which language is needed', 'translationLanguage');
  if (input.neededBy !== undefined && input.neededBy <= ctx.clock.now())
    throw badRequest('needed_by_past', 'neededBy: this time has already passed', 'neededBy');
  if (input.neededFrom !== undefined && input.neededBy !== undefined && input.neededFrom > input.neededBy)
    throw badRequest('needed_by_before_from', 'neededBy: must be after the start of the window', 'neededBy');
}

/**
 * Files a request, for the caller's own household or — by a hotline operator, caseworker or
 * organiser — on someone's behalf, with a receipt link for the household (its secret shown once).
 */
export async function fileRequest(ctx: AppContext, principal: Principal, input: NewAidRequest, opts: { demo?: boolean } = {}) {
  const behalf = input.onBehalf;
  if (behalf && !ON_BEHALF_ROLES.some((role) => hasRole(principal, role)))
    throw forbidden('Only hotline operators, caseworkers and organisers file on behalf of someone else.', 'on_behalf_not_allowed');
  if (behalf?.caseId) await assertAssignedCaseworker(ctx, principal, behalf.caseId);
  checkFields(ctx, input);
  const place = await placeOf(ctx, input);
  const now = ctx.clock.now();
  const receiptToken = behalf ? secretToken() : null;
  const row: AidRequestTable = {
    id: ctx.ids.next(),
    kind: input.kind,
    state: 'open',
    ...place,
    address: input.address || null,
    contact: input.contact,
    householdName: behalf?.householdName ?? null,
    details: input.details,
    privateNotes: input.privateNotes,
    languages: JSON.stringify([...new Set(input.languages)]),
    translationLanguage: input.kind === 'translation' ? (input.translationLanguage ?? null) : null,
    amountCents: FUND_KINDS.includes(input.kind) ? (input.amountCents ?? null) : null,
    neededFrom: input.neededFrom ?? null,
    neededBy: input.neededBy ?? null,
    filedBy: principal.memberId,
    onBehalf: behalf ? 1 : 0,
    caseId: behalf?.caseId ?? null,
    receiptTokenHash: receiptToken ? hashToken(receiptToken) : null,
    createdAt: now,
    updatedAt: now,
    doneAt: null,
    paidAt: null,
    cancelledAt: null,
    confirmedAt: null,
    confirmedBy: null,
    closedAt: null,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertRequest(tx, row);
    await audit(ctx, tx, { actor: principal, action: 'aid_request.filed', objectType: 'aid_request', objectId: row.id });
  });
  return { request: await describeRequest(ctx, principal, row.id), receiptToken };
}

/** A request's page as the caller may see it: the filer also sees what they entered; nobody else does. */
export async function describeRequest(ctx: AppContext, principal: Principal, id: string): Promise<AidTaskDetail> {
  const row = await findRequest(ctx.db, id);
  if (!row) throw notFound('Aid request');
  const [zoneOf, { claim, held }] = await Promise.all([zoneNamer(ctx, [row]), heldBy(ctx.db, id, principal.memberId, ctx.clock.now())]);
  const filer = isFiler(row, principal);
  return {
    ...presentTask(row, zoneOf(row)),
    myClaim: claim && presentClaim(claim),
    held,
    filedByMe: filer,
    canCancel: isOpenish(row) && (filer || hasRole(principal, 'organiser')),
    filed: filer ? presentFiledFields(row) : null,
  };
}

export async function getRequest(ctx: AppContext, principal: Principal, id: string) {
  await expireLapsedClaims(ctx);
  return describeRequest(ctx, principal, id);
}

const VOLUNTEER_KINDS = AID_KINDS.filter((k) => !FUND_KINDS.includes(k));

const soonestFirst = (a: AidTask, b: AidTask) =>
  (a.neededBy ?? Number.MAX_SAFE_INTEGER) - (b.neededBy ?? Number.MAX_SAFE_INTEGER) || a.createdAt - b.createdAt;

/**
 * Open tasks a volunteer can take, soonest needed first: those that suit the caller's profile, or
 * all with scope=all. With a caseId, every request linked to that case, for its assigned caseworkers.
 */
export async function listTasks(ctx: AppContext, principal: Principal, query: { scope: 'matching' | 'all'; caseId?: string }) {
  if (query.caseId !== undefined) {
    await assertAssignedCaseworker(ctx, principal, query.caseId);
    return { requests: await presentTasks(ctx, await listOfCase(ctx.db, query.caseId)), filtered: false };
  }
  await expireLapsedClaims(ctx);
  const tasks = (await presentTasks(ctx, await listRequestsInState(ctx.db, ['open'], VOLUNTEER_KINDS))).sort(soonestFirst);
  const profile = await getVolunteerProfile(ctx, principal);
  const filtered = query.scope === 'matching' && profile.saved;
  return { requests: filtered ? tasks.filter((t) => suits(t, profile)) : tasks, filtered };
}

/** What the caller filed, newest first, with what they entered (the exact address stays on the task page). */
export async function listFiled(ctx: AppContext, principal: Principal): Promise<FiledRequest[]> {
  await expireLapsedClaims(ctx);
  return presentFiled(ctx, await listFiledBy(ctx.db, principal.memberId));
}

/** The filer (or an organiser) withdraws a request; a volunteer holding it hears of it. */
export async function cancelRequest(ctx: AppContext, principal: Principal, id: string): Promise<AidTaskDetail> {
  const now = ctx.clock.now();
  const holder = await ctx.db.transaction().execute(async (tx) => {
    const row = await lockRequest(tx, id, ctx.dialect);
    if (!row) throw notFound('Aid request');
    if (!isFiler(row, principal) && !hasRole(principal, 'organiser')) throw notFiler();
    if (!isOpenish(row)) throw requestClosed();
    const claim = await activeClaimOf(tx, id);
    if (claim) await moveClaim(tx, claim.id, ACTIVE_CLAIM, { state: 'cancelled', endedAt: now });
    await updateRequest(tx, id, { state: 'cancelled', cancelledAt: now, closedAt: now, updatedAt: now });
    await audit(ctx, tx, { actor: principal, action: 'aid_request.cancelled', objectType: 'aid_request', objectId: id });
    return claim?.memberId ?? null;
  });
  pushAboutRequest(ctx, [holder], id);
  return describeRequest(ctx, principal, id);
}

/** A new receipt link for the household (the old one stops working); only the filer may make one. */
export async function renewReceiptLink(ctx: AppContext, principal: Principal, id: string) {
  const receiptToken = secretToken();
  await ctx.db.transaction().execute(async (tx) => {
    const row = await lockRequest(tx, id, ctx.dialect);
    if (!row) throw notFound('Aid request');
    if (!isFiler(row, principal)) throw notFiler();
    await updateRequest(tx, id, { receiptTokenHash: hashToken(receiptToken), updatedAt: ctx.clock.now() });
    await audit(ctx, tx, { actor: principal, action: 'aid_request.receipt_link_renewed', objectType: 'aid_request', objectId: id });
  });
  return { receiptToken };
}
