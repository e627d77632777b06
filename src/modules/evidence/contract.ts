import { z } from '@hono/zod-openapi';

/** What can be uploaded: the photo and video formats phones produce. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const VIDEO_TYPES = ['video/mp4', 'video/quicktime', 'video/webm'] as const;
export const MEDIA_TYPES = [...IMAGE_TYPES, ...VIDEO_TYPES] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

export const CUSTODY_ACTIONS = ['uploaded', 'viewed', 'exported', 'held', 'released'] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];

/** The header an anonymous reporter sends with the upload token they received on filing. */
export const UPLOAD_TOKEN_HEADER = 'x-upload-token';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** One photo or video of an incident. Where it is stored is never part of the API. */
export const EvidenceItem = z
  .object({
    id: z.string(),
    incidentId: z.string(),
    mediaType: z.enum(MEDIA_TYPES),
    /** Bytes of the original as uploaded. */
    size: z.number().int(),
    createdAt: z.number().int(),
    sha256Original: sha256,
    /** Null when there is no shared copy (video: no metadata stripper, so it is never shared). */
    sha256Shared: sha256.nullable(),
    shareable: z.boolean(),
    /** A caseworker holds it: kept after its incident closes, until released. */
    held: z.boolean(),
    /** Uploaded by the anonymous reporter (with the report's upload token) rather than a member. */
    fromReporter: z.boolean(),
  })
  .openapi('EvidenceItem');
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const EvidenceList = z.object({ items: z.array(EvidenceItem) }).openapi('EvidenceList');
export type EvidenceList = z.infer<typeof EvidenceList>;

export const IncidentQuery = z.object({ incidentId: z.string().min(1).max(64) });
export const EvidenceIdParam = z.object({ id: z.string().min(1).max(64) });
export const IncidentParam = z.object({ incidentId: z.string().min(1).max(64) });
