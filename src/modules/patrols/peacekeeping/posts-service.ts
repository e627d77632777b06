import type { AppContext } from '../../../context';
import { conflict, notFound } from '../../../core/errors';
import type { Principal } from '../../../core/roles';
import type { Db } from '../../../database';
import { audit } from '../../audit';
import { countAtPost } from './assignments-repository';
import type { PlanView, PostInput } from './contract';
import { assertEditable, eventOf } from './event-window';
import { POSTS_MAX } from './limits';
import { lockedPlan, planViewById } from './plans-service';
import { closePositionGap, deletePost, findPost, findPostAt, insertPost, lastPosition, updatePost } from './repository';
import type { MarshalPostTable } from './schema';

const fieldsOf = (input: PostInput) => ({
  kind: input.kind,
  label: input.label,
  instructions: input.instructions,
  needed: input.needed,
  radioChannel: input.radioChannel,
  lat: input.point?.lat ?? null,
  lng: input.point?.lng ?? null,
});

/** Locks the plan of a post whose event may still change, and gives the post back as it is now. */
async function editablePost(ctx: AppContext, tx: Db, postId: string): Promise<MarshalPostTable> {
  const found = await findPost(tx, postId);
  if (!found) throw notFound('Marshal post');
  const plan = await lockedPlan(tx, found.planId);
  assertEditable(await eventOf(tx, plan.eventId), ctx.clock.now());
  const post = await findPost(tx, postId);
  if (!post) throw notFound('Marshal post');
  return post;
}

/** A new post, last along the route. */
export async function addPost(ctx: AppContext, actor: Principal, planId: string, input: PostInput): Promise<PlanView> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    const plan = await lockedPlan(tx, planId);
    assertEditable(await eventOf(tx, plan.eventId), now);
    const last = await lastPosition(tx, planId);
    if (last >= POSTS_MAX) throw conflict('too_many_posts', `A plan holds at most ${POSTS_MAX} posts.`);
    const id = ctx.ids.next();
    await insertPost(tx, { id, planId, ...fieldsOf(input), position: last + 1, createdAt: now, updatedAt: now });
    await audit(ctx, tx, { actor, action: 'marshal_post.added', objectType: 'marshal_post', objectId: id });
  });
  return planViewById(ctx, planId);
}

export async function editPost(ctx: AppContext, actor: Principal, postId: string, input: PostInput): Promise<PlanView> {
  const post = await ctx.db.transaction().execute(async (tx) => {
    const post = await editablePost(ctx, tx, postId);
    const assigned = await countAtPost(tx, postId);
    if (input.needed < assigned)
      throw conflict(
        'needed_below_assigned',
        `${assigned} marshals are assigned to this post: free some first, or keep at least ${assigned}.`,
        'needed',
      );
    await updatePost(tx, postId, { ...fieldsOf(input), updatedAt: ctx.clock.now() });
    await audit(ctx, tx, { actor, action: 'marshal_post.edited', objectType: 'marshal_post', objectId: postId });
    return post;
  });
  return planViewById(ctx, post.planId);
}

/** Swaps the post with its neighbour along the route; at either end nothing moves. */
export async function movePost(ctx: AppContext, postId: string, direction: 'up' | 'down'): Promise<PlanView> {
  const post = await ctx.db.transaction().execute(async (tx) => {
    const post = await editablePost(ctx, tx, postId);
    const neighbour = await findPostAt(tx, post.planId, post.position + (direction === 'up' ? -1 : 1));
    if (neighbour) {
      await updatePost(tx, neighbour.id, { position: post.position });
      await updatePost(tx, post.id, { position: neighbour.position });
    }
    return post;
  });
  return planViewById(ctx, post.planId);
}

/** Removes a post nobody is assigned to; the posts after it move up one place. */
export async function removePost(ctx: AppContext, actor: Principal, postId: string): Promise<PlanView> {
  const post = await ctx.db.transaction().execute(async (tx) => {
    const post = await editablePost(ctx, tx, postId);
    if ((await countAtPost(tx, postId)) > 0) throw conflict('post_has_marshals', 'Free the marshals assigned to this post first.');
    await deletePost(tx, postId);
    await closePositionGap(tx, post.planId, post.position);
    await audit(ctx, tx, { actor, action: 'marshal_post.removed', objectType: 'marshal_post', objectId: postId });
    return post;
  });
  return planViewById(ctx, post.planId);
}
