import './evidence.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { canAccess, useMe } from '../../../core/web/session';
import type { EvidenceItem } from '../contract';
import { EvidenceCard } from './evidence-card';
import { EvidenceUpload } from './evidence-upload';

/** The same rules the server applies to the evidence routes, to hide what it would refuse. */
const UPLOADERS = ['responder', 'verifier', 'dispatcher'] as const;
const LEGAL = ['caseworker', 'dispatcher'] as const;
const HOLDERS = ['caseworker'] as const;

/** An incident's photos and videos, for members on its page: view, download originals, hold, export, add. */
export function IncidentEvidence({ incidentId }: { incidentId: string }) {
  const t = useT('evidence');
  const me = useMe();
  const [items, setItems] = useState<EvidenceItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setItems(null);
    api
      .get<{ items: EvidenceItem[] }>(`/api/evidence/incidents/${encodeURIComponent(incidentId)}`)
      .then((r) => setItems(r.items), setError);
  }, [incidentId]);
  const replace = (item: EvidenceItem) => setItems((list) => list?.map((i) => (i.id === item.id ? item : i)) ?? null);
  const add = (item: EvidenceItem) => setItems((list) => [...(list ?? []), item]);
  const legal = canAccess(me, LEGAL);

  return (
    <section class="incident-evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('list.title')}</h2>
      <FormError error={error} />
      {!items && !error && <Loading />}
      {items?.length === 0 && <p>{t('list.none')}</p>}
      {!!items?.length && <p class="hint">{t('list.viewRecorded')}</p>}
      <ul class="plain-list card-grid">
        {items?.map((item, i) => (
          <li key={item.id}>
            <EvidenceCard item={item} number={i + 1} canSeeOriginal={legal} canHold={canAccess(me, HOLDERS)} onChanged={replace} />
          </li>
        ))}
      </ul>
      {legal && !!items?.length && (
        <div class="card">
          <h3>{t('export.title')}</h3>
          <p>{t('export.intro')}</p>
          <a class="button button-primary" href={`/api/evidence/incidents/${encodeURIComponent(incidentId)}/export`} download>
            {t('export.button')}
          </a>
        </div>
      )}
      {canAccess(me, UPLOADERS) && <EvidenceUpload incidentId={incidentId} onUploaded={add} />}
    </section>
  );
}

/** For a report's page (the reports module's section slot). */
export function EvidenceReportSection({ report }: { report: { id: string } }) {
  return <IncidentEvidence incidentId={report.id} />;
}
