import './dispatch.css';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { canAccess, useMe } from '../../../core/web/session';
import type { Board, BoardIncident } from '../contract';
import { formatTime } from './format';
import { IncidentCard } from './incident-card';
import { usePolling } from './use-polling';

const POLL_MS = 10_000;

/** For dispatchers and verifiers: every open incident and its responders, refreshed while the page is in view. */
export function BoardPage() {
  const t = useT('dispatch');
  const me = useMe();
  const board = usePolling(() => api.get<Board>('/api/dispatch/board'), POLL_MS);
  // The same rule the server applies to POST /api/dispatch/incidents/{id}/widen.
  const canWiden = canAccess(me, ['dispatcher']);
  const replace = (item: BoardIncident) =>
    board.setData((b) => b && { ...b, incidents: b.incidents.map((i) => (i.reportId === item.reportId ? item : i)) });

  return (
    <>
      <PageTitle title={t('board.title')} />
      <p>{t('board.intro')}</p>
      <FormError error={board.error} />
      {board.data === null && !board.error && <Loading />}
      {board.data && (
        <>
          <p class="hint">{t('board.updated', { time: formatTime(board.data.at) })}</p>
          {board.data.incidents.length === 0 && <p>{t('board.none')}</p>}
          <div class="board">
            {board.data.incidents.map((item) => (
              <IncidentCard key={item.reportId} item={item} canWiden={canWiden} onChange={replace} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
