import './reports.css';
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { ZoneSummary } from '../../zones/contract';
import type { IntakeInfo } from '../contract';
import { type Filed, ReportForm } from './report-form';

/** What another module may show after filing (the evidence upload): it gets the report and its token. */
export type AttachmentSlot = ComponentType<{ reportId: string; uploadToken: string }>;

/** What is kept, for how long, and what is not: said before anything is sent. */
function KeptNotice({ info }: { info: IntakeInfo | null }) {
  const t = useT('reports');
  const days = info?.retentionDays ?? 30;
  return (
    <aside class="notice report-kept" aria-labelledby="kept-title">
      <h2 id="kept-title">{t('kept.title')}</h2>
      <p>{t('kept.kept')}</p>
      <p>{t('kept.notKept')}</p>
      <p>{days > 0 ? t('kept.deleted', { count: days }) : t('kept.deletedByHand')}</p>
    </aside>
  );
}

function ThankYou(props: { filed: Filed; attachment?: AttachmentSlot; onAnother: () => void }) {
  const t = useT('reports');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Attachment = props.attachment;
  return (
    <>
      <section class="card report-thanks" aria-labelledby="thanks-title">
        <h2 id="thanks-title" ref={heading} tabIndex={-1}>
          {t('thanks.title')}
        </h2>
        <p>{t('thanks.next')}</p>
        <p>{t('thanks.noBroadcast')}</p>
        <p class="hint">{t('thanks.safety')}</p>
      </section>
      {Attachment && <Attachment reportId={props.filed.id} uploadToken={props.filed.uploadToken} />}
      <button type="button" class="button" onClick={props.onAnother}>
        {t('thanks.another')}
      </button>
    </>
  );
}

/** /report — anyone, no account: a sighting in under a minute, on a cheap phone. */
export function ReportPage({ attachment }: { attachment?: AttachmentSlot }) {
  const t = useT('reports');
  const [zones, setZones] = useState<ZoneSummary[] | null>(null);
  const [info, setInfo] = useState<IntakeInfo | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [filed, setFiled] = useState<Filed | null>(null);
  useEffect(() => {
    api.get<{ zones: ZoneSummary[] }>('/api/zones').then((r) => setZones(r.zones), setLoadError);
    // Without it the notice states the default period; the form works either way.
    api.get<IntakeInfo>('/api/reports/intake-info').then(setInfo, () => {});
  }, []);

  return (
    <>
      <PageTitle title={t('form.title')} />
      {filed ? (
        <ThankYou filed={filed} attachment={attachment} onAnother={() => setFiled(null)} />
      ) : (
        <>
          <p>{t('form.intro')}</p>
          <p class="notice notice-demo">{t('form.danger')}</p>
          <FormError error={loadError} />
          {!zones && !loadError && <Loading />}
          {zones && <ReportForm zones={zones} onFiled={setFiled} />}
          <KeptNotice info={info} />
        </>
      )}
    </>
  );
}
