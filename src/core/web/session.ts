import { useEffect, useState } from 'preact/hooks';
import { type Access, isAllowed, type Role } from '../roles';
import { ApiError, api, whenSignedOut } from './api';

/** The signed-in member as GET /api/me returns it (the members contract's `Me`). */
export interface SessionMember {
  id: string;
  displayName: string;
  languages: string[];
  roles: Role[];
  trusted: boolean;
  vouchCount: number;
  demo: boolean;
}

export type Session =
  | { status: 'loading' }
  | { status: 'signed_out' }
  /** The server could not be reached: the offline shell says so and offers to retry. */
  | { status: 'unreachable' }
  | { status: 'signed_in'; me: SessionMember };

let session: Session = { status: 'loading' };
const listeners = new Set<(s: Session) => void>();

function publish(next: Session) {
  session = next;
  for (const listener of listeners) listener(next);
}

export const setSignedIn = (me: SessionMember) => publish({ status: 'signed_in', me });
export const setSignedOut = () => publish({ status: 'signed_out' });

whenSignedOut(setSignedOut);

/** Asks the server who this device is signed in as. */
export async function loadSession(): Promise<void> {
  try {
    setSignedIn(await api.get<SessionMember>('/api/me'));
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) setSignedOut();
    else publish({ status: 'unreachable' });
  }
}

/** After "cannot reach the server": show the loading state again while asking. */
export function retrySession(): Promise<void> {
  publish({ status: 'loading' });
  return loadSession();
}

export function useSession(): Session {
  const [value, setValue] = useState(session);
  useEffect(() => {
    listeners.add(setValue);
    setValue(session);
    return () => void listeners.delete(setValue);
  }, []);
  return value;
}

/** The signed-in member; pages behind the sign-in guard may rely on it. */
export function useMe(): SessionMember {
  const s = useSession();
  if (s.status !== 'signed_in') throw new Error('useMe() outside a signed-in page');
  return s.me;
}

export const hasRole = (me: SessionMember, role: Role) => me.roles.includes(role) || me.roles.includes('admin');

/** The rule the server applies to a route, used to hide what it would refuse. */
export const canAccess = (me: SessionMember | null, access: Access) =>
  isAllowed(access, me && { memberId: me.id, sessionId: '', roles: me.roles, trusted: me.trusted });
