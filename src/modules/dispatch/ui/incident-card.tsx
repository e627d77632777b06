import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Status, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { BoardIncident, BoardResponder } from '../contract';
import { ChecklistEntries } from './checklist-form';
import { formatTime } from './format';
import { IncidentFacts } from './incident-facts';

const count = (responders: BoardResponder[], state: BoardResponder['state']) => responders.filter((r) => r.state === state).length;

const arrival = (r: BoardResponder) =>
  r.state === 'accepted' && r.acceptedAt !== null && r.etaMinutes !== null ? r.acceptedAt + r.etaMinutes * 60_000 : null;

/** One open incident on the board: what, where, who is going and when they arrive, and whether the call widened. */
export function IncidentCard({
  item,
  canWiden,
  onChange,
}: {
  item: BoardIncident;
  canWiden: boolean;
  onChange: (item: BoardIncident) => void;
}) {
  const t = useT('dispatch');
  const titleId = `incident-${item.reportId}`;
  const [widened, setWidened] = useState(false);
  const widen = useAction(async () => {
    onChange(await api.post<BoardIncident>(`/api/dispatch/incidents/${encodeURIComponent(item.reportId)}/widen`));
    setWidened(true);
  });
  const { responders } = item;
  return (
    <article class={item.widenedAt !== null ? 'card incident card-warning' : 'card incident'} aria-labelledby={titleId}>
      <h2 id={titleId}>
        <a href={`/reports/${encodeURIComponent(item.reportId)}`}>{item.incident.zoneName}</a>
      </h2>
      <p class="incident-summary">
        {t('board.summary', {
          onScene: count(responders, 'on_scene'),
          going: count(responders, 'accepted'),
          waiting: count(responders, 'offered'),
        })}
      </p>
      {item.widenedAt !== null && <p class="notice notice-demo">{t('board.widened', { time: formatTime(item.widenedAt) })}</p>}
      <IncidentFacts incident={item.incident} />
      <h3>{t('board.responders')}</h3>
      {responders.length === 0 ? (
        <p class="hint">{t('board.noResponders')}</p>
      ) : (
        <div class="table-scroll">
          <table class="responder-table">
            <thead>
              <tr>
                <th scope="col">{t('board.responder')}</th>
                <th scope="col">{t('board.state')}</th>
                <th scope="col">{t('board.eta')}</th>
              </tr>
            </thead>
            <tbody>
              {responders.map((r) => {
                const at = arrival(r);
                return (
                  <tr key={r.id} class={`responder-${r.state}`}>
                    <th scope="row">
                      {r.label}
                      {r.ring > 0 && <span class="hint"> · {t('incident.neighbour')}</span>}
                    </th>
                    <td>{t(`states.${r.state}`)}</td>
                    <td>{at === null ? '—' : formatTime(at)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {item.checklist.length > 0 && (
        <>
          <h3>{t('board.observations')}</h3>
          <ChecklistEntries entries={item.checklist} showBy />
        </>
      )}
      {canWiden && item.widenedAt === null && (
        <div class="button-row">
          <button type="button" class="button" disabled={widen.busy} onClick={() => void widen.run()}>
            {t('board.widen')}
          </button>
        </div>
      )}
      <FormError error={widen.error} />
      <Status message={widened ? t('board.widenedNow') : null} />
    </article>
  );
}
