import { useEffect, useState } from 'preact/hooks';
import { Checkbox, SelectField, TextField } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { ACTION_KINDS, type ActionKind } from '../kinds';
import { US_STATES } from '../places';
import { type Filters, filterQuery, NO_FILTERS } from './filters';

/** Date range, place, kind and demand; applied together, so the page asks the server once. */
export function FiltersForm({ value, onApply }: { value: Filters; onApply: (filters: Filters) => void }) {
  const t = useT('tracker');
  const [draft, setDraft] = useState(value);
  const active = filterQuery(value) !== '';
  const [open, setOpen] = useState(active);
  useEffect(() => {
    setDraft(value);
    setOpen(active);
  }, [value]);
  const set =
    <K extends keyof Filters>(key: K) =>
    (v: Filters[K]) =>
      setDraft((d) => ({ ...d, [key]: v }));

  return (
    // Closed on arrival unless a filter is set: on a phone the form would push the map and table a
    // screen down. Its fields are made only when it opens, which keeps the page's first render short.
    <details class="card tracker-filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{t('filters.title')}</h2>
      </summary>
      {open && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            onApply(draft);
          }}
        >
          <div class="filter-grid">
            <TextField id="filter-from" name="from" type="date" label={t('filters.from')} value={draft.from} onInput={set('from')} />
            <TextField id="filter-to" name="to" type="date" label={t('filters.to')} value={draft.to} onInput={set('to')} />
            <TextField id="filter-city" name="city" label={t('filters.city')} value={draft.city} onInput={set('city')} maxLength={100} />
            <SelectField
              id="filter-state"
              name="state"
              label={t('filters.state')}
              placeholder={t('filters.anyState')}
              options={US_STATES.map((s) => ({ value: s.code, label: s.name }))}
              value={draft.state}
              onInput={set('state')}
            />
            <SelectField
              id="filter-kind"
              name="kind"
              label={t('filters.kind')}
              placeholder={t('filters.anyKind')}
              options={ACTION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              value={draft.kind}
              onInput={(v) => set('kind')(v as ActionKind | '')}
            />
            <TextField
              id="filter-demand"
              name="demand"
              label={t('filters.demand')}
              hint={t('filters.demandHint')}
              value={draft.demand}
              onInput={set('demand')}
              maxLength={100}
            />
          </div>
          <Checkbox label={t('filters.verifiedOnly')} checked={draft.verifiedOnly} onChange={set('verifiedOnly')} />
          <div class="button-row">
            <button type="submit" class="button button-primary">
              {t('filters.apply')}
            </button>
            <button type="button" class="button" onClick={() => onApply(NO_FILTERS)}>
              {t('filters.clear')}
            </button>
          </div>
        </form>
      )}
    </details>
  );
}
