import type { z } from '@hono/zod-openapi';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import type { AuditPage as AuditPageSchema } from '../routes';

type AuditPage = z.infer<typeof AuditPageSchema>;
type Entry = AuditPage['entries'][number];

const PAGE_SIZE = 50;

const pageUrl = (cursor: string | null) => `/api/audit?limit=${PAGE_SIZE}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;

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
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const load = useAction(async (cursor: string | null) => {
    const page = await api.get<AuditPage>(pageUrl(cursor));
    setEntries((current) => [...(cursor === null ? [] : (current ?? [])), ...page.entries]);
    setNextCursor(page.nextCursor);
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
      {nextCursor !== null && (
        <button type="button" class="button" disabled={load.busy} onClick={() => load.run(nextCursor)}>
          {t('loadMore')}
        </button>
      )}
      <p class="hint" role="status">
        {entries && load.busy ? t('loadingMore') : ''}
      </p>
    </>
  );
}
