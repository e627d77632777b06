import type { z } from '@hono/zod-openapi';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import type { AuditPage as AuditPageSchema } from '../routes';

type AuditPage = z.infer<typeof AuditPageSchema>;
type Entry = AuditPage['entries'][number];

const PAGE_SIZE = 50;

const pageUrl = (before: number | null) => `/api/audit?limit=${PAGE_SIZE}${before === null ? '' : `&before=${before}`}`;

/** Entries sharing a timestamp can come back on two pages; keep each once. */
const merge = (a: Entry[], b: Entry[]) => {
  const seen = new Set(a.map((e) => e.id));
  return [...a, ...b.filter((e) => !seen.has(e.id))];
};

function EntryRow({ entry }: { entry: Entry }) {
  const t = useT('audit');
  const lang = useLanguage();
  return (
    <tr>
      <td data-label={t('columns.at')}>
        <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at, lang)}</time>
      </td>
      <td data-label={t('columns.member')}>{entry.memberId ? <code>{entry.memberId}</code> : t('system')}</td>
      <td data-label={t('columns.roles')}>{entry.roles || '—'}</td>
      <td data-label={t('columns.action')}>
        <code>{entry.action}</code>
      </td>
      <td data-label={t('columns.object')}>
        {entry.objectType}
        {entry.objectId && (
          <>
            {' '}
            <code>{entry.objectId}</code>
          </>
        )}
      </td>
    </tr>
  );
}

export function AuditLogPage() {
  const t = useT('audit');
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const load = useAction(async (before: number | null) => {
    const page = await api.get<AuditPage>(pageUrl(before));
    setEntries((current) => merge(before === null ? [] : (current ?? []), page.entries));
    setNextBefore(page.nextBefore);
  });
  useEffect(() => void load.run(null), []);

  return (
    <>
      <PageTitle title={t('title')} />
      <p>{t('intro')}</p>
      <FormError error={load.error} />
      {!entries && load.busy && <Loading />}
      {entries && entries.length === 0 && <p>{t('empty')}</p>}
      {entries && entries.length > 0 && (
        <table class="audit-table">
          <caption class="sr-only">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.at')}</th>
              <th scope="col">{t('columns.member')}</th>
              <th scope="col">{t('columns.roles')}</th>
              <th scope="col">{t('columns.action')}</th>
              <th scope="col">{t('columns.object')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <EntryRow key={e.id} entry={e} />
            ))}
          </tbody>
        </table>
      )}
      {nextBefore !== null && (
        <button type="button" class="button" disabled={load.busy} onClick={() => load.run(nextBefore)}>
          {t('loadMore')}
        </button>
      )}
      <p class="hint" role="status">
        {entries && load.busy ? t('loadingMore') : ''}
      </p>
    </>
  );
}
