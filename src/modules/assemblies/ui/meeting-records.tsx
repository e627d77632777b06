import { useState } from 'preact/hooks';
import { api, request } from '../../../core/web/api';
import { ActionForm, Checkbox, FormError, SelectField, Status, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { useMe } from '../../../core/web/session';
import { useGet } from '../../../core/web/use-get';
import { MarkdownView } from '../../trainings/ui';
import type { ActionItem, Assembly, Meeting } from '../contract';
import { ACTION_TEXT_MAX, MINUTES_MAX } from '../limits';
import { assemblyApi, meetingApi } from './format';

/** The minutes, rendered from Markdown as elements (never HTML); facilitators write them. */
export function MinutesSection({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT('assemblies');
  const [draft, setDraft] = useState(meeting.minutes);
  const [saved, setSaved] = useState(false);
  const save = useAction(async () => {
    onChange(await api.put<Meeting>(`${meetingApi(meeting.id)}/minutes`, { minutes: draft }));
    setSaved(true);
  });
  return (
    <section aria-labelledby="minutes-title">
      <h2 id="minutes-title">{t('meeting.minutes')}</h2>
      {meeting.minutes ? <MarkdownView source={meeting.minutes} headingShift={2} /> : <p>{t('meeting.noMinutes')}</p>}
      {meeting.can.manage && (
        <ActionForm action={save}>
          <TextAreaField
            id="meeting-minutes"
            name="minutes"
            label={t('meeting.minutesLabel')}
            hint={t('meeting.minutesHint')}
            rows={8}
            maxLength={MINUTES_MAX}
            value={draft}
            onInput={(v) => {
              setDraft(v);
              setSaved(false);
            }}
            error={save.error}
          />
          <button type="submit" class="button" disabled={save.busy}>
            {t('meeting.saveMinutes')}
          </button>
          <FormError error={save.error} fields={['minutes']} />
          <Status message={saved ? t('meeting.minutesSaved') : null} />
        </ActionForm>
      )}
    </section>
  );
}

function ActionRow({ item, meeting, onChange }: { item: ActionItem; meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT('assemblies');
  const me = useMe();
  const path = `/api/assemblies/action-items/${encodeURIComponent(item.id)}`;
  const mark = useAction(async (done: boolean) => onChange(await api.put<Meeting>(path, { done })));
  const remove = useAction(async () => onChange(await request<Meeting>('DELETE', path)));
  const mayTick = meeting.can.manage || item.owner?.id === me.id;
  const who = [item.owner?.name ?? t('meeting.noOwner'), item.dueOn && t('meeting.dueOn', { date: item.dueOn })]
    .filter(Boolean)
    .join(' · ');
  return (
    <li class="action-item">
      {mayTick ? (
        <Checkbox label={item.text} hint={who} checked={item.doneAt !== null} disabled={mark.busy} onChange={(done) => mark.run(done)} />
      ) : (
        <p>
          {item.doneAt !== null ? t('meeting.done', { text: item.text }) : item.text} <span class="hint">{who}</span>
        </p>
      )}
      {meeting.can.manage && (
        <button
          type="button"
          class="button"
          disabled={remove.busy}
          aria-label={t('meeting.removeActionNamed', { text: item.text })}
          onClick={() => remove.run()}
        >
          {t('meeting.removeAction')}
        </button>
      )}
      <FormError error={mark.error ?? remove.error} />
    </li>
  );
}

function NewAction({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT('assemblies');
  const { data: assembly } = useGet<Assembly>(assemblyApi(meeting.assembly.id));
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const add = useAction(async () => {
    onChange(await api.post<Meeting>(`${meetingApi(meeting.id)}/action-items`, { text, ownerId: ownerId || null, dueOn: dueOn || null }));
    setText('');
    setOwnerId('');
    setDueOn('');
  });
  return (
    <ActionForm class="card" noValidate action={add}>
      <TextField
        id="action-text"
        name="text"
        label={t('meeting.actionText')}
        maxLength={ACTION_TEXT_MAX}
        required
        value={text}
        onInput={setText}
        error={add.error}
      />
      <SelectField
        id="action-owner"
        name="ownerId"
        label={t('meeting.owner')}
        placeholder={t('meeting.noOwner')}
        value={ownerId}
        onInput={setOwnerId}
        error={add.error}
        options={(assembly?.members ?? []).map((m) => ({ value: m.memberId, label: m.name }))}
      />
      <TextField id="action-due" name="dueOn" type="date" label={t('meeting.due')} value={dueOn} onInput={setDueOn} error={add.error} />
      <FormError error={add.error} fields={['text', 'ownerId', 'dueOn']} />
      <button type="submit" class="button" disabled={add.busy}>
        {t('meeting.addAction')}
      </button>
    </ActionForm>
  );
}

/** Action items: who does what by when; ticked off by their owner or a facilitator. */
export function ActionItemsSection({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT('assemblies');
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t('meeting.actions')}</h2>
      {meeting.actionItems.length === 0 && <p>{t('meeting.noActions')}</p>}
      <ul class="plain-list action-list">
        {meeting.actionItems.map((item) => (
          <ActionRow key={item.id} item={item} meeting={meeting} onChange={onChange} />
        ))}
      </ul>
      {meeting.can.manage && <NewAction meeting={meeting} onChange={onChange} />}
    </section>
  );
}
