import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { FormError, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { ElectionCandidate } from '../contract';
import { ordinal } from './format';

type Focus = { id: string; action: 'up' | 'down' | 'remove' } | { id: null; action: 'add' } | null;

/**
 * A ranked ballot for a thumb or a keyboard: tap a candidate to give them the next rank; move them up
 * or down or take them off with buttons named for them; every change is read out in words.
 */
export function RankedBallot(props: { candidates: ElectionCandidate[]; onCast: (ranking: string[]) => Promise<void> }) {
  const t = useT('elections');
  const [ranking, setRanking] = useState<string[]>([]);
  const [said, setSaid] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [focus, setFocus] = useState<Focus>(null);
  const root = useRef<HTMLDivElement>(null);
  const cast = useAction(async () => props.onCast(ranking));
  const nameOf = (id: string) => props.candidates.find((c) => c.id === id)?.name ?? '';
  const unranked = props.candidates.filter((c) => !ranking.includes(c.id));

  // A moved or removed row is drawn anew: keep the keyboard where the person was working (before
  // the next paint, so a key pressed at once lands there).
  useLayoutEffect(() => {
    if (!focus || !root.current) return;
    const selector = focus.id ? `[data-id="${CSS.escape(focus.id)}"][data-action="${focus.action}"]` : '[data-action="add"]';
    const target =
      root.current.querySelector<HTMLButtonElement>(selector) ?? root.current.querySelector<HTMLButtonElement>('[data-action]');
    target?.focus();
    setFocus(null);
  }, [focus]);

  const change = (next: string[], message: string, nextFocus: Focus) => {
    setRanking(next);
    setSaid(message);
    setConfirming(false);
    setFocus(nextFocus);
  };
  // The tapped button leaves the list: the keyboard goes on to the next candidate still to rank.
  const add = (id: string) =>
    change([...ranking, id], t('ballot.nowRank', { name: nameOf(id), rank: ordinal(t, ranking.length + 1) }), { id: null, action: 'add' });
  const move = (id: string, by: -1 | 1) => {
    const from = ranking.indexOf(id);
    const to = from + by;
    if (to < 0 || to >= ranking.length) return;
    const next = [...ranking];
    next.splice(from, 1);
    next.splice(to, 0, id);
    change(next, t('ballot.nowRank', { name: nameOf(id), rank: ordinal(t, to + 1) }), { id, action: by < 0 ? 'up' : 'down' });
  };
  const remove = (id: string) => {
    const at = ranking.indexOf(id);
    const next = ranking.filter((x) => x !== id);
    const neighbour = next[Math.min(at, next.length - 1)];
    change(next, t('ballot.removed', { name: nameOf(id) }), neighbour ? { id: neighbour, action: 'remove' } : { id: null, action: 'add' });
  };

  return (
    <div class="ranked-ballot" ref={root}>
      <p>{t('ballot.intro')}</p>
      <h3 id="ranking-title">{t('ballot.rankingTitle')}</h3>
      {ranking.length === 0 ? (
        <p class="hint">{t('ballot.empty')}</p>
      ) : (
        <ol class="ranking" aria-labelledby="ranking-title">
          {ranking.map((id, i) => {
            const name = nameOf(id);
            return (
              <li key={id} class="ranking-row">
                <span class="rank-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span class="rank-name">{name}</span>
                <span class="rank-actions">
                  <button
                    type="button"
                    class="button rank-button"
                    data-id={id}
                    data-action="up"
                    aria-label={t('ballot.moveUp', { name })}
                    aria-disabled={i === 0 ? 'true' : undefined}
                    onClick={() => move(id, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="button rank-button"
                    data-id={id}
                    data-action="down"
                    aria-label={t('ballot.moveDown', { name })}
                    aria-disabled={i === ranking.length - 1 ? 'true' : undefined}
                    onClick={() => move(id, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="button rank-button"
                    data-id={id}
                    data-action="remove"
                    aria-label={t('ballot.remove', { name })}
                    onClick={() => remove(id)}
                  >
                    ×
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <h3 id="unranked-title">{t('ballot.unrankedTitle')}</h3>
      {unranked.length === 0 ? (
        <p class="hint">{t('ballot.allRanked')}</p>
      ) : (
        <ul class="plain-list candidate-choices" aria-labelledby="unranked-title">
          {unranked.map((c) => (
            <li key={c.id}>
              <button type="button" class="candidate-choice" data-action="add" onClick={() => add(c.id)}>
                <span>{c.name}</span> <span class="candidate-next">{t('ballot.addAs', { rank: ordinal(t, ranking.length + 1) })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="sr-only" role="status" aria-live="polite">
        {said}
      </p>
      <div class="button-row">
        <button
          type="button"
          class="button button-primary"
          disabled={ranking.length === 0 || cast.busy}
          onClick={() => setConfirming(true)}
        >
          {t('ballot.submit')}
        </button>
        {ranking.length > 0 && (
          <button type="button" class="button" onClick={() => change([], t('ballot.cleared'), { id: null, action: 'add' })}>
            {t('ballot.clear')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm">
          <p role="alert">{t('ballot.confirm', { count: ranking.length })}</p>
          <ol class="confirm-ranking">
            {ranking.map((id) => (
              <li key={id}>{nameOf(id)}</li>
            ))}
          </ol>
          <div class="button-row">
            <button type="button" class="button button-primary" disabled={cast.busy} onClick={() => cast.run()}>
              {t('ballot.confirmYes')}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {t('ballot.confirmNo')}
            </button>
          </div>
        </div>
      )}
      <FormError error={cast.error} />
    </div>
  );
}
