import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, Checkbox, FormError, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { LANGUAGE_NAMES, useT } from '../../../core/web/i18n';
import type { FundTranslations, ManagedFund } from '../contract';
import { DESCRIPTION_MAX, FUND_TRANSLATIONS, NAME_MAX } from '../limits';
import { centsFrom, dollarsOf } from './format';

type Lang = (typeof FUND_TRANSLATIONS)[number];

/** Creates a fund, or edits one: its words, its goal, and whether it is public. Its money is the ledger's. */
export function FundForm(props: { fund: ManagedFund | null; onSaved: (fund: ManagedFund) => void; onCancel: () => void }) {
  const t = useT('fund');
  const { fund } = props;
  const [name, setName] = useState(fund?.name ?? '');
  const [description, setDescription] = useState(fund?.description ?? '');
  const [goal, setGoal] = useState(fund ? dollarsOf(fund.goalCents) : '');
  const [isPublic, setPublic] = useState(fund?.public ?? true);
  const [translations, setTranslations] = useState<FundTranslations>(fund?.translations ?? {});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [fund?.id]);
  const save = useAction(async () => {
    const goalCents = centsFrom(goal || '0', 'goalCents', t('fundForm.badGoal'), { allowZero: true });
    const body = { name, description, goalCents, public: isPublic, translations };
    const path = fund ? `/api/fund/funds/${encodeURIComponent(fund.id)}` : '/api/fund/funds';
    props.onSaved(await (fund ? api.put<ManagedFund>(path, body) : api.post<ManagedFund>(path, body)));
  });
  const translate = (lang: Lang, part: 'name' | 'description', value: string) =>
    setTranslations((current) => ({ ...current, [lang]: { ...current[lang], [part]: value } }));
  const title = fund ? t('fundForm.editTitle', { name: fund.name }) : t('fundForm.newTitle');

  return (
    <section class="card" aria-labelledby="fund-form-title">
      <h2 id="fund-form-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <ActionForm noValidate action={save}>
        <TextField
          id="fund-name"
          name="name"
          label={t('fundForm.name')}
          value={name}
          onInput={setName}
          error={save.error}
          maxLength={NAME_MAX}
          required
        />
        <TextAreaField
          id="fund-description"
          name="description"
          label={t('fundForm.description')}
          hint={t('fundForm.descriptionHint')}
          value={description}
          onInput={setDescription}
          error={save.error}
          maxLength={DESCRIPTION_MAX}
          rows={3}
        />
        <TextField
          id="fund-goal"
          name="goalCents"
          inputMode="decimal"
          label={t('fundForm.goal')}
          hint={t('fundForm.goalHint')}
          value={goal}
          onInput={setGoal}
          error={save.error}
        />
        <Checkbox label={t('fundForm.public')} hint={t('fundForm.publicHint')} checked={isPublic} onChange={setPublic} />
        <details class="fund-translations">
          <summary>{t('fundForm.translationsTitle')}</summary>
          {FUND_TRANSLATIONS.map((lang) => (
            <div key={lang}>
              <TextField
                id={`fund-name-${lang}`}
                name={`translations.${lang}.name`}
                label={t('fundForm.translationName', { language: LANGUAGE_NAMES[lang] })}
                value={translations[lang]?.name ?? ''}
                onInput={(v) => translate(lang, 'name', v)}
                error={save.error}
                maxLength={NAME_MAX}
                lang={lang}
              />
              <TextAreaField
                id={`fund-description-${lang}`}
                name={`translations.${lang}.description`}
                label={t('fundForm.translationDescription', { language: LANGUAGE_NAMES[lang] })}
                value={translations[lang]?.description ?? ''}
                onInput={(v) => translate(lang, 'description', v)}
                error={save.error}
                maxLength={DESCRIPTION_MAX}
                rows={2}
              />
            </div>
          ))}
        </details>
        <FormError error={save.error} fields={['name', 'description', 'goalCents', 'translations']} />
        <div class="button-row">
          <button type="submit" class="button button-primary" disabled={save.busy}>
            {t('fundForm.save')}
          </button>
          <button type="button" class="button" onClick={props.onCancel}>
            {t('fundForm.cancel')}
          </button>
        </div>
      </ActionForm>
    </section>
  );
}
