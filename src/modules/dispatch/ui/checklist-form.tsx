import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, Status, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { ChecklistEntry, NewChecklistEntry } from '../contract';
import { formatTime, toLocalInput } from './format';

const FIELDS = ['observedAt', 'whatSeen', 'agencyMarkings', 'vehicleMarkings', 'peopleCount', 'notes'];

/** The legal observer's notes on scene: the agency's actions and markings, never who its people are. */
export function ChecklistForm({ offerId, onSaved }: { offerId: string; onSaved: (entry: ChecklistEntry) => void }) {
  const t = useT('dispatch');
  const [observedAt, setObservedAt] = useState(() => toLocalInput(Date.now()));
  const [whatSeen, setWhatSeen] = useState('');
  const [agencyMarkings, setAgencyMarkings] = useState('');
  const [vehicleMarkings, setVehicleMarkings] = useState('');
  const [peopleCount, setPeopleCount] = useState('');
  const [notes, setNotes] = useState('');
  const [saved, setSaved] = useState(false);
  const id = (name: string) => `checklist-${offerId}-${name}`;

  const save = useAction(async () => {
    setSaved(false);
    const body: NewChecklistEntry = {
      observedAt: new Date(observedAt).getTime(),
      whatSeen,
      agencyMarkings,
      vehicleMarkings,
      peopleCount: peopleCount.trim() === '' ? null : Number(peopleCount),
      notes,
    };
    onSaved(await api.post<ChecklistEntry>(`/api/dispatch/offers/${encodeURIComponent(offerId)}/checklist`, body));
    setWhatSeen('');
    setNotes('');
    setObservedAt(toLocalInput(Date.now()));
    setSaved(true);
  });

  return (
    <ActionForm class="checklist-form" noValidate aria-labelledby={id('title')} action={save}>
      <h4 id={id('title')}>{t('checklist.title')}</h4>
      <p class="notice">{t('checklist.intro')}</p>
      <TextField
        id={id('observedAt')}
        name="observedAt"
        type="datetime-local"
        label={t('checklist.observedAt')}
        value={observedAt}
        onInput={setObservedAt}
        error={save.error}
        required
      />
      <TextAreaField
        id={id('whatSeen')}
        name="whatSeen"
        label={t('checklist.whatSeen')}
        hint={t('checklist.whatSeenHint')}
        value={whatSeen}
        onInput={setWhatSeen}
        error={save.error}
        maxLength={2000}
      />
      <TextField
        id={id('agencyMarkings')}
        name="agencyMarkings"
        label={t('checklist.agencyMarkings')}
        hint={t('checklist.agencyMarkingsHint')}
        value={agencyMarkings}
        onInput={setAgencyMarkings}
        error={save.error}
        maxLength={500}
      />
      <TextField
        id={id('vehicleMarkings')}
        name="vehicleMarkings"
        label={t('checklist.vehicleMarkings')}
        hint={t('checklist.vehicleMarkingsHint')}
        value={vehicleMarkings}
        onInput={setVehicleMarkings}
        error={save.error}
        maxLength={500}
      />
      <TextField
        id={id('peopleCount')}
        name="peopleCount"
        type="number"
        inputMode="numeric"
        min={0}
        max={500}
        label={t('checklist.peopleCount')}
        value={peopleCount}
        onInput={setPeopleCount}
        error={save.error}
      />
      <TextAreaField
        id={id('notes')}
        name="notes"
        label={t('checklist.notes')}
        value={notes}
        onInput={setNotes}
        error={save.error}
        maxLength={2000}
      />
      <FormError error={save.error} fields={FIELDS} />
      <button type="submit" class="button button-primary button-wide" disabled={save.busy}>
        {t('checklist.submit')}
      </button>
      <Status message={saved ? t('checklist.saved') : null} />
    </ActionForm>
  );
}

/** Observations already recorded, oldest first; `showBy` on the board, where staff see who wrote them. */
export function ChecklistEntries({ entries, showBy = false }: { entries: ChecklistEntry[]; showBy?: boolean }) {
  const t = useT('dispatch');
  if (!entries.length) return null;
  return (
    <ul class="plain-list checklist-entries">
      {entries.map((e) => (
        <li key={e.id} class="checklist-entry">
          <p>
            <strong>{formatTime(e.observedAt)}</strong>
            {showBy && e.by && <span class="hint"> · {t('checklist.by', { name: e.by })}</span>}
          </p>
          <p>{e.whatSeen}</p>
          {e.agencyMarkings && (
            <p>
              <span class="hint">{t('checklist.agencyMarkings')}: </span>
              {e.agencyMarkings}
            </p>
          )}
          {e.vehicleMarkings && (
            <p>
              <span class="hint">{t('checklist.vehicleMarkings')}: </span>
              {e.vehicleMarkings}
            </p>
          )}
          {e.peopleCount !== null && (
            <p>
              <span class="hint">{t('checklist.peopleCount')}: </span>
              {e.peopleCount}
            </p>
          )}
          {e.notes && <p>{e.notes}</p>}
        </li>
      ))}
    </ul>
  );
}
