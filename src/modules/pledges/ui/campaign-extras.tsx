import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../../../core/web/forms';
import { LANGUAGE_NAMES, useT } from '../../../core/web/i18n';
import type { CampaignDraft } from './campaign-draft';
import { SCOPES, SUMMARY_MAX, TITLE_MAX, TRANSLATIONS } from './choices';

type Set = (update: (d: CampaignDraft) => CampaignDraft) => void;

/** The threshold options; `locked` once the campaign is open (signers may be counting on them). */
export function ThresholdFields({ draft, set, error, locked }: { draft: CampaignDraft; set: Set; error: unknown; locked: boolean }) {
  const t = useT('pledges');
  const change = (i: number, part: Partial<CampaignDraft['thresholds'][number]>) =>
    set((d) => ({ ...d, thresholds: d.thresholds.map((o, j) => (j === i ? { ...o, ...part } : o)) }));
  return (
    <CheckboxGroup legend={t('editor.thresholds')} hint={t('editor.thresholdsHint')} name="thresholdOptions" error={error}>
      {draft.thresholds.map((o, i) => (
        <fieldset key={i} class="threshold-row" disabled={locked}>
          <legend>{t('editor.thresholdN', { n: i + 1 })}</legend>
          <SelectField
            id={`threshold-scope-${i}`}
            name={`thresholdOptions.${i}.scope`}
            label={t('editor.scope')}
            options={SCOPES.map((s) => ({ value: s, label: t(`editor.scopeOption.${s}`) }))}
            value={o.scope}
            onInput={(v) => change(i, { scope: v as (typeof SCOPES)[number] })}
            error={error}
          />
          <TextField
            id={`threshold-count-${i}`}
            name={`thresholdOptions.${i}.count`}
            label={t('editor.count')}
            type="number"
            inputMode="numeric"
            min={2}
            value={o.count}
            onInput={(v) => change(i, { count: v })}
            error={error}
          />
          {!locked && (
            <button type="button" class="button" onClick={() => set((d) => ({ ...d, thresholds: d.thresholds.filter((_, j) => j !== i) }))}>
              {t('editor.removeThreshold', { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {!locked && (
        <button
          type="button"
          class="button"
          onClick={() => set((d) => ({ ...d, thresholds: [...d.thresholds, { scope: 'workplace', count: '' }] }))}
        >
          {t('editor.addThreshold')}
        </button>
      )}
    </CheckboxGroup>
  );
}

/** Title, summary and demands in Spanish, Somali and Hmong; each folded away until wanted. */
export function TranslationFields({ draft, set, error }: { draft: CampaignDraft; set: Set; error: unknown }) {
  const t = useT('pledges');
  const change = (l: (typeof TRANSLATIONS)[number], part: Partial<CampaignDraft['translations']['es']>) =>
    set((d) => ({ ...d, translations: { ...d.translations, [l]: { ...d.translations[l], ...part } } }));
  return (
    <section aria-labelledby="translations-title">
      <h2 id="translations-title">{t('editor.translations')}</h2>
      <p class="hint">{t('editor.translationsHint')}</p>
      {TRANSLATIONS.map((l) => (
        <details key={l} class="translation" open={!!draft.translations[l].title}>
          <summary lang={l}>{LANGUAGE_NAMES[l]}</summary>
          <TextField
            id={`tr-${l}-title`}
            name={`translations.${l}.title`}
            label={`${t('editor.titleLabel')} (${LANGUAGE_NAMES[l]})`}
            lang={l}
            value={draft.translations[l].title}
            onInput={(v) => change(l, { title: v })}
            error={error}
            maxLength={TITLE_MAX}
          />
          <TextAreaField
            id={`tr-${l}-summary`}
            name={`translations.${l}.summary`}
            label={`${t('editor.summary')} (${LANGUAGE_NAMES[l]})`}
            value={draft.translations[l].summary}
            onInput={(v) => change(l, { summary: v })}
            error={error}
            maxLength={SUMMARY_MAX}
          />
          <TextAreaField
            id={`tr-${l}-demands`}
            name={`translations.${l}.demands`}
            label={`${t('editor.demands')} (${LANGUAGE_NAMES[l]})`}
            hint={t('editor.demandsHint')}
            value={draft.translations[l].demands}
            onInput={(v) => change(l, { demands: v })}
            error={error}
          />
        </details>
      ))}
    </section>
  );
}
