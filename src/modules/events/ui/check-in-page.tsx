import './events.css';
import { Loading } from '../../../core/web/forms';
import { usePathParam } from '../../../core/web/router';
import { canAccess, useSession } from '../../../core/web/session';
import { DoorList } from './door-list';
import { useEvent } from './event-page';
import { SelfCheckIn } from './self-check-in';

/**
 * /events/:id/check-in — public: organisers get the list at the door; anyone else enters the door's
 * code on their own phone.
 */
export function CheckInPage() {
  const id = usePathParam('id');
  const session = useSession();
  const { event, error } = useEvent(id);
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signed_in' && canAccess(session.me, ['organiser'])) return <DoorList eventId={id} />;
  if (!event && !error) return <Loading />;
  return <SelfCheckIn eventId={id} title={event?.title ?? ''} />;
}
