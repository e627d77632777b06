import './rides.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { FormError, Loading, PageTitle, useAction } from '../../../../core/web/forms';
import { LANGUAGE_NAMES, useLanguage, useT } from '../../../../core/web/i18n';
import { ConfirmButton } from '../../../reports/ui/controls';
import type { RiderLink, RiderSummary } from '../contract';
import { timeLabel, weekdayName } from './format';
import { RiderForm } from './rider-form';
import { RiderLinkNotice } from './rider-link-notice';

function RiderItem({ rider, onChanged, onLink }: { rider: RiderSummary; onChanged: () => void; onLink: (link: RiderLink) => void }) {
  const t = useT('rides');
  const lang = useLanguage();
  const act = useAction(async (what: 'link' | 'end') => {
    if (what === 'link') onLink(await api.post<RiderLink>(`/api/rides/riders/${rider.id}/link`));
    else await api.post(`/api/rides/riders/${rider.id}/end`);
    onChanged();
  });
  const ended = rider.state === 'ended';
  return (
    <li class="card">
      <h3>
        {rider.firstName} {ended && <span class="badge badge-muted">{t('riders.ended')}</span>}
      </h3>
      <p>
        {t('riders.trip', {
          from: rider.pickup.zone?.name ?? '—',
          to: rider.destination.zone?.name ?? '—',
          days: rider.weekdays.map((d) => weekdayName(d, lang, 'short')).join(', '),
          time: t(`riders.${rider.timeKind}`, { time: timeLabel(rider.time, lang) }),
        })}
      </p>
      <p class="hint">{LANGUAGE_NAMES[rider.language]}</p>
      {!ended && (
        <div class="button-row">
          <button type="button" class="button" disabled={act.busy} onClick={() => act.run('link')}>
            {t('riders.newLink', { name: rider.firstName })}
          </button>
          <ConfirmButton
            label={t('riders.end', { name: rider.firstName })}
            question={t('riders.endQuestion', { name: rider.firstName })}
            confirm={t('riders.endConfirm')}
            busy={act.busy}
            onConfirm={() => act.run('end')}
          />
        </div>
      )}
      <FormError error={act.error} />
    </li>
  );
}

/** /rides/riders — hotline operators, caseworkers and organisers register riders and pass on their links. */
export function RidersPage() {
  const t = useT('rides');
  const [riders, setRiders] = useState<RiderSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [link, setLink] = useState<RiderLink | null>(null);
  const load = () => api.get<{ riders: RiderSummary[] }>('/api/rides/riders').then((r) => setRiders(r.riders), setError);
  useEffect(() => void load(), []);
  return (
    <>
      <PageTitle title={t('riders.title')} />
      <p>
        <a href="/rides">{t('riders.toWeek')}</a>
      </p>
      {link && <RiderLinkNotice link={link} />}
      <RiderForm
        forSelf={false}
        onRegistered={(l) => {
          setLink(l);
          void load();
        }}
      />
      <section aria-labelledby="riders-list-title">
        <h2 id="riders-list-title">{t('riders.list')}</h2>
        <p class="hint">{t('riders.listHint')}</p>
        <FormError error={error} />
        {!riders && !error && <Loading />}
        {riders?.length === 0 && <p>{t('riders.none')}</p>}
        <ul class="plain-list">
          {riders?.map((r) => (
            <RiderItem key={r.id} rider={r} onChanged={() => void load()} onLink={setLink} />
          ))}
        </ul>
      </section>
    </>
  );
}
