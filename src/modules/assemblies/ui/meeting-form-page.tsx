import './assemblies.css';
import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, PageTitle, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { navigate, usePathParam } from '../../../core/web/router';
import { useGet } from '../../../core/web/use-get';
import type { Assembly, Meeting } from '../contract';
import { PLACE_MAX, TITLE_MAX } from '../limits';
import { assemblyApi, fromLocalInput, meetingPath } from './format';

/** /assemblies/:id/meetings/new — the assembly's facilitators and organisers schedule a meeting with its agenda. */
export function NewMeetingPage() {
  const t = useT('assemblies');
  const id = usePathParam('id');
  const { data: assembly } = useGet<Assembly>(assemblyApi(id));
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [place, setPlace] = useState('');
  const [agenda, setAgenda] = useState('');
  const save = useAction(async () => {
    const items = agenda
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const meeting = await api.post<Meeting>(`${assemblyApi(id)}/meetings`, {
      title,
      startsAt: fromLocalInput(startsAt),
      place,
      agenda: items,
    });
    navigate(meetingPath(meeting.id));
  });
  return (
    <>
      <PageTitle title={t('meetingForm.title')} />
      {assembly && <p>{t('meeting.of', { name: assembly.name })}</p>}
      <ActionForm class="card" noValidate action={save}>
        <TextField
          id="meeting-title"
          name="title"
          label={t('meetingForm.titleLabel')}
          maxLength={TITLE_MAX}
          required
          value={title}
          onInput={setTitle}
          error={save.error}
        />
        <TextField
          id="meeting-starts"
          name="startsAt"
          type="datetime-local"
          label={t('meetingForm.startsAt')}
          required
          value={startsAt}
          onInput={setStartsAt}
          error={save.error}
        />
        <TextField
          id="meeting-place"
          name="place"
          label={t('meetingForm.place')}
          maxLength={PLACE_MAX}
          value={place}
          onInput={setPlace}
          error={save.error}
        />
        <TextAreaField
          id="meeting-agenda"
          name="agenda"
          label={t('meetingForm.agenda')}
          hint={t('meetingForm.agendaHint')}
          rows={5}
          value={agenda}
          onInput={setAgenda}
          error={save.error}
        />
        <FormError error={save.error} fields={['title', 'startsAt', 'place', 'agenda']} />
        <button type="submit" class="button button-primary button-wide" disabled={save.busy}>
          {t('meetingForm.save')}
        </button>
      </ActionForm>
    </>
  );
}
