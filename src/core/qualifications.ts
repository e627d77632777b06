import type { Role } from './roles';

/**
 * What a training qualifies a member for. Shared vocabulary, like roles: trainings grant them, patrol
 * shifts and marshal posts require them, and some roles cannot be given without one.
 */
export const QUALIFICATIONS = [
  'know_your_rights',
  'nonviolent_direct_action',
  'legal_observer',
  'peacekeeper',
  'dispatcher',
  'verifier',
] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

/** A role listed here needs a valid qualification of one of these kinds before it is given. */
export const ROLE_QUALIFICATIONS: Partial<Record<Role, readonly Qualification[]>> = {
  responder: ['legal_observer', 'know_your_rights'],
  verifier: ['verifier'],
};
