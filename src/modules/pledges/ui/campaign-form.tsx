import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, Checkbox, CheckboxGroup, FormError, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Campaign } from '../contract';
import { type CampaignDraft, draftOf, inputOf } from './campaign-draft';
import { ThresholdFields, TranslationFields } from './campaign-extras';
import { ASKS, SUMMARY_MAX, TITLE_MAX } from './choices';
import { apiPath } from './localized';

const FIELDS = ['title', 'summary', 'demands', 'asks', 'startsAt', 'endsAt', 'thresholdOptions', 'translations'];

/** An organiser writes a new campaign (saved as a draft) or corrects one; `campaign` is the one being edited. */
export function CampaignForm({ campaign, onSaved }: { campaign: Campaign | null; onSaved: (c: Campaign) => void }) {
  const t = useT('pledges');
  const [draft, setDraft] = useState<CampaignDraft>(() => draftOf(campaign));
  const set = (part: Partial<CampaignDraft>) => setDraft((d) => ({ ...d, ...part }));
  const save = useAction(async () => {
    const input = inputOf(draft);
    onSaved(campaign ? await api.put<Campaign>(apiPath(campaign.id), input) : await api.post<Campaign>('/api/campaigns', input));
  });
  const toggleAsk = (ask: (typeof ASKS)[number], on: boolean) =>
    set({ asks: on ? ASKS.filter((a) => a === ask || draft.asks.includes(a)) : draft.asks.filter((a) => a !== ask) });

  return (
    <ActionForm class="campaign-form" noValidate action={save}>
      <TextField
        id="campaign-title"
        name="title"
        label={t('editor.titleLabel')}
        value={draft.title}
        onInput={(title) => set({ title })}
        error={save.error}
        maxLength={TITLE_MAX}
        required
      />
      <TextAreaField
        id="campaign-summary"
        name="summary"
        label={t('editor.summary')}
        value={draft.summary}
        onInput={(summary) => set({ summary })}
        error={save.error}
        maxLength={SUMMARY_MAX}
      />
      <TextAreaField
        id="campaign-demands"
        name="demands"
        label={t('editor.demands')}
        hint={t('editor.demandsHint')}
        value={draft.demands}
        onInput={(demands) => set({ demands })}
        error={save.error}
      />
      <CheckboxGroup legend={t('editor.asks')} name="asks" error={save.error}>
        {ASKS.map((ask) => (
          <Checkbox key={ask} label={t(`asks.${ask}`)} checked={draft.asks.includes(ask)} onChange={(on) => toggleAsk(ask, on)} />
        ))}
      </CheckboxGroup>
      <div class="date-pair">
        <TextField
          id="campaign-starts"
          name="startsAt"
          label={t('editor.startsAt')}
          type="datetime-local"
          value={draft.startsAt}
          onInput={(startsAt) => set({ startsAt })}
          error={save.error}
          required
        />
        <TextField
          id="campaign-ends"
          name="endsAt"
          label={t('editor.endsAt')}
          type="datetime-local"
          value={draft.endsAt}
          onInput={(endsAt) => set({ endsAt })}
          error={save.error}
          required
        />
      </div>
      <ThresholdFields draft={draft} set={setDraft} error={save.error} locked={!!campaign && campaign.state !== 'draft'} />
      <TranslationFields draft={draft} set={setDraft} error={save.error} />
      <FormError error={save.error} fields={FIELDS} />
      <button type="submit" class="button button-primary button-wide" disabled={save.busy}>
        {campaign ? t('editor.saveChanges') : t('editor.save')}
      </button>
    </ActionForm>
  );
}
