import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { Checkbox, FormError, Loading, Status, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { DutyZones } from '../contract';

interface Zone {
  id: string;
  name: string;
}

const folded = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * On-duty zones as toggles that save at once (a responder on a phone should not hunt for a Save
 * button): the zones on duty first, the others found by typing.
 */
export function DutyPanel() {
  const t = useT('dispatch');
  const lang = useLanguage();
  const [zones, setZones] = useState<Zone[] | null>(null);
  const [onDuty, setOnDuty] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    Promise.all([api.get<{ zones: Zone[] }>('/api/zones'), api.get<DutyZones>('/api/dispatch/duty')]).then(([list, duty]) => {
      setZones(list.zones);
      setOnDuty(new Set(duty.zoneIds));
    }, setLoadError);
  }, []);

  const save = useAction(async (zoneIds: string[]) => {
    setSaved(false);
    const result = await api.put<DutyZones>('/api/dispatch/duty', { zoneIds });
    setOnDuty(new Set(result.zoneIds));
    setSaved(true);
  });
  const toggle = (id: string, on: boolean) => {
    const next = new Set(onDuty);
    if (on) next.add(id);
    else next.delete(id);
    void save.run([...next]);
  };

  if (loadError) return <FormError error={loadError} />;
  if (!zones) return <Loading />;
  const wanted = folded(filter.trim());
  const byName = (a: Zone, b: Zone) => a.name.localeCompare(b.name, [lang, 'en']);
  const mine = zones.filter((z) => onDuty.has(z.id)).sort(byName);
  const found = wanted ? zones.filter((z) => !onDuty.has(z.id) && folded(z.name).includes(wanted)).sort(byName) : [];

  return (
    <section class="card duty" aria-labelledby="duty-title">
      <h2 id="duty-title">{t('duty.title')}</h2>
      <p class={mine.length ? 'duty-status duty-on' : 'duty-status'}>
        {mine.length ? t('duty.onDuty', { count: mine.length }) : t('duty.offDuty')}
      </p>
      <p class="hint">{t('duty.intro')}</p>
      <fieldset class="field checks" disabled={save.busy}>
        <legend>{t('duty.listLegend')}</legend>
        {mine.map((z) => (
          <Checkbox key={z.id} label={z.name} checked onChange={(on) => toggle(z.id, on)} />
        ))}
        <div class="field">
          <label for="duty-filter">{t('duty.filterLabel')}</label>
          <p class="hint" id="duty-filter-hint">
            {t('duty.filterHint')}
          </p>
          <input
            id="duty-filter"
            type="search"
            value={filter}
            autoComplete="off"
            aria-describedby="duty-filter-hint"
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
        </div>
        <p class="hint" role="status">
          {wanted ? t('duty.matches', { count: found.length }) : ''}
        </p>
        {found.map((z) => (
          <Checkbox key={z.id} label={z.name} checked={false} onChange={(on) => toggle(z.id, on)} />
        ))}
      </fieldset>
      {mine.length > 0 && (
        <button type="button" class="button button-wide" disabled={save.busy} onClick={() => void save.run([])}>
          {t('duty.goOffDuty')}
        </button>
      )}
      <FormError error={save.error} />
      <Status message={saved ? t('duty.saved') : null} />
    </section>
  );
}
