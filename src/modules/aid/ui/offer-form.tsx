import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, SelectField, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { ZoneSummary } from '../../zones/contract';
import { ZoneList } from '../../zones/ui/zone-list';
import { AID_KINDS, type AidKind, LIMITS } from '../limits';
import type { Offer } from '../offers-contract';

const DAY = 86_400_000;
/** A date input's day, to its last minute in the phone's time zone. */
const endOfDay = (date: string) => (date ? new Date(`${date}T23:59`).getTime() : 0);
const dateInput = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/** Offer help of one kind, somewhere, for a while; coordinators may then ask about a specific request. */
export function OfferForm({ zones, onPosted }: { zones: ZoneSummary[]; onPosted: (offer: Offer) => void }) {
  const t = useT('aid');
  const [kind, setKind] = useState<AidKind>('groceries');
  const [zoneIds, setZoneIds] = useState<string[]>([]);
  const [availability, setAvailability] = useState('');
  const [note, setNote] = useState('');
  const [until, setUntil] = useState(() => dateInput(Date.now() + 14 * DAY));
  const post = useAction(async () => {
    onPosted(await api.post<Offer>('/api/aid/offers', { kind, zoneIds, availability, note, until: endOfDay(until) }));
    setAvailability('');
    setNote('');
  });
  const err = post.error;
  return (
    <ActionForm noValidate action={post}>
      <SelectField
        id="offer-kind"
        name="kind"
        label={t('offers.kind')}
        value={kind}
        onInput={(v) => setKind(v as AidKind)}
        options={AID_KINDS.filter((k) => k !== 'rent_bills').map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        error={err}
      />
      <TextField
        id="offer-when"
        name="availability"
        label={t('offers.availability')}
        hint={t('offers.availabilityHint')}
        value={availability}
        onInput={setAvailability}
        error={err}
        maxLength={LIMITS.availability}
        autoComplete="off"
      />
      <TextField
        id="offer-note"
        name="note"
        label={t('offers.note')}
        hint={t('offers.noteHint')}
        value={note}
        onInput={setNote}
        error={err}
        maxLength={LIMITS.offerNote}
        autoComplete="off"
      />
      <TextField id="offer-until" name="until" type="date" label={t('offers.until')} value={until} onInput={setUntil} error={err} />
      <details class="field">
        <summary>{t('offers.zones', { count: zoneIds.length })}</summary>
        <ZoneList
          zones={zones}
          watched={new Set(zoneIds)}
          onChange={(id, on) => setZoneIds(on ? [...zoneIds, id] : zoneIds.filter((z) => z !== id))}
        />
      </details>
      <FormError error={err} fields={['kind', 'availability', 'note', 'until']} />
      <button type="submit" class="button button-primary button-wide" disabled={post.busy}>
        {t('offers.post')}
      </button>
    </ActionForm>
  );
}
