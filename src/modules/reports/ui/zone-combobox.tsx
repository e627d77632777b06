import { useState } from 'preact/hooks';
import { errorText, isFieldError } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { ZoneSummary } from '../../zones/contract';

const SHOWN = 6;

/** Lower case without accents, so "cedar" finds "Cedar-Riverside" and "pena" would find "Peña". */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Names starting with the typed letters first, then names with a word starting with them, then any match. */
export function matchZones(zones: readonly ZoneSummary[], typed: string): ZoneSummary[] {
  const want = fold(typed.trim());
  if (!want) return [];
  const rank = (z: ZoneSummary) => {
    const name = fold(z.name);
    if (name.startsWith(want)) return 0;
    if (name.split(/[\s-]+/).some((w) => w.startsWith(want))) return 1;
    return name.includes(want) ? 2 : 3;
  };
  return zones
    .map((z) => ({ z, r: rank(z) }))
    .filter((x) => x.r < 3)
    .sort((a, b) => a.r - b.r || a.z.name.localeCompare(b.z.name, 'en'))
    .map((x) => x.z);
}

/**
 * Type-ahead for the hotline: a few letters, Enter takes the first match (arrows choose another),
 * and focus goes on to the next field. The ARIA combobox pattern, so screen readers follow along.
 */
export function ZoneCombobox(props: {
  id: string;
  zones: readonly ZoneSummary[];
  chosen: ZoneSummary | null;
  onChoose: (zone: ZoneSummary | null) => void;
  onChosen: () => void;
  error: unknown;
}) {
  const t = useT('reports');
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const typing = props.chosen === null || text !== props.chosen.name;
  const matches = typing ? matchZones(props.zones, text).slice(0, SHOWN) : [];
  const open = matches.length > 0;
  const listId = `${props.id}-list`;
  const invalid = isFieldError(props.error, 'zoneId');

  const pick = (zone: ZoneSummary) => {
    setText(zone.name);
    props.onChoose(zone);
    props.onChosen();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && open) {
      e.preventDefault();
      setActive((active + 1) % matches.length);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      setActive((active - 1 + matches.length) % matches.length);
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      pick(matches[Math.min(active, matches.length - 1)]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setText('');
    }
  };

  return (
    <div class="field combobox">
      <label for={props.id}>{t('hotline.zone')}</label>
      <p class="hint" id={`${props.id}-hint`}>
        {t('hotline.zoneHint')}
      </p>
      <input
        id={props.id}
        name="zoneId"
        type="text"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${Math.min(active, matches.length - 1)}` : undefined}
        aria-describedby={`${props.id}-hint`}
        aria-invalid={invalid ? 'true' : undefined}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setActive(0);
          if (props.chosen) props.onChoose(null);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" class="combobox-list" hidden={!open} aria-label={t('hotline.zoneMatches')}>
        {matches.map((z, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the input's arrow keys and Enter choose; this is for a mouse.
          <div
            key={z.id}
            id={`${listId}-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(z)}
          >
            {z.name}
          </div>
        ))}
      </div>
      {invalid && (
        <p class="field-error" role="alert">
          {errorText(t, props.error)}
        </p>
      )}
    </div>
  );
}
