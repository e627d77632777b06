import './events.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { navigate, usePathParam } from '../../../core/web/router';
import type { EventSettings, PublicEvent } from '../contract';
import { draftOf, type EventDraft, emptyDraft, inputOf } from './event-draft';
import { EventForm } from './event-form';
import { eventApi, eventPath } from './event-helpers';

/** /events/new — for organisers; `?campaign=` or `?org=` (from a campaign's or organisation's page) preselects it. */
export function NewEventPage() {
  const t = useT('events');
  const query = new URLSearchParams(location.search);
  const initial = emptyDraft({ campaignId: query.get('campaign') ?? undefined, orgId: query.get('org') ?? undefined });
  const create = async (draft: EventDraft) => {
    const event = await api.post<PublicEvent>('/api/events', inputOf(draft));
    navigate(eventPath(event.id));
  };
  return (
    <>
      <PageTitle title={t('form.newTitle')} />
      <EventForm initial={initial} submitLabel={t('form.create')} onSubmit={create} />
    </>
  );
}

/** /events/:id/edit — for organisers. */
export function EditEventPage() {
  const t = useT('events');
  const id = usePathParam('id');
  const [initial, setInitial] = useState<EventDraft | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<EventSettings>(`${eventApi(id)}/settings`).then((s) => setInitial(draftOf(s)), setError);
  }, [id]);
  const save = async (draft: EventDraft) => {
    await api.put<PublicEvent>(eventApi(id), inputOf(draft));
    navigate(eventPath(id));
  };
  return (
    <>
      <PageTitle title={t('form.editTitle')} />
      <FormError error={error} />
      {!initial && !error && <Loading />}
      {initial && <EventForm initial={initial} submitLabel={t('form.save')} onSubmit={save} />}
    </>
  );
}
