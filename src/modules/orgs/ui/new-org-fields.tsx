import { SelectField, TextAreaField, TextField } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { kindOptions } from './kinds';

/** The contract's limits (NewOrg, NewEndorsement); the server checks them too. */
const NAME_MAX = 120;
const DESCRIPTION_MAX = 1000;

/** A new organisation as a form holds it; `kind` is empty until one is chosen. */
export interface NewOrgDraft {
  name: string;
  kind: string;
  description: string;
}
export const EMPTY_ORG: NewOrgDraft = { name: '', kind: '', description: '' };

/** Name, kind and description of a new organisation: adding one and signing one on ask the same. */
export function NewOrgFields(props: { idPrefix: string; value: NewOrgDraft; onChange: (value: NewOrgDraft) => void; error: unknown }) {
  const t = useT('orgs');
  const { idPrefix, value, onChange, error } = props;
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        name="name"
        label={t('form.nameLabel')}
        hint={t('form.nameHint')}
        value={value.name}
        onInput={(name) => onChange({ ...value, name })}
        error={error}
        autoComplete="organization"
        maxLength={NAME_MAX}
        required
      />
      <SelectField
        id={`${idPrefix}-kind`}
        name="kind"
        label={t('form.kindLabel')}
        placeholder={t('form.kindChoose')}
        options={kindOptions(t)}
        value={value.kind}
        onInput={(kind) => onChange({ ...value, kind })}
        error={error}
        required
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        name="description"
        label={t('form.descriptionLabel')}
        hint={t('form.descriptionHint')}
        value={value.description}
        onInput={(description) => onChange({ ...value, description })}
        error={error}
        maxLength={DESCRIPTION_MAX}
      />
    </>
  );
}
