import { TextAreaField, TextField } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { CaseFields } from '../contract';
import { ADDRESS_MAX, CONTACT_MAX, HOUSEHOLD_MAX, LABEL_MAX, LANGUAGE_MAX } from '../limits';

/** The form's values: the address as typed (empty means none). */
export type CaseDraft = Omit<CaseFields, 'address'> & { address: string };

export const emptyDraft = (): CaseDraft => ({ label: '', contact: '', address: '', household: '', language: '' });
export const draftOf = (fields: CaseFields): CaseDraft => ({ ...fields, address: fields.address ?? '' });
export const fieldsOf = (draft: CaseDraft): CaseFields => ({ ...draft, address: draft.address.trim() || null });

/**
 * The case's own fields, for opening and editing. Every free-text field says, right there, that no
 * status or ID number belongs in it (R-DATA-1); the server refuses text that looks like one.
 */
export function CaseFieldsInputs({ draft, onChange, error }: { draft: CaseDraft; onChange: (d: CaseDraft) => void; error: unknown }) {
  const t = useT('families');
  const set = (name: keyof CaseDraft) => (value: string) => onChange({ ...draft, [name]: value });
  const hint = (key: string) => `${t(key)} ${t('noIdNumbers')}`;
  return (
    <>
      <TextField
        id="case-label"
        name="label"
        label={t('fields.label')}
        hint={hint('fields.labelHint')}
        error={error}
        value={draft.label}
        onInput={set('label')}
        required
        maxLength={LABEL_MAX}
        autoComplete="off"
      />
      <TextField
        id="case-contact"
        name="contact"
        label={t('fields.contact')}
        hint={t('fields.contactHint')}
        error={error}
        value={draft.contact}
        onInput={set('contact')}
        required
        maxLength={CONTACT_MAX}
        autoComplete="off"
      />
      <TextField
        id="case-address"
        name="address"
        label={t('fields.address')}
        hint={t('fields.addressHint')}
        error={error}
        value={draft.address}
        onInput={set('address')}
        maxLength={ADDRESS_MAX}
        autoComplete="off"
      />
      <TextAreaField
        id="case-household"
        name="household"
        label={t('fields.household')}
        hint={hint('fields.householdHint')}
        error={error}
        value={draft.household}
        onInput={set('household')}
        maxLength={HOUSEHOLD_MAX}
        rows={3}
      />
      <TextField
        id="case-language"
        name="language"
        label={t('fields.language')}
        error={error}
        value={draft.language}
        onInput={set('language')}
        maxLength={LANGUAGE_MAX}
        autoComplete="off"
      />
    </>
  );
}
