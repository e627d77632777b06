import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, Status, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { CaseDetail, CaseFields } from '../contract';
import { type CaseDraft, CaseFieldsInputs, draftOf, fieldsOf } from './case-fields';
import { caseApi } from './case-helpers';

/** The household's details, and (while the case is open) a form to change them. */
export function DetailsSection({ detail, onSaved }: { detail: CaseDetail; onSaved: (fields: CaseFields) => void }) {
  const t = useT('families');
  const [draft, setDraft] = useState<CaseDraft | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useAction(async () => {
    if (!draft) return;
    onSaved(await api.patch<CaseFields>(caseApi(detail.id), fieldsOf(draft)));
    setDraft(null);
    setSaved(true);
  });
  const rows: [string, string | null][] = [
    [t('fields.contact'), detail.contact],
    [t('view.address'), detail.address ?? t('detail.noAddress')],
    [t('view.household'), detail.household || null],
    [t('view.language'), detail.language || null],
  ];
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">{t('detail.details')}</h2>
      {!draft && (
        <>
          <dl class="details case-details">
            {rows
              .filter((r): r is [string, string] => r[1] !== null)
              .map(([term, value]) => (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd class="case-text">{value}</dd>
                </div>
              ))}
          </dl>
          {detail.state === 'open' && (
            <button
              type="button"
              class="button"
              onClick={() => {
                setSaved(false);
                setDraft(draftOf(detail));
              }}
            >
              {t('detail.edit')}
            </button>
          )}
        </>
      )}
      {draft && (
        <ActionForm aria-label={t('detail.editTitle')} action={save}>
          <CaseFieldsInputs draft={draft} onChange={setDraft} error={save.error} />
          <FormError error={save.error} fields={['label', 'contact', 'address', 'household', 'language']} />
          <div class="button-row">
            <button type="submit" class="button button-primary" disabled={save.busy}>
              {t('form.save')}
            </button>
            <button type="button" class="button" onClick={() => setDraft(null)}>
              {t('form.cancel')}
            </button>
          </div>
        </ActionForm>
      )}
      <Status message={saved ? t('detail.saved') : null} />
    </section>
  );
}
