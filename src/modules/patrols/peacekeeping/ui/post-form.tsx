import { useState } from 'preact/hooks';
import { ActionForm, FormError, SelectField, TextAreaField, TextField } from '../../../../core/web/forms';
import { useT } from '../../../../core/web/i18n';
import type { MarshalPost, PostInput } from '../contract';
import { CHANNEL_MAX, INSTRUCTIONS_MAX, LABEL_MAX, NEEDED_MAX, POST_KINDS, type PostKind } from '../limits';
import { useMarshalAction } from './marshal-api';

const numberOrNaN = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

/** What a post is, where, what its marshals do, how many, and their radio channel; `idPrefix` keeps ids unique per form. */
export function PostForm(props: {
  idPrefix: string;
  post?: MarshalPost;
  submitLabel: string;
  onSubmit: (input: PostInput) => Promise<void>;
}) {
  const t = useT('peacekeeping');
  const p = props.post;
  const [kind, setKind] = useState<string>(p?.kind ?? 'crossing');
  const [label, setLabel] = useState(p?.label ?? '');
  const [instructions, setInstructions] = useState(p?.instructions ?? '');
  const [needed, setNeeded] = useState(p ? String(p.needed) : '2');
  const [channel, setChannel] = useState(p?.radioChannel ?? '');
  const [lat, setLat] = useState(p?.point ? String(p.point.lat) : '');
  const [lng, setLng] = useState(p?.point ? String(p.point.lng) : '');
  const submit = useMarshalAction(async () => {
    const point = lat.trim() || lng.trim() ? { lat: numberOrNaN(lat), lng: numberOrNaN(lng) } : null;
    await props.onSubmit({ kind: kind as PostKind, label, instructions, needed: numberOrNaN(needed), radioChannel: channel, point });
    if (!p) {
      setLabel('');
      setInstructions('');
      setLat('');
      setLng('');
    }
  });
  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <ActionForm class="post-form" noValidate action={submit}>
      <SelectField
        id={id('kind')}
        name="kind"
        label={t('form.kind')}
        value={kind}
        onInput={setKind}
        options={POST_KINDS.map((k) => ({ value: k, label: t(`postKinds.${k}`) }))}
        error={submit.error}
      />
      <TextField
        id={id('label')}
        name="label"
        label={t('form.label')}
        hint={t('form.labelHint')}
        value={label}
        onInput={setLabel}
        maxLength={LABEL_MAX}
        error={submit.error}
      />
      <TextAreaField
        id={id('instructions')}
        name="instructions"
        label={t('form.instructions')}
        value={instructions}
        onInput={setInstructions}
        maxLength={INSTRUCTIONS_MAX}
        rows={3}
        error={submit.error}
      />
      <div class="planner-fields">
        <TextField
          id={id('needed')}
          name="needed"
          label={t('form.needed')}
          type="number"
          inputMode="numeric"
          min={1}
          max={NEEDED_MAX}
          value={needed}
          onInput={setNeeded}
          error={submit.error}
        />
        <TextField
          id={id('channel')}
          name="radioChannel"
          label={t('form.channel')}
          value={channel}
          onInput={setChannel}
          maxLength={CHANNEL_MAX}
          error={submit.error}
        />
      </div>
      <fieldset class="field plain-fieldset">
        <legend>{t('form.pointLegend')}</legend>
        <p class="hint">{t('form.pointHint')}</p>
        <div class="planner-fields">
          <TextField
            id={id('lat')}
            name="point.lat"
            label={t('form.lat')}
            inputMode="decimal"
            value={lat}
            onInput={setLat}
            error={submit.error}
          />
          <TextField
            id={id('lng')}
            name="point.lng"
            label={t('form.lng')}
            inputMode="decimal"
            value={lng}
            onInput={setLng}
            error={submit.error}
          />
        </div>
      </fieldset>
      <button type="submit" class="button button-primary" disabled={submit.busy}>
        {props.submitLabel}
      </button>
      <FormError error={submit.error} fields={['kind', 'label', 'instructions', 'needed', 'radioChannel', 'point.lat', 'point.lng']} />
    </ActionForm>
  );
}
