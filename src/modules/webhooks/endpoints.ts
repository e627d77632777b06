import type { AppContext } from '../../context';
import { HOUR } from '../../core/clock';
import { notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import type { CreatedWebhookEndpoint, NewWebhookEndpoint, WebhookEndpoint, WebhookEndpointChanges, WebhookSecret } from './contract';
import { deleteEndpointRow, findEndpoint, insertEndpoint, listEndpointRows, updateEndpointRow } from './repository';
import type { WebhookEndpointTable } from './schema';
import { newWebhookSecret } from './signature';
import { checkWebhookUrl } from './url-policy';

/** After a rotation the old secret signs too for this long, so a receiver can switch without losing deliveries. */
export const ROTATION_OVERLAP_MS = 24 * HOUR;

export const eventTypesOf = (row: Pick<WebhookEndpointTable, 'eventTypes'>) => JSON.parse(row.eventTypes) as WebhookEndpoint['eventTypes'];

/** Never the secret: it is shown once, by createEndpoint and rotateSecret. */
function present(row: WebhookEndpointTable, now: number): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: eventTypesOf(row),
    active: row.active === 1,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    previousSecretUntil: row.previousSecretUntil !== null && row.previousSecretUntil > now ? row.previousSecretUntil : null,
  };
}

async function existingEndpoint(ctx: AppContext, id: string) {
  const row = await findEndpoint(ctx.db, id);
  if (!row) throw notFound('Webhook endpoint');
  return row;
}

export async function listEndpoints(ctx: AppContext): Promise<WebhookEndpoint[]> {
  const now = ctx.clock.now();
  return (await listEndpointRows(ctx.db)).map((row) => present(row, now));
}

/** Saves an endpoint whose URL has been checked (or is the demo's example); the secret is made here. */
export async function saveNewEndpoint(
  ctx: AppContext,
  actor: Principal | null,
  input: NewWebhookEndpoint,
): Promise<CreatedWebhookEndpoint> {
  const now = ctx.clock.now();
  const row: WebhookEndpointTable = {
    id: ctx.ids.next(),
    url: input.url,
    description: input.description,
    eventTypes: JSON.stringify(input.eventTypes),
    active: input.active ? 1 : 0,
    secret: newWebhookSecret(),
    previousSecret: null,
    previousSecretUntil: null,
    createdAt: now,
    createdBy: actor?.memberId ?? null,
    updatedAt: now,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertEndpoint(tx, row);
    await audit(ctx, tx, { actor, action: 'webhook.created', objectType: 'webhook_endpoint', objectId: row.id });
  });
  return { ...present(row, now), secret: row.secret };
}

export async function createEndpoint(ctx: AppContext, actor: Principal, input: NewWebhookEndpoint) {
  const url = await checkWebhookUrl(input.url, ctx.config.webhooksAllowPrivate);
  return saveNewEndpoint(ctx, actor, { ...input, url });
}

export async function updateEndpoint(ctx: AppContext, actor: Principal, id: string, changes: WebhookEndpointChanges) {
  const row = await existingEndpoint(ctx, id);
  const url = changes.url === undefined ? row.url : await checkWebhookUrl(changes.url, ctx.config.webhooksAllowPrivate);
  const set: Partial<WebhookEndpointTable> = {
    url,
    description: changes.description ?? row.description,
    eventTypes: changes.eventTypes ? JSON.stringify(changes.eventTypes) : row.eventTypes,
    active: changes.active === undefined ? row.active : changes.active ? 1 : 0,
    updatedAt: ctx.clock.now(),
  };
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await updateEndpointRow(tx, id, set))) throw notFound('Webhook endpoint');
    await audit(ctx, tx, { actor, action: 'webhook.updated', objectType: 'webhook_endpoint', objectId: id });
  });
  return present({ ...row, ...set }, ctx.clock.now());
}

/** Its deliveries and their attempts go with it. */
export async function deleteEndpoint(ctx: AppContext, actor: Principal, id: string) {
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await deleteEndpointRow(tx, id))) throw notFound('Webhook endpoint');
    await audit(ctx, tx, { actor, action: 'webhook.deleted', objectType: 'webhook_endpoint', objectId: id });
  });
  return { id };
}

/** A new secret, shown once; the old one keeps signing alongside it for ROTATION_OVERLAP_MS. */
export async function rotateSecret(ctx: AppContext, actor: Principal, id: string): Promise<WebhookSecret> {
  const row = await existingEndpoint(ctx, id);
  const now = ctx.clock.now();
  const set = { secret: newWebhookSecret(), previousSecret: row.secret, previousSecretUntil: now + ROTATION_OVERLAP_MS, updatedAt: now };
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await updateEndpointRow(tx, id, set))) throw notFound('Webhook endpoint');
    await audit(ctx, tx, { actor, action: 'webhook.secret_rotated', objectType: 'webhook_endpoint', objectId: id });
  });
  return { secret: set.secret, previousSecretUntil: set.previousSecretUntil };
}
