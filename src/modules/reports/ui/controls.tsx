import { useState } from 'preact/hooks';
import { errorText, isFieldError } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';

/** The server's (or this device's) error for a field that has no frame of its own, announced. */
export function FieldErrorText({ error, name }: { error: unknown; name: string }) {
  const t = useT();
  if (!isFieldError(error, name)) return null;
  return (
    <p class="field-error" role="alert">
      {errorText(t, error)}
    </p>
  );
}

/** A count with − and + buttons big enough for a thumb, and the number still typeable. */
export function NumberStepper(props: {
  id: string;
  name: string;
  label: string;
  value: number;
  min: number;
  max: number;
  fewer: string;
  more: string;
  error: unknown;
  onChange: (value: number) => void;
}) {
  const set = (n: number) => props.onChange(Math.min(props.max, Math.max(props.min, n)));
  const invalid = isFieldError(props.error, props.name);
  return (
    <div class="field stepper">
      <label for={props.id}>{props.label}</label>
      <div class="stepper-row">
        <button
          type="button"
          class="button"
          aria-label={props.fewer}
          disabled={props.value <= props.min}
          onClick={() => set(props.value - 1)}
        >
          −
        </button>
        <input
          id={props.id}
          name={props.name}
          type="number"
          inputMode="numeric"
          min={props.min}
          max={props.max}
          value={props.value}
          aria-invalid={invalid ? 'true' : undefined}
          onInput={(e) => {
            const n = e.currentTarget.valueAsNumber;
            if (Number.isFinite(n)) set(Math.round(n));
          }}
        />
        <button
          type="button"
          class="button"
          aria-label={props.more}
          disabled={props.value >= props.max}
          onClick={() => set(props.value + 1)}
        >
          +
        </button>
      </div>
      <FieldErrorText error={props.error} name={props.name} />
    </div>
  );
}

/** Moves focus to the control of the field a server error names (radios: the chosen one, else the first). */
export function focusField(form: HTMLFormElement | null, field: string | undefined) {
  if (!form || !field) return;
  const name = field.split('.')[0];
  const target = form.querySelector<HTMLElement>(`[name="${name}"]:checked`) ?? form.querySelector<HTMLElement>(`[name="${name}"]`);
  target?.focus();
}

/** A button for what cannot be undone: the first press asks, the second does it. */
export function ConfirmButton(props: { label: string; question: string; confirm: string; busy: boolean; onConfirm: () => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" class="button" onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  return (
    <div class="confirm">
      <p>{props.question}</p>
      <div class="button-row">
        <button type="button" class="button button-danger" disabled={props.busy} onClick={props.onConfirm}>
          {props.confirm}
        </button>
        <button type="button" class="button" onClick={() => setAsking(false)}>
          {t('actions.cancel')}
        </button>
      </div>
    </div>
  );
}
