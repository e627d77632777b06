import type { AppContext } from '../../context';
import { MINUTE } from '../../core/clock';
import { badRequest, conflict, forbidden, notFound } from '../../core/errors';
import { hashToken, secretToken } from '../../core/ids';
import { hasRole, type Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { isCell, zoneNames } from '../zones';
import type { DecisionInput, NewReport, Report, ReportSource } from './contract';
import { findReport, findReportForUpdate, insertReport, updateReport } from './repository';
import type { ReportTable } from './schema';

export const REPORT_FILED = 'report.filed';
export const REPORT_CHANGED = 'report.changed';
export const REPORT_CONFIRMED = 'report.confirmed';
export const INCIDENT_CLOSED = 'incident.closed';
export interface ReportConfirmed {
  reportId: string;
  zoneId: string;
  cell: string | null;
  at: number;
}
export interface IncidentClosed {
  reportId: string;
  at: number;
}

/** How long an anonymous reporter may attach a photo or video after filing. */
export const UPLOAD_WINDOW = 30 * MINUTE;
/** A sighting is about now: a report of something seen more than a day ago, or in the future, is a mistake. */
const MAX_AGE = 24 * 60 * MINUTE;
const CLOCK_SKEW = 5 * MINUTE;

export function presentReport(row: ReportTable, zoneName: string): Report {
  return {
    id: row.id,
    state: row.state,
    source: row.source,
    zoneId: row.zoneId,
    zoneName,
    cell: row.cell,
    hasExactPoint: row.exactLat !== null,
    hasCallback: row.callbackPhone !== null,
    people: row.people,
    vehicles: row.vehicles,
    activity: row.activity,
    activityNote: row.activityNote,
    markings: row.markings,
    equipment: row.equipment,
    seenAt: row.seenAt,
    createdAt: row.createdAt,
    language: row.language,
    verifying: row.state === 'verifying',
    decidedAt: row.decidedAt,
    verificationMethod: row.verificationMethod,
    decisionNote: row.decisionNote,
    mergedInto: row.mergedInto,
    closedAt: row.closedAt,
  };
}

export async function presentReports(ctx: AppContext, rows: ReportTable[]): Promise<Report[]> {
  const names = await zoneNames(
    ctx,
    rows.map((r) => r.zoneId),
  );
  return rows.map((r) => presentReport(r, names.get(r.zoneId) ?? ''));
}

async function checkInput(ctx: AppContext, input: NewReport) {
  const now = ctx.clock.now();
  if (input.seenAt > now + CLOCK_SKEW) throw badRequest('seen_in_future', 'The time seen is in the future.', 'seenAt');
  if (input.seenAt < now - MAX_AGE) throw badRequest('seen_too_long_ago', 'Report sightings from the last 24 hours.', 'seenAt');
  if (input.cell !== undefined && !isCell(input.cell)) throw badRequest('invalid_cell', 'That is not a map cell.', 'cell');
  const names = await zoneNames(ctx, [input.zoneId]);
  if (!names.has(input.zoneId)) throw badRequest('unknown_zone', 'Choose a neighbourhood of this network.', 'zoneId');
}

/**
 * Files a sighting. Anonymous (actor null) from the public form, or entered by a dispatcher from a call.
 * It starts `new` and reaches nobody until a verifier confirms it.
 */
export async function fileReport(
  ctx: AppContext,
  actor: Principal | null,
  input: NewReport,
  source: ReportSource = actor ? 'hotline' : 'public',
) {
  await checkInput(ctx, input);
  const now = ctx.clock.now();
  const uploadToken = secretToken();
  const row: ReportTable = {
    id: ctx.ids.next(),
    state: 'new',
    source,
    zoneId: input.zoneId,
    cell: input.cell ?? null,
    exactLat: input.exactPoint?.lat ?? null,
    exactLng: input.exactPoint?.lng ?? null,
    people: input.people,
    vehicles: input.vehicles,
    activity: input.activity,
    activityNote: input.activityNote,
    markings: input.markings,
    equipment: input.equipment,
    seenAt: input.seenAt,
    createdAt: now,
    createdBy: actor?.memberId ?? null,
    callbackPhone: input.callback?.consent ? input.callback.phone : null,
    language: input.language,
    verifyingBy: null,
    verifyingSince: null,
    decidedAt: null,
    decidedBy: null,
    verificationMethod: null,
    decisionNote: '',
    mergedInto: null,
    closedAt: null,
    uploadTokenHash: hashToken(uploadToken),
    uploadTokenExpiresAt: now + UPLOAD_WINDOW,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertReport(tx, row);
    await audit(ctx, tx, { actor, action: `report.filed.${source}`, objectType: 'report', objectId: row.id, incidentId: row.id });
  });
  await ctx.bus.publish(REPORT_FILED, { reportId: row.id, zoneId: row.zoneId });
  return { id: row.id, uploadToken, uploadTokenExpiresAt: row.uploadTokenExpiresAt as number };
}

/** Runs `change` on the locked row inside one transaction, audits it and tells live clients. */
async function changeReport(
  ctx: AppContext,
  actor: Principal,
  id: string,
  action: string,
  change: (row: ReportTable, tx: Db) => Promise<Partial<ReportTable>> | Partial<ReportTable>,
): Promise<ReportTable> {
  const updated = await ctx.db.transaction().execute(async (tx) => {
    const row = await findReportForUpdate(tx, id, ctx.dialect === 'postgres');
    if (!row) throw notFound('Report');
    const set = await change(row, tx);
    await updateReport(tx, id, set);
    await audit(ctx, tx, { actor, action, objectType: 'report', objectId: id, incidentId: id });
    return { ...row, ...set };
  });
  await ctx.bus.publish(REPORT_CHANGED, { reportId: id, state: updated.state });
  return updated;
}

const isOpen = (row: ReportTable) => row.state === 'new' || row.state === 'verifying';

export function mustBeOpen(row: ReportTable) {
  if (!isOpen(row)) throw conflict('report_decided', 'This report has already been decided.');
}

/** A verifier takes the report: others see that someone is checking it. */
export async function startVerifying(ctx: AppContext, verifier: Principal, id: string) {
  return changeReport(ctx, verifier, id, 'report.verifying', (row) => {
    mustBeOpen(row);
    return { state: 'verifying', verifyingBy: verifier.memberId, verifyingSince: ctx.clock.now() };
  });
}

/** Only a verifier decides; confirming needs a method, and only a confirmed report can become an alert. */
export async function decideReport(ctx: AppContext, verifier: Principal, id: string, input: DecisionInput) {
  if (!hasRole(verifier, 'verifier')) throw forbidden('Only a verifier can decide a report.', 'role_required');
  if (input.outcome === 'confirmed' && !input.method) throw badRequest('method_required', 'Say how the sighting was confirmed.', 'method');
  const row = await changeReport(ctx, verifier, id, `report.${input.outcome}`, (row) => {
    mustBeOpen(row);
    return {
      state: input.outcome,
      decidedAt: ctx.clock.now(),
      decidedBy: verifier.memberId,
      verificationMethod: input.outcome === 'confirmed' ? (input.method ?? null) : null,
      decisionNote: input.note,
    };
  });
  if (row.state === 'confirmed') {
    const event: ReportConfirmed = { reportId: row.id, zoneId: row.zoneId, cell: row.cell, at: row.decidedAt as number };
    await ctx.bus.publish(REPORT_CONFIRMED, event);
  }
  return row;
}

/** The incident is over: dispatch ends and, after the retention period, its evidence goes. */
export async function closeIncident(ctx: AppContext, actor: Principal, id: string) {
  const row = await changeReport(ctx, actor, id, 'incident.closed', (row) => {
    if (row.state !== 'confirmed') throw conflict('not_an_incident', 'Only a confirmed report is an incident that can be closed.');
    if (row.closedAt !== null) throw conflict('incident_closed', 'This incident is already closed.');
    return { closedAt: ctx.clock.now() };
  });
  const event: IncidentClosed = { reportId: id, at: row.closedAt as number };
  await ctx.bus.publish(INCIDENT_CLOSED, event);
  return row;
}

/** Reads one private field of a report for someone who needs it; a reveal of something present is audited. */
async function revealAudited<T>(ctx: AppContext, actor: Principal, id: string, action: string, pick: (row: ReportTable) => T | null) {
  return ctx.db.transaction().execute(async (tx) => {
    const row = await findReport(tx, id);
    if (!row) throw notFound('Report');
    const value = pick(row);
    if (value !== null) await audit(ctx, tx, { actor, action, objectType: 'report', objectId: id, incidentId: id });
    return value;
  });
}

/** The exact point, when the reporter shared it, for someone who must go there; every reveal is audited. */
export async function revealExactPoint(ctx: AppContext, actor: Principal, id: string): Promise<{ lat: number; lng: number } | null> {
  return revealAudited(ctx, actor, id, 'report.exact_point_revealed', (row) =>
    row.exactLat === null || row.exactLng === null ? null : { lat: row.exactLat, lng: row.exactLng },
  );
}

/** The number the reporter consented to be called back on, if any; every reveal is audited. */
export async function revealCallback(ctx: AppContext, actor: Principal, id: string): Promise<string | null> {
  return revealAudited(ctx, actor, id, 'report.callback_revealed', (row) => row.callbackPhone);
}

export async function getReport(ctx: AppContext, id: string): Promise<Report> {
  const row = await findReport(ctx.db, id);
  if (!row) throw notFound('Report');
  return (await presentReports(ctx, [row]))[0];
}

/** Whether `token` is the reporter's live upload token for this report. */
export async function checkUploadToken(ctx: AppContext, reportId: string, token: string): Promise<boolean> {
  const row = await findReport(ctx.db, reportId);
  return !!row && row.uploadTokenHash === hashToken(token) && (row.uploadTokenExpiresAt ?? 0) > ctx.clock.now();
}
