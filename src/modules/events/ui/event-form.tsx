import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, SelectField, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { CAPACITY_MAX, DESCRIPTION_MAX, EVENT_KINDS, PLACE_MAX, REMINDER_HOURS_MAX, TITLE_MAX } from '../limits';
import type { EventDraft } from './event-draft';
import { PointPicker } from './point-picker';

type Option = { value: string; label: string };
const FIELDS = [
  'title',
  'kind',
  'description',
  'startsAt',
  'endsAt',
  'place',
  'point',
  'zoneId',
  'capacity',
  'orgId',
  'campaignId',
  'reminderHours',
];

/** Zones, organisations and campaigns to choose from; a list that fails to load is simply not offered. */
function useChoices() {
  const lang = useLanguage();
  const [choices, setChoices] = useState<{ zones: Option[]; orgs: Option[]; campaigns: Option[] }>({ zones: [], orgs: [], campaigns: [] });
  useEffect(() => {
    const options = <T,>(path: string, pick: (body: T) => { id: string; name: string }[]) =>
      api.get<T>(path).then(
        (body) =>
          pick(body)
            .map((x) => ({ value: x.id, label: x.name }))
            .sort((a, b) => a.label.localeCompare(b.label, [lang, 'en'])),
        () => [],
      );
    void Promise.all([
      options<{ zones: { id: string; name: string }[] }>('/api/zones', (b) => b.zones),
      options<{ orgs: { id: string; name: string }[] }>('/api/orgs', (b) => b.orgs),
      options<{ campaigns: { id: string; title: string }[] }>('/api/campaigns', (b) =>
        b.campaigns.map((c) => ({ id: c.id, name: c.title })),
      ),
    ]).then(([zones, orgs, campaigns]) => setChoices({ zones, orgs, campaigns }));
  }, [lang]);
  return choices;
}

/** The event's fields, for a new event and for changing one. */
export function EventForm(props: { initial: EventDraft; submitLabel: string; onSubmit: (draft: EventDraft) => Promise<void> }) {
  const t = useT('events');
  const [draft, setDraft] = useState(props.initial);
  const choices = useChoices();
  const save = useAction(() => props.onSubmit(draft));
  const field = <K extends keyof EventDraft>(key: K) => ({
    value: draft[key] as string,
    onInput: (v: string) => setDraft({ ...draft, [key]: v }),
  });
  const optional = (id: string, name: 'orgId' | 'campaignId', label: string, noneLabel: string, options: Option[]) =>
    options.length > 0 && (
      <SelectField id={id} name={name} label={label} placeholder={noneLabel} options={options} error={save.error} {...field(name)} />
    );

  return (
    <ActionForm class="card" noValidate action={save}>
      <TextField
        id="event-title"
        name="title"
        label={t('form.titleLabel')}
        hint={t('form.titleHint')}
        maxLength={TITLE_MAX}
        required
        error={save.error}
        {...field('title')}
      />
      <SelectField
        id="event-kind"
        name="kind"
        label={t('form.kindLabel')}
        placeholder={t('form.kindChoose')}
        options={EVENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        required
        error={save.error}
        {...field('kind')}
      />
      <TextField
        id="event-starts"
        name="startsAt"
        type="datetime-local"
        label={t('form.startsLabel')}
        required
        error={save.error}
        {...field('starts')}
      />
      <TextField
        id="event-ends"
        name="endsAt"
        type="datetime-local"
        label={t('form.endsLabel')}
        required
        error={save.error}
        {...field('ends')}
      />
      <TextField
        id="event-place"
        name="place"
        label={t('form.placeLabel')}
        hint={t('form.placeHint')}
        maxLength={PLACE_MAX}
        required
        error={save.error}
        {...field('place')}
      />
      <PointPicker
        point={draft.point}
        // A new point finds its own neighbourhood, unless the organiser chooses one after.
        onChange={(point) => setDraft({ ...draft, point, zoneId: point ? '' : draft.zoneId })}
      />
      {choices.zones.length > 0 && (
        <SelectField
          id="event-zone"
          name="zoneId"
          label={t('form.zoneLabel')}
          hint={t('form.zoneHint')}
          placeholder={t('form.zoneNone')}
          options={choices.zones}
          error={save.error}
          {...field('zoneId')}
        />
      )}
      <TextAreaField
        id="event-description"
        name="description"
        label={t('form.descriptionLabel')}
        hint={t('form.descriptionHint')}
        maxLength={DESCRIPTION_MAX}
        error={save.error}
        {...field('description')}
      />
      <TextField
        id="event-capacity"
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={CAPACITY_MAX}
        label={t('form.capacityLabel')}
        hint={t('form.capacityHint')}
        error={save.error}
        {...field('capacity')}
      />
      {optional('event-org', 'orgId', t('form.orgLabel'), t('form.orgNone'), choices.orgs)}
      {optional('event-campaign', 'campaignId', t('form.campaignLabel'), t('form.campaignNone'), choices.campaigns)}
      <TextField
        id="event-reminder"
        name="reminderHours"
        type="number"
        inputMode="numeric"
        min={0}
        max={REMINDER_HOURS_MAX}
        label={t('form.reminderLabel')}
        hint={t('form.reminderHint')}
        error={save.error}
        {...field('reminderHours')}
      />
      <FormError error={save.error} fields={FIELDS} />
      <button type="submit" class="button button-primary button-wide" disabled={save.busy}>
        {props.submitLabel}
      </button>
    </ActionForm>
  );
}
