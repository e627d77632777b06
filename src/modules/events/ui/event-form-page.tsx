import './events.css';
import { createThenOpen, EditPage, saveThenOpen } from '../../../core/web/form-pages';
import { PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import type { EventSettings } from '../contract';
import { draftOf, type EventDraft, emptyDraft, inputOf } from './event-draft';
import { EventForm } from './event-form';
import { eventApi, eventPath } from './event-helpers';

/** /events/new — for organisers; `?campaign=` or `?org=` (from a campaign's or organisation's page) preselects it. */
export function NewEventPage() {
  const t = useT('events');
  const query = new URLSearchParams(location.search);
  const initial = emptyDraft({ campaignId: query.get('campaign') ?? undefined, orgId: query.get('org') ?? undefined });
  const create = (draft: EventDraft) => createThenOpen('/api/events', eventPath)(inputOf(draft));
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
  const save = saveThenOpen(eventApi(id), eventPath(id));
  return (
    <EditPage<EventSettings>
      title={t('form.editTitle')}
      source={`${eventApi(id)}/settings`}
      form={(settings) => <EventForm initial={draftOf(settings)} submitLabel={t('form.save')} onSubmit={(draft) => save(inputOf(draft))} />}
    />
  );
}
