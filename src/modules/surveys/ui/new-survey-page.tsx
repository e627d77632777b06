import './surveys.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, PageTitle, SelectField, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { navigate } from '../../../core/web/router';
import type { Survey } from '../contract';
import { GROUP_KINDS, MAX_OPTIONS, MIN_OPTIONS } from './limits';

const WEEK = 7 * 24 * 60 * 60 * 1000;
/** `YYYY-MM-DDTHH:mm` in local time, as a datetime-local field holds it. */
function localInput(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

type CampaignChoice = { id: string; title: string; state: string };

/** /surveys/new — an organiser writes a question, its answers and how answers are grouped. */
export function NewSurveyPage() {
  const t = useT('surveys');
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState(['', '']);
  const [groupKind, setGroupKind] = useState<string>('workplace');
  const [groups, setGroups] = useState('');
  const [visibility, setVisibility] = useState<'public' | 'members'>('members');
  const [closesAt, setClosesAt] = useState(() => localInput(Date.now() + WEEK));
  const [campaignId, setCampaignId] = useState('');
  const [campaigns, setCampaigns] = useState<CampaignChoice[]>([]);
  useEffect(() => {
    // Optional: without the campaigns list the survey is simply not linked to one.
    api.get<{ campaigns: CampaignChoice[] }>('/api/campaigns').then(
      (r) => setCampaigns(r.campaigns.filter((c) => c.state !== 'closed')),
      () => {},
    );
  }, []);

  const create = useAction(async () => {
    const survey = await api.post<Survey>('/api/surveys', {
      question,
      options,
      groupKind,
      groups: groups
        .split('\n')
        .map((g) => g.trim())
        .filter(Boolean),
      resultsVisibility: visibility,
      closesAt: new Date(closesAt).getTime(),
      ...(campaignId ? { campaignId } : {}),
    });
    navigate(`/surveys/${encodeURIComponent(survey.id)}`);
  });
  const setOption = (i: number, value: string) => setOptions(options.map((o, j) => (j === i ? value : o)));

  return (
    <>
      <PageTitle title={t('create.title')} />
      <p>{t('create.intro')}</p>
      <ActionForm noValidate class="card" action={create}>
        <TextField
          id="survey-question"
          name="question"
          label={t('create.question')}
          hint={t('create.questionHint')}
          value={question}
          onInput={setQuestion}
          error={create.error}
          maxLength={200}
          required
        />
        <fieldset class="field">
          <legend>{t('create.options')}</legend>
          {options.map((value, i) => (
            <div class="survey-option" key={i}>
              <TextField
                id={`survey-option-${i}`}
                name={`options.${i}`}
                label={t('create.option', { n: i + 1 })}
                value={value}
                onInput={(v) => setOption(i, v)}
                error={create.error}
                maxLength={80}
              />
              {options.length > MIN_OPTIONS && (
                <button type="button" class="button" onClick={() => setOptions(options.filter((_, j) => j !== i))}>
                  {t('create.removeOption', { n: i + 1 })}
                </button>
              )}
            </div>
          ))}
          {options.length < MAX_OPTIONS && (
            <button type="button" class="button" onClick={() => setOptions([...options, ''])}>
              {t('create.addOption')}
            </button>
          )}
        </fieldset>
        <SelectField
          id="survey-group-kind"
          name="groupKind"
          label={t('create.groupKind')}
          options={GROUP_KINDS.map((k) => ({ value: k, label: t(`groupKinds.${k}`) }))}
          value={groupKind}
          onInput={setGroupKind}
          error={create.error}
        />
        <TextAreaField
          id="survey-groups"
          name="groups"
          label={t('create.groups')}
          hint={t('create.groupsHint')}
          value={groups}
          onInput={setGroups}
          error={create.error}
          rows={3}
        />
        <fieldset class="field checks">
          <legend>{t('create.visibility')}</legend>
          {(['members', 'public'] as const).map((v) => (
            <div class="check" key={v}>
              <input
                id={`survey-visibility-${v}`}
                type="radio"
                name="visibility"
                checked={visibility === v}
                onChange={() => setVisibility(v)}
              />
              <label for={`survey-visibility-${v}`}>{v === 'public' ? t('create.visibilityPublic') : t('create.visibilityMembers')}</label>
            </div>
          ))}
        </fieldset>
        <TextField
          id="survey-closes-at"
          name="closesAt"
          type="datetime-local"
          label={t('create.closesAt')}
          hint={t('create.closesAtHint')}
          value={closesAt}
          onInput={setClosesAt}
          error={create.error}
        />
        {campaigns.length > 0 && (
          <SelectField
            id="survey-campaign"
            name="campaignId"
            label={t('create.campaign')}
            placeholder={t('create.noCampaign')}
            options={campaigns.map((c) => ({ value: c.id, label: c.title }))}
            value={campaignId}
            onInput={setCampaignId}
            error={create.error}
          />
        )}
        <FormError error={create.error} fields={['question', 'options', 'groupKind', 'groups', 'closesAt', 'campaignId']} />
        <button type="submit" class="button button-primary" disabled={create.busy}>
          {t('create.submit')}
        </button>
      </ActionForm>
    </>
  );
}
