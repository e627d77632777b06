import { z } from '@hono/zod-openapi';

export const ORG_KINDS = ['union_local', 'faith', 'community', 'student', 'legal', 'other'] as const;

export const Org = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(ORG_KINDS),
    description: z.string(),
    verified: z.boolean(),
    demo: z.boolean(),
  })
  .openapi('Org');
export type Org = z.infer<typeof Org>;
export const OrgList = z.object({ orgs: z.array(Org) }).openapi('OrgList');

export const NewOrg = z
  .object({
    name: z.string().trim().min(2).max(120),
    kind: z.enum(ORG_KINDS),
    description: z.string().trim().max(1000).default(''),
  })
  .openapi('NewOrg');
export type NewOrg = z.infer<typeof NewOrg>;
