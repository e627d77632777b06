import { z } from '@hono/zod-openapi';
import { ASSEMBLY_KINDS, MEETING_STATUSES } from './limits';

/** Shapes both halves of the assemblies contract use. */

/** The last instant a date field takes: the end of year 9999. */
const LAST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59);
export const Id = z.string().min(1).max(64);
export const Instant = z.number().int().min(0).max(LAST_INSTANT);
export const IdParam = z.object({ id: Id });
export const Named = z.object({ id: z.string(), name: z.string() }).openapi('AssemblyNamed');
export type Named = z.infer<typeof Named>;

export const AssemblyBrief = z.object({ id: z.string(), name: z.string(), kind: z.enum(ASSEMBLY_KINDS) }).openapi('AssemblyBrief');
export type AssemblyBrief = z.infer<typeof AssemblyBrief>;

export const MeetingBrief = z
  .object({ id: z.string(), title: z.string(), startsAt: z.number(), place: z.string(), status: z.enum(MEETING_STATUSES) })
  .openapi('MeetingBrief');
export type MeetingBrief = z.infer<typeof MeetingBrief>;
