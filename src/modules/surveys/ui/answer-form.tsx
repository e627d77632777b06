import { useEffect, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { ActionForm, FormError, Status, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { MyAnswer, Survey } from '../contract';
import { ballotFor, storedBallot } from './ballot';

/** Answering (or changing this device's answer to) an open survey. */
export function AnswerForm({ survey, onAnswered }: { survey: Survey; onAnswered: () => void }) {
  const t = useT('surveys');
  const [option, setOption] = useState<number | null>(null);
  const [group, setGroup] = useState('');
  const [mine, setMine] = useState<MyAnswer | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  // What this device answered before, read back with its ballot, so the form starts from it.
  useEffect(() => {
    const ballot = storedBallot(survey.id);
    if (!ballot || !survey.answered) return;
    api.post<MyAnswer>(`/api/surveys/${encodeURIComponent(survey.id)}/my-answer`, { ballot }).then(
      (answer) => {
        setMine(answer);
        setOption(answer.option);
        setGroup(answer.group);
      },
      () => {},
    );
  }, [survey.id, survey.answered]);

  const send = useAction(async () => {
    setMessage(null);
    if (option === null) throw new ApiError(0, 'unknown_answer', t('answer.optionRequired'), 'option');
    const body = { group, option, ballot: ballotFor(survey.id) };
    const result = await api.post<{ changed: boolean }>(`/api/surveys/${encodeURIComponent(survey.id)}/answer`, body);
    setMine({ group: group.trim(), option });
    setMessage(result.changed ? t('answer.changed') : t('answer.counted'));
    onAnswered();
  });

  const optionError = send.error instanceof ApiError && send.error.field === 'option';
  return (
    <section class="card survey-answer" aria-labelledby="answer-title">
      <h2 id="answer-title">{t('answer.title')}</h2>
      {mine && <p class="notice notice-ok">{t('answer.current', { answer: survey.options[mine.option], group: mine.group })}</p>}
      <ActionForm noValidate action={send}>
        <fieldset
          class="field checks"
          aria-invalid={optionError ? 'true' : undefined}
          aria-describedby={optionError ? 'option-error' : undefined}
        >
          <legend>{survey.question}</legend>
          {survey.options.map((label, i) => (
            <div class="check" key={label}>
              <input id={`option-${i}`} type="radio" name="option" checked={option === i} onChange={() => setOption(i)} />
              <label for={`option-${i}`}>{label}</label>
            </div>
          ))}
          {optionError && (
            <p class="field-error" id="option-error" role="alert">
              {t('answer.optionRequired')}
            </p>
          )}
        </fieldset>
        <TextField
          id="survey-group"
          name="group"
          label={t(`answer.group.${survey.groupKind}`)}
          hint={t('answer.groupHint')}
          value={group}
          onInput={setGroup}
          error={send.error}
          list="survey-group-choices"
          autoComplete="off"
          maxLength={80}
          required
        />
        <datalist id="survey-group-choices">
          {survey.groupChoices.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        <p class="hint">{t('answer.privacy')}</p>
        <FormError error={send.error} fields={['group', 'option']} />
        <button type="submit" class="button button-primary" disabled={send.busy}>
          {mine ? t('answer.change') : t('answer.submit')}
        </button>
        <Status message={message} />
      </ActionForm>
    </section>
  );
}
