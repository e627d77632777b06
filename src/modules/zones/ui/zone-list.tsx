import { useState } from 'preact/hooks';
import { Checkbox } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { ZoneSummary } from '../contract';

/** Lower case without accents, so "penn" finds "Penn" and "pena" finds "Peña". */
const folded = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Every zone as a checkbox, with a filter: the keyboard and screen-reader way to choose zones. */
export function ZoneList(props: { zones: ZoneSummary[]; watched: ReadonlySet<string>; onChange: (id: string, on: boolean) => void }) {
  const t = useT('zones');
  const lang = useLanguage();
  const [filter, setFilter] = useState('');
  const sorted = [...props.zones].sort((a, b) => a.name.localeCompare(b.name, [lang, 'en']));
  const wanted = folded(filter.trim());
  const shown = wanted ? sorted.filter((z) => folded(z.name).includes(wanted)) : sorted;
  return (
    <div class="zone-list">
      <div class="field">
        <label for="zone-filter">{t('page.filterLabel')}</label>
        <input id="zone-filter" type="search" value={filter} autoComplete="off" onInput={(e) => setFilter(e.currentTarget.value)} />
      </div>
      <fieldset class="field checks">
        <legend>{t('page.listLegend')}</legend>
        <p class="hint" role="status">
          {wanted ? t('page.matches', { count: shown.length }) : ''}
        </p>
        <div class="zone-checks">
          {shown.map((z) => (
            <Checkbox key={z.id} label={z.name} checked={props.watched.has(z.id)} onChange={(on) => props.onChange(z.id, on)} />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
