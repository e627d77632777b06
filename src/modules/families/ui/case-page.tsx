import './families.css';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { dateTimeFormat } from '../../../core/web/dates';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { formatDateTime, type Language, useLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import type { CaseDetail } from '../contract';
import { caseApi } from './case-helpers';
import { CaseworkersSection } from './caseworkers-section';
import { CloseSection } from './close-section';
import { DetailsSection } from './details-section';
import { LinkedSections } from './linked-sections';
import { NeedsSection } from './needs-section';
import { NotesSection } from './notes-section';

/** /cases/:id — one case, for the caseworkers assigned to it (each opening is audited by the server). */
export function CasePage() {
  const t = useT('families');
  const lang = useLanguage();
  const id = usePathParam('id');
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setDetail(null);
    setError(null);
    api.get<CaseDetail>(caseApi(id)).then(setDetail, setError);
  }, [id]);

  if (error) return <CaseUnavailable error={error} />;
  if (!detail) return <Loading />;
  const change = (part: Partial<CaseDetail>) => setDetail({ ...detail, ...part });
  const open = detail.state === 'open';
  return (
    <>
      <PageTitle title={detail.label} />
      <div class="tag-row">
        <span class={open ? 'badge badge-ok' : 'badge badge-muted'}>{t(`states.${detail.state}`)}</span>
        {detail.demo && <span class="badge badge-demo">{t('demo')}</span>}
      </div>
      {!open && detail.closedAt !== null && (
        <div class="notice">
          <p>{t('detail.closedNotice', { when: formatDateTime(detail.closedAt) })}</p>
          {detail.closeReason && <p class="case-text">{t('detail.closedReason', { reason: detail.closeReason })}</p>}
          {detail.deletesAt !== null && <p>{t('detail.deletesOn', { when: formatDate(detail.deletesAt, lang) })}</p>}
        </div>
      )}
      <DetailsSection detail={detail} onSaved={change} />
      <NeedsSection caseId={detail.id} needs={detail.needs} writable={open} onChange={(needs) => change({ needs })} />
      <NotesSection
        caseId={detail.id}
        notes={detail.notes}
        writable={open}
        onAdded={(note) => change({ notes: [...detail.notes, note] })}
      />
      <CaseworkersSection
        caseId={detail.id}
        caseworkers={detail.caseworkers}
        writable={open}
        onSaved={(caseworkers) => change({ caseworkers })}
      />
      <LinkedSections caseId={detail.id} writable={open} />
      {open && <CloseSection caseId={detail.id} retentionDays={detail.retentionDays} onClosed={change} />}
      <p>
        <a href="/cases">{t('detail.all')}</a>
      </p>
    </>
  );
}

/** The day only: the purge runs through the day, so an hour would promise too much. */
const formatDate = (ms: number, lang: Language) => dateTimeFormat(lang, { dateStyle: 'medium' }).format(ms);

/** Why the case is not shown: not assigned (the usual one, said plainly), gone, or no usable key. */
function CaseUnavailable({ error }: { error: unknown }) {
  const t = useT('families');
  const code = error instanceof ApiError ? error.code : '';
  const title =
    code === 'not_assigned'
      ? t('detail.notAssignedTitle')
      : error instanceof ApiError && error.status === 503
        ? t('detail.unavailableTitle')
        : t('list.title');
  return (
    <>
      <PageTitle title={title} />
      {code === 'not_assigned' && (
        <p class="notice notice-error" role="alert">
          {t('detail.notAssigned')}
        </p>
      )}
      {code === 'not_found' && <p class="notice">{t('detail.notFound')}</p>}
      {code !== 'not_assigned' && code !== 'not_found' && <FormError error={error} />}
      <p>
        <a href="/cases">{t('detail.all')}</a>
      </p>
    </>
  );
}
