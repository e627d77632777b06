import { useT } from '../../../core/web/i18n';
import type { ActionPage, ActionSummary } from '../contract';
import { formatDay, formatNumber } from './format';
import { ManageButtons } from './manage-buttons';

const placeText = (a: ActionSummary) =>
  a.places
    .map((p) => [p.city, p.state].filter(Boolean).join(', '))
    .filter(Boolean)
    .join('; ');

function ActionRow({ action, canManage, onChanged }: { action: ActionSummary; canManage: boolean; onChanged: (message?: string) => void }) {
  const t = useT('tracker');
  const who = [action.employer, ...action.organisations].join(' · ');
  return (
    <tr>
      <td data-label={t('table.date')}>
        {formatDay(action.startDate)}
        {action.endDate && action.endDate !== action.startDate && <> {t('table.until', { date: formatDay(action.endDate) })}</>}
      </td>
      <td data-label={t('table.kind')}>{t(`kinds.${action.kind}`)}</td>
      <td data-label={t('table.who')}>{who}</td>
      <td data-label={t('table.where')}>{placeText(action) || t('table.noPlace')}</td>
      <td data-label={t('table.participants')}>{action.participants === null ? t('table.unknown') : formatNumber(action.participants)}</td>
      <td data-label={t('table.status')}>
        <span class={action.verified ? 'badge badge-ok' : 'badge badge-muted'}>
          {action.verified ? t('table.verified') : t('table.unverified')}
        </span>
        {action.demo && <span class="badge badge-demo">{t('table.demo')}</span>}
      </td>
      {canManage && (
        <td data-label={t('table.manage')}>
          <ManageButtons action={action} onChanged={onChanged} />
        </td>
      )}
    </tr>
  );
}

/** One page of actions: a table on wide screens, one card per action on phones. */
export function ActionsTable(props: {
  page: ActionPage;
  canManage: boolean;
  onOffset: (offset: number) => void;
  onChanged: (message?: string) => void;
}) {
  const t = useT('tracker');
  const { actions, total, limit, offset } = props.page;
  if (total === 0) return <p>{t('table.none')}</p>;
  const pages = Math.ceil(total / limit);
  const current = Math.floor(offset / limit) + 1;
  return (
    <>
      <p class="hint">
        {t('table.showing', { first: formatNumber(offset + 1), last: formatNumber(offset + actions.length), total: formatNumber(total) })}
      </p>
      <table class="audit-table tracker-table">
        <caption class="sr-only">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.date')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.who')}</th>
            <th scope="col">{t('table.where')}</th>
            <th scope="col">{t('table.participants')}</th>
            <th scope="col">{t('table.status')}</th>
            {props.canManage && <th scope="col">{t('table.manage')}</th>}
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <ActionRow key={a.id} action={a} canManage={props.canManage} onChanged={props.onChanged} />
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav class="pager" aria-label={t('table.pages')}>
          <button type="button" class="button" disabled={current === 1} onClick={() => props.onOffset(offset - limit)}>
            {t('table.previous')}
          </button>
          <span>{t('table.page', { page: formatNumber(current), pages: formatNumber(pages) })}</span>
          <button type="button" class="button" disabled={current === pages} onClick={() => props.onOffset(offset + limit)}>
            {t('table.next')}
          </button>
        </nav>
      )}
    </>
  );
}
