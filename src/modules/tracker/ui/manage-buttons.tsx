import { api, request } from '../../../core/web/api';
import { FormError, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { ActionSummary } from '../contract';

/** For organisers: verify (or take it back) and delete, each named for the action it acts on. */
export function ManageButtons({ action, onChanged }: { action: ActionSummary; onChanged: (message?: string) => void }) {
  const t = useT('tracker');
  const path = `/api/tracker/actions/${encodeURIComponent(action.id)}`;
  const verify = useAction(async () => {
    await api.put(`${path}/verified`, { verified: !action.verified });
    onChanged();
  });
  const remove = useAction(async () => {
    if (!window.confirm(t('table.confirmDelete', { name: action.employer }))) return;
    await request('DELETE', path);
    onChanged(t('table.deleted', { name: action.employer }));
  });
  return (
    <div class="button-row tracker-manage">
      <button
        type="button"
        class="button"
        disabled={verify.busy}
        aria-label={t(action.verified ? 'table.unverifyFor' : 'table.verifyFor', { name: action.employer })}
        onClick={() => verify.run()}
      >
        {t(action.verified ? 'table.unverify' : 'table.verify')}
      </button>
      <button
        type="button"
        class="button button-danger"
        disabled={remove.busy}
        aria-label={t('table.deleteFor', { name: action.employer })}
        onClick={() => remove.run()}
      >
        {t('table.delete')}
      </button>
      <FormError error={verify.error ?? remove.error} />
    </div>
  );
}
