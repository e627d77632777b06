import { useState } from 'preact/hooks';
import { TextField } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';

const toMs = (value: string) => (value ? new Date(value).getTime() : undefined);

/** The window in which help is needed, both ends optional, in the phone's time zone. */
export function WhenFields(props: { onChange: (when: { neededFrom?: number; neededBy?: number }) => void; error: unknown }) {
  const t = useT('aid');
  const [from, setFrom] = useState('');
  const [by, setBy] = useState('');
  const change = (nextFrom: string, nextBy: string) => {
    setFrom(nextFrom);
    setBy(nextBy);
    props.onChange({ neededFrom: toMs(nextFrom), neededBy: toMs(nextBy) });
  };
  return (
    <fieldset class="field aid-when">
      <legend>{t('form.when')}</legend>
      <p class="hint">{t('form.whenHint')}</p>
      <TextField
        id="aid-from"
        name="neededFrom"
        type="datetime-local"
        label={t('form.from')}
        value={from}
        onInput={(v) => change(v, by)}
        error={props.error}
      />
      <TextField
        id="aid-by"
        name="neededBy"
        type="datetime-local"
        label={t('form.by')}
        value={by}
        onInput={(v) => change(from, v)}
        error={props.error}
      />
    </fieldset>
  );
}
