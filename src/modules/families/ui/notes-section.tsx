import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, TextAreaField, useAction } from '../../../core/web/forms';
import { formatDateTime, useT } from '../../../core/web/i18n';
import type { Note } from '../contract';
import { NOTE_MAX } from '../limits';
import { caseApi } from './case-helpers';

/** The caseworkers' dated notes, oldest first, and a form for the next one. */
export function NotesSection({
  caseId,
  notes,
  writable,
  onAdded,
}: {
  caseId: string;
  notes: Note[];
  writable: boolean;
  onAdded: (note: Note) => void;
}) {
  const t = useT('families');
  const [body, setBody] = useState('');
  const add = useAction(async () => {
    onAdded(await api.post<Note>(`${caseApi(caseId)}/notes`, { body }));
    setBody('');
  });
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.title')}</h2>
      {notes.length === 0 && <p>{t('notes.none')}</p>}
      <ol class="plain-list">
        {notes.map((note) => (
          <li key={note.id} class="note">
            <p class="hint">
              {t('notes.by', { name: note.author?.displayName ?? t('notes.removedMember'), when: formatDateTime(note.createdAt) })}
            </p>
            <p class="case-text">{note.body}</p>
          </li>
        ))}
      </ol>
      {writable && (
        <ActionForm action={add}>
          <TextAreaField
            id="note-body"
            name="body"
            label={t('notes.add')}
            hint={t('noIdNumbers')}
            value={body}
            onInput={setBody}
            maxLength={NOTE_MAX}
            rows={3}
            error={add.error}
          />
          <FormError error={add.error} fields={['body']} />
          <button type="submit" class="button" disabled={add.busy || !body.trim()}>
            {t('notes.addButton')}
          </button>
        </ActionForm>
      )}
    </section>
  );
}
