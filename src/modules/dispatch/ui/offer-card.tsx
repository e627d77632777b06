import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, SelectField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { MyOffer } from '../contract';
import { ChecklistEntries, ChecklistForm } from './checklist-form';
import { formatTime } from './format';
import { IncidentFacts } from './incident-facts';

const ETA_CHOICES = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180];
type Point = { lat: number; lng: number } | null;

/** One call: what happened where, and big buttons for the next step the server allows. */
export function OfferCard({ offer, onChange }: { offer: MyOffer; onChange: (offer: MyOffer) => void }) {
  const t = useT('dispatch');
  const [eta, setEta] = useState('10');
  const [point, setPoint] = useState<Point | undefined>(undefined);
  const base = `/api/dispatch/offers/${encodeURIComponent(offer.id)}`;
  const titleId = `offer-${offer.id}`;
  const act = useAction(async (move: string, body?: unknown) => onChange(await api.post<MyOffer>(`${base}/${move}`, body)));
  const reveal = useAction(async () => setPoint((await api.get<{ point: Point }>(`${base}/exact-point`)).point));
  const { incident } = offer;

  return (
    <article class={`card offer offer-${offer.state}`} aria-labelledby={titleId}>
      <h3 id={titleId}>{incident.zoneName}</h3>
      <div class="tag-row">
        <span class="badge badge-ok">{t(`states.${offer.state}`)}</span>
        {offer.ring > 0 && <span class="badge badge-muted">{t('incident.neighbour')}</span>}
        {offer.state === 'offered' && <span class="badge badge-warning">{t('offers.expires', { time: formatTime(offer.expiresAt) })}</span>}
        {offer.acceptedAt !== null && offer.etaMinutes !== null && offer.state === 'accepted' && (
          <span class="badge badge-muted">{t('offers.arriveBy', { time: formatTime(offer.acceptedAt + offer.etaMinutes * 60_000) })}</span>
        )}
      </div>
      <IncidentFacts incident={incident} />

      {offer.state === 'offered' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act.run('accept', { etaMinutes: Number(eta) });
          }}
        >
          <SelectField
            id={`${titleId}-eta`}
            name="etaMinutes"
            label={t('offers.eta')}
            value={eta}
            onInput={setEta}
            options={ETA_CHOICES.map((m) => ({ value: String(m), label: t('offers.etaMinutes', { count: m }) }))}
            error={act.error}
          />
          <div class="offer-actions">
            <button type="submit" class="button button-primary button-big" disabled={act.busy}>
              {t('offers.accept')}
            </button>
            <button type="button" class="button button-big" disabled={act.busy} onClick={() => void act.run('decline')}>
              {t('offers.decline')}
            </button>
          </div>
        </form>
      )}

      {(offer.state === 'accepted' || offer.state === 'on_scene') && !offer.incident.hasExactPoint && (
        <p class="hint">{t('offers.noPoint')}</p>
      )}
      {(offer.state === 'accepted' || offer.state === 'on_scene') && offer.incident.hasExactPoint && (
        <div class="exact-point">
          {point === undefined ? (
            <>
              <button type="button" class="button" disabled={reveal.busy} onClick={() => void reveal.run()}>
                {t('offers.showPoint')}
              </button>
              <p class="hint">{t('offers.pointHint')}</p>
            </>
          ) : point ? (
            <p>
              {/* Not `lng`: i18next reads that option as the language. */}
              {t('offers.point', { latitude: point.lat.toFixed(5), longitude: point.lng.toFixed(5) })}{' '}
              <a href={`geo:${point.lat},${point.lng}`}>{t('offers.openMap')}</a>
            </p>
          ) : (
            <p class="hint">{t('offers.noPoint')}</p>
          )}
          <FormError error={reveal.error} />
        </div>
      )}

      {offer.state === 'accepted' && <p class="notice notice-ok">{t('offers.accepted')}</p>}
      {offer.state === 'accepted' && (
        <div class="offer-actions">
          <button type="button" class="button button-primary button-big" disabled={act.busy} onClick={() => void act.run('on-scene')}>
            {t('offers.onScene')}
          </button>
          <button type="button" class="button button-big" disabled={act.busy} onClick={() => void act.run('decline')}>
            {t('offers.withdraw')}
          </button>
        </div>
      )}

      {offer.state === 'on_scene' && (
        <>
          {offer.checklist.length > 0 && <h4>{t('checklist.entries')}</h4>}
          <ChecklistEntries entries={offer.checklist} />
          <ChecklistForm offerId={offer.id} onSaved={(entry) => onChange({ ...offer, checklist: [...offer.checklist, entry] })} />
          <div class="offer-actions">
            <button type="button" class="button button-primary button-big" disabled={act.busy} onClick={() => void act.run('clear')}>
              {t('offers.clear')}
            </button>
          </div>
        </>
      )}
      <FormError error={act.error} fields={['etaMinutes']} />
    </article>
  );
}
