import { createHash } from 'node:crypto';

/** Secrets (session cookies, invite links) are stored only as their SHA-256. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
