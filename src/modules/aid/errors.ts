import { conflict, forbidden } from '../../core/errors';

/** Refusals shared by the aid services (codes the UI translates under `errors.`). */
export const notHolder = () => forbidden('Only the volunteer holding this task may do that.', 'not_holder');
export const notFiler = () => forbidden('Only whoever filed this request (or an organiser) may do that.', 'not_filer');
export const requestClosed = () => conflict('aid_request_closed', 'This request is already done or cancelled.');

/** A unique index refused the write (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
