import './families.css';
import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, Checkbox, CheckboxGroup, FormError, PageTitle, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { navigate } from '../../../core/web/router';
import type { NeedInput } from '../contract';
import { NEED_DETAIL_MAX, NEED_KINDS, type NeedKind } from '../limits';
import { type CaseDraft, CaseFieldsInputs, emptyDraft, fieldsOf } from './case-fields';
import { casePath } from './case-helpers';

/** /cases/new — a caseworker opens a case for a household; they become its first caseworker. */
export function NewCasePage() {
  const t = useT('families');
  const [draft, setDraft] = useState<CaseDraft>(emptyDraft);
  // The needs ticked, each with its short description.
  const [needs, setNeeds] = useState<Partial<Record<NeedKind, string>>>({});
  const create = useAction(async () => {
    const chosen: NeedInput[] = NEED_KINDS.filter((k) => needs[k] !== undefined).map((kind) => ({ kind, detail: needs[kind] ?? '' }));
    const { id } = await api.post<{ id: string }>('/api/cases', { ...fieldsOf(draft), needs: chosen });
    navigate(casePath(id));
  });
  const toggle = (kind: NeedKind, on: boolean) => {
    const next = { ...needs };
    if (on) next[kind] = '';
    else delete next[kind];
    setNeeds(next);
  };
  return (
    <>
      <PageTitle title={t('form.newTitle')} />
      <ActionForm action={create}>
        <CaseFieldsInputs draft={draft} onChange={setDraft} error={create.error} />
        {/* Each need's own field shows its error, so the group claims none. */}
        <CheckboxGroup legend={t('form.needs')} name="needKinds" hint={`${t('form.needsHint')} ${t('noIdNumbers')}`}>
          {NEED_KINDS.map((kind) => (
            <div key={kind}>
              <Checkbox label={t(`needKinds.${kind}`)} checked={needs[kind] !== undefined} onChange={(on) => toggle(kind, on)} />
              {needs[kind] !== undefined && (
                <TextField
                  id={`need-${kind}`}
                  name={`needs.${NEED_KINDS.filter((k) => needs[k] !== undefined).indexOf(kind)}.detail`}
                  label={t('form.needDetail', { kind: t(`needKinds.${kind}`) })}
                  error={create.error}
                  value={needs[kind] ?? ''}
                  onInput={(v) => setNeeds({ ...needs, [kind]: v })}
                  maxLength={NEED_DETAIL_MAX}
                  autoComplete="off"
                />
              )}
            </div>
          ))}
        </CheckboxGroup>
        <FormError error={create.error} fields={['label', 'contact', 'address', 'household', 'language', 'needs']} />
        <div class="button-row">
          <button type="submit" class="button button-primary" disabled={create.busy}>
            {t('form.create')}
          </button>
          <a class="button" href="/cases">
            {t('form.cancel')}
          </a>
        </div>
      </ActionForm>
    </>
  );
}
