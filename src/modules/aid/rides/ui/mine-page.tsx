import './rides.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { FormError, Loading, PageTitle, useAction } from '../../../../core/web/forms';
import { useLanguage, useT } from '../../../../core/web/i18n';
import { useMe } from '../../../../core/web/session';
import { ConfirmButton } from '../../../reports/ui/controls';
import type { Availability, MyDriving, MyRiding, RiderLink } from '../contract';
import type { DriverState } from '../limits';
import { DriverForm } from './driver-form';
import { DriverWeeks } from './driver-rides';
import { timeLabel, weekdayName } from './format';
import { RiderForm } from './rider-form';
import { RiderLinkNotice } from './rider-link-notice';
import { RiderWeeks } from './rider-weeks';

function OfferSummary({ offer, onChange }: { offer: Availability; onChange: () => void }) {
  const t = useT('rides');
  const lang = useLanguage();
  const change = useAction(async (state: DriverState) => {
    await api.post('/api/rides/drivers/mine/state', { state });
    onChange();
  });
  return (
    <div class="card">
      <p>
        <strong>{t(`driver.state.${offer.state}`)}</strong>
      </p>
      <p>
        {t('driver.summary', {
          seats: offer.seats,
          days: offer.weekdays.map((d) => weekdayName(d, lang, 'short')).join(', '),
          from: timeLabel(offer.departFrom, lang),
          to: timeLabel(offer.departTo, lang),
          start: offer.start.zone?.name ?? '—',
          end: offer.end.zone?.name ?? '—',
        })}
      </p>
      {offer.vehicleNote && <p class="hint">{offer.vehicleNote}</p>}
      <div class="button-row">
        {offer.state === 'active' ? (
          <button type="button" class="button" disabled={change.busy} onClick={() => change.run('paused')}>
            {t('driver.pause')}
          </button>
        ) : (
          <button type="button" class="button" disabled={change.busy} onClick={() => change.run('active')}>
            {t('driver.resume')}
          </button>
        )}
        <ConfirmButton
          label={t('driver.endOffer')}
          question={t('driver.endQuestion')}
          confirm={t('driver.endConfirm')}
          busy={change.busy}
          onConfirm={() => change.run('ended')}
        />
      </div>
      <p class="hint">{t('driver.pauseHint')}</p>
      <FormError error={change.error} />
    </div>
  );
}

/** /rides/mine — a member's driving (offer, riders of published weeks, addresses on request) and own rides. */
export function MyRidesPage() {
  const t = useT('rides');
  const me = useMe();
  const [driving, setDriving] = useState<MyDriving | null>(null);
  const [riding, setRiding] = useState<MyRiding | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [asking, setAsking] = useState(false);
  const [offering, setOffering] = useState(false);
  const [link, setLink] = useState<RiderLink | null>(null);
  const load = () =>
    Promise.all([api.get<MyDriving>('/api/rides/drivers/mine'), api.get<MyRiding>('/api/rides/riders/mine')]).then(([d, r]) => {
      setDriving(d);
      setRiding(r);
    }, setError);
  useEffect(() => void load(), []);

  return (
    <>
      <PageTitle title={t('mine.title')} />
      <FormError error={error} />
      {!driving && !error && <Loading />}
      {driving && (
        <section aria-labelledby="driving-title">
          <h2 id="driving-title">{t('mine.driving')}</h2>
          {driving.availability ? (
            <>
              <OfferSummary offer={driving.availability} onChange={() => void load()} />
              <DriverWeeks weeks={driving.weeks} />
            </>
          ) : offering ? (
            <DriverForm firstName={me.displayName.split(/[\s(]/)[0]} onOffered={() => void load()} />
          ) : (
            <>
              <p>{t('mine.notDriving')}</p>
              <button type="button" class="button" onClick={() => setOffering(true)}>
                {t('driver.offerTitle')}
              </button>
            </>
          )}
        </section>
      )}
      {riding && (
        <section aria-labelledby="riding-title">
          <h2 id="riding-title">{t('mine.riding')}</h2>
          {riding.riders.map((r) => (
            <RiderWeeks key={r.rider.id} weeks={r.weeks} />
          ))}
          {link && <RiderLinkNotice link={link} />}
          {asking ? (
            <RiderForm
              forSelf
              onRegistered={(l) => {
                setLink(l);
                setAsking(false);
                void load();
              }}
            />
          ) : (
            <button type="button" class="button" onClick={() => setAsking(true)}>
              {t('rider.askTitle')}
            </button>
          )}
        </section>
      )}
    </>
  );
}
