import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, SelectField, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Need } from '../contract';
import { NEED_DETAIL_MAX, NEED_KINDS, type NeedKind } from '../limits';
import { caseApi } from './case-helpers';

interface Props {
  caseId: string;
  needs: Need[];
  writable: boolean;
  onChange: (needs: Need[]) => void;
}

/** What the household needs, each marked met or open; new ones added below. */
export function NeedsSection({ caseId, needs, writable, onChange }: Props) {
  const t = useT('families');
  const toggle = useAction(async (need: Need) => {
    const changed = await api.patch<Need>(`${caseApi(caseId)}/needs/${encodeURIComponent(need.id)}`, {
      state: need.state === 'open' ? 'met' : 'open',
    });
    onChange(needs.map((n) => (n.id === changed.id ? changed : n)));
  });
  return (
    <section aria-labelledby="needs-title">
      <h2 id="needs-title">{t('needs.title')}</h2>
      {needs.length === 0 && <p>{t('needs.none')}</p>}
      <ul class="plain-list">
        {needs.map((need) => {
          const kind = t(`needKinds.${need.kind}`);
          return (
            <li key={need.id} class="need-row">
              <strong class={need.state === 'met' ? 'need-met' : undefined}>{kind}</strong>{' '}
              <span class={need.state === 'met' ? 'badge badge-ok' : 'badge badge-warning'}>{t(`needs.${need.state}`)}</span>
              {need.detail && <p class="case-text">{need.detail}</p>}
              {writable && (
                <div>
                  <button type="button" class="button" disabled={toggle.busy} onClick={() => void toggle.run(need)}>
                    {need.state === 'open' ? t('needs.markMet', { kind }) : t('needs.reopen', { kind })}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <FormError error={toggle.error} />
      {writable && <AddNeed caseId={caseId} onAdded={(need) => onChange([...needs, need])} />}
    </section>
  );
}

function AddNeed({ caseId, onAdded }: { caseId: string; onAdded: (need: Need) => void }) {
  const t = useT('families');
  const [kind, setKind] = useState<NeedKind | ''>('');
  const [detail, setDetail] = useState('');
  const add = useAction(async () => {
    onAdded(await api.post<Need>(`${caseApi(caseId)}/needs`, { kind, detail }));
    setKind('');
    setDetail('');
  });
  return (
    <ActionForm aria-labelledby="add-need-title" action={add}>
      <h3 id="add-need-title">{t('needs.add')}</h3>
      <SelectField
        id="need-kind"
        name="kind"
        label={t('needs.kind')}
        value={kind}
        onInput={(v) => setKind(v as NeedKind)}
        options={NEED_KINDS.map((k) => ({ value: k, label: t(`needKinds.${k}`) }))}
        placeholder=""
        required
        error={add.error}
      />
      <TextField
        id="need-detail"
        name="detail"
        label={t('needs.detail')}
        hint={t('noIdNumbers')}
        value={detail}
        onInput={setDetail}
        maxLength={NEED_DETAIL_MAX}
        error={add.error}
        autoComplete="off"
      />
      <FormError error={add.error} fields={['kind', 'detail']} />
      <button type="submit" class="button" disabled={add.busy}>
        {t('needs.addButton')}
      </button>
    </ActionForm>
  );
}
