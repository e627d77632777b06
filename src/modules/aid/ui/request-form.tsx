import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import {
  ActionForm,
  Checkbox,
  CheckboxGroup,
  FormError,
  Radio,
  SelectField,
  TextAreaField,
  TextField,
  useAction,
} from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { ZoneSummary } from '../../zones/contract';
import type { AidTaskDetail, NewAidRequest } from '../contract';
import { ADDRESS_KINDS, AID_KINDS, AID_LANGUAGES, type AidKind, type AidLanguage, LIMITS } from '../limits';
import { type Place, PlaceFields } from './place-fields';
import { WhenFields } from './when-fields';

export interface FiledResult {
  request: AidTaskDetail;
  receiptToken: string | null;
}

const FIELDS = [
  'onBehalf',
  'kind',
  'zoneId',
  'point',
  'address',
  'contact',
  'details',
  'privateNotes',
  'neededFrom',
  'neededBy',
  'languages',
  'translationLanguage',
  'amountCents',
];

/** The request form: for one's own household, or — for operators, caseworkers and organisers — on someone's behalf. */
export function RequestForm(props: {
  zones: ZoneSummary[];
  canFileForOthers: boolean;
  caseId: string | null;
  ownLanguages: string[];
  onFiled: (r: FiledResult) => void;
}) {
  const t = useT('aid');
  const [forOther, setForOther] = useState(props.canFileForOthers);
  const [household, setHousehold] = useState('');
  const [kind, setKind] = useState<AidKind>('groceries');
  const [place, setPlace] = useState<Place>({ zoneId: '', point: null });
  const [address, setAddress] = useState('');
  const [contact, setContact] = useState('');
  const [details, setDetails] = useState('');
  const [notes, setNotes] = useState('');
  const [when, setWhen] = useState<{ neededFrom?: number; neededBy?: number }>({});
  const [languages, setLanguages] = useState<AidLanguage[]>(
    forOther ? [] : (props.ownLanguages.filter((l) => (AID_LANGUAGES as readonly string[]).includes(l)) as AidLanguage[]),
  );
  const [translation, setTranslation] = useState('');
  const [amount, setAmount] = useState('');
  const send = useAction(async () => {
    const body: NewAidRequest = {
      kind,
      ...(place.point ? { point: place.point } : { zoneId: place.zoneId || undefined }),
      address: address.trim() || undefined,
      contact,
      details,
      privateNotes: notes,
      ...when,
      languages,
      translationLanguage: kind === 'translation' ? ((translation || undefined) as AidLanguage | undefined) : undefined,
      amountCents: kind === 'rent_bills' && amount ? Math.round(Number(amount) * 100) : undefined,
      onBehalf: forOther ? { householdName: household, caseId: props.caseId ?? undefined } : undefined,
    };
    props.onFiled(await api.post<FiledResult>('/api/aid/requests', body));
  });
  const toggleLanguage = (code: AidLanguage, on: boolean) => setLanguages(on ? [...languages, code] : languages.filter((l) => l !== code));
  const err = send.error;

  return (
    <ActionForm noValidate action={send}>
      {props.canFileForOthers && (
        <fieldset class="field">
          <legend>{t('form.forWhom')}</legend>
          <Radio id="for-other" name="for" value="other" checked={forOther} onChoose={() => setForOther(true)}>
            {t('form.forOther')}
          </Radio>
          <Radio id="for-self" name="for" value="self" checked={!forOther} onChoose={() => setForOther(false)}>
            {t('form.forSelf')}
          </Radio>
        </fieldset>
      )}
      {forOther && (
        <TextField
          id="aid-household"
          name="onBehalf"
          label={t('form.household')}
          hint={t('form.householdHint')}
          value={household}
          onInput={setHousehold}
          error={err}
          maxLength={LIMITS.householdName}
          autoComplete="off"
        />
      )}
      {forOther && props.caseId && <p class="notice">{t('form.linkedCase')}</p>}
      <SelectField
        id="aid-kind"
        name="kind"
        label={t('form.kind')}
        value={kind}
        onInput={(v) => setKind(v as AidKind)}
        options={AID_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        error={err}
      />
      {kind === 'ride' && (
        <p class="hint">
          {t('form.rideHint')} <a href="/rides">{t('form.ridesLink')}</a>
        </p>
      )}
      {kind === 'rent_bills' && (
        <>
          <p class="notice">{t('form.fundHint')}</p>
          <TextField
            id="aid-amount"
            name="amountCents"
            label={t('form.amount')}
            hint={t('form.amountHint')}
            value={amount}
            onInput={setAmount}
            error={err}
            inputMode="decimal"
            autoComplete="off"
          />
        </>
      )}
      {kind === 'translation' && (
        <SelectField
          id="aid-translation"
          name="translationLanguage"
          label={t('form.translationLanguage')}
          placeholder={t('form.choose')}
          value={translation}
          onInput={setTranslation}
          options={AID_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
          error={err}
        />
      )}
      <PlaceFields zones={props.zones} value={place} onChange={setPlace} error={err} />
      <TextField
        id="aid-address"
        name="address"
        label={ADDRESS_KINDS.includes(kind) ? t('form.address') : t('form.addressOptional')}
        hint={t('form.addressHint')}
        value={address}
        onInput={setAddress}
        error={err}
        maxLength={LIMITS.address}
        autoComplete="off"
      />
      <TextField
        id="aid-contact"
        name="contact"
        label={t('form.contact')}
        hint={t('form.contactHint')}
        value={contact}
        onInput={setContact}
        error={err}
        maxLength={LIMITS.contact}
        autoComplete="off"
      />
      <TextAreaField
        id="aid-details"
        name="details"
        label={t('form.details')}
        hint={t('form.detailsHint')}
        value={details}
        onInput={setDetails}
        error={err}
        maxLength={LIMITS.details}
        rows={3}
      />
      <TextAreaField
        id="aid-notes"
        name="privateNotes"
        label={t('form.notes')}
        hint={t('form.notesHint')}
        value={notes}
        onInput={setNotes}
        error={err}
        maxLength={LIMITS.privateNotes}
        rows={3}
      />
      <WhenFields onChange={setWhen} error={err} />
      <CheckboxGroup legend={t('form.languages')} name="languages" hint={t('form.languagesHint')} error={err}>
        <div class="aid-checks">
          {AID_LANGUAGES.map((l) => (
            <Checkbox key={l} label={t(`languages.${l}`)} checked={languages.includes(l)} onChange={(on) => toggleLanguage(l, on)} />
          ))}
        </div>
      </CheckboxGroup>
      <FormError error={err} fields={FIELDS} />
      <button type="submit" class="button button-primary button-wide" disabled={send.busy}>
        {t('form.submit')}
      </button>
    </ActionForm>
  );
}
