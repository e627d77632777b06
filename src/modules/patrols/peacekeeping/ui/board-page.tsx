import './peacekeeping.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { dateTimeFormat } from '../../../../core/web/dates';
import { FormError, Loading, PageTitle } from '../../../../core/web/forms';
import { formatNumber, useLanguage, useT } from '../../../../core/web/i18n';
import { usePathParam } from '../../../../core/web/router';
import type { Board } from '../contract';
import { BOARD_POLL_MS } from '../limits';
import { localised, planApi, planPath, useWhen } from './marshal-api';

/** The board, asked for again every few seconds while the page is in view. */
function useBoard(eventId: string) {
  const t = useT('peacekeeping');
  const [board, setBoard] = useState<Board | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    const load = () => {
      if (document.visibilityState === 'hidden') return;
      api.get<Board>(`${planApi(eventId)}/board`).then(
        (b) => {
          if (!live) return;
          setBoard(b);
          setError(null);
        },
        (err: unknown) => live && setError(localised(t, err)),
      );
    };
    load();
    const timer = setInterval(load, BOARD_POLL_MS);
    document.addEventListener('visibilitychange', load);
    return () => {
      live = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', load);
    };
  }, [eventId]);
  return { board, error };
}

type BoardPost = Board['posts'][number];

function PostTile({ p }: { p: BoardPost }) {
  const t = useT('peacekeeping');
  const headingId = `board-${p.id}`;
  return (
    <article class={`card board-post board-${p.status}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('post.heading', { position: p.position, label: p.label })}</h2>
      <p>
        <span class={`badge board-badge-${p.status}`}>{t(`board.status.${p.status}`)}</span> {p.radioChannel}
      </p>
      <p class="board-counts">{t('board.counts', { checkedIn: p.checkedIn, needed: p.needed, assigned: p.assigned })}</p>
      {p.missing.length > 0 && <p>{t('board.missing', { names: p.missing.join(', ') })}</p>}
      {p.here.length > 0 && <p class="hint">{t('board.here', { names: p.here.join(', ') })}</p>}
      {p.needed > p.assigned && <p class="hint">{t('board.unfilled', { count: p.needed - p.assigned })}</p>}
    </article>
  );
}

/** /marshals/events/:eventId/board — organisers during the event: every post red, amber or green, and who is missing. */
export function BoardPage() {
  const t = useT('peacekeeping');
  const lang = useLanguage();
  const when = useWhen();
  const eventId = usePathParam('eventId');
  const { board, error } = useBoard(eventId);
  if (!board)
    return error ? (
      <>
        <PageTitle title={t('plan.loadFailed')} />
        <FormError error={error} />
      </>
    ) : (
      <Loading />
    );
  const f = board.figures;
  const time = dateTimeFormat(lang, { timeStyle: 'medium' }).format(board.at);
  return (
    <>
      <PageTitle title={t('board.title', { title: board.event.title })} />
      <p class="hint">{when(board.event)}</p>
      {board.event.cancelled && <p class="notice notice-error">{t('cancelled')}</p>}
      <p>{t('board.intro')}</p>
      <p class="board-totals">
        {t('board.totals', {
          checkedIn: formatNumber(f.checkedIn, lang),
          requested: formatNumber(f.requested, lang),
          assigned: formatNumber(f.assigned, lang),
        })}
      </p>
      <p class="hint" role="status">
        {error ? t('board.stale') : t('board.updated', { time })}
      </p>
      {board.posts.length === 0 && <p>{t('board.noPosts')}</p>}
      <ul class="marshal-list board-grid">
        {board.posts.map((p) => (
          <li key={p.id}>
            <PostTile p={p} />
          </li>
        ))}
      </ul>
      <p>
        <a href={planPath(eventId)}>{t('sheet.back')}</a>
      </p>
    </>
  );
}
