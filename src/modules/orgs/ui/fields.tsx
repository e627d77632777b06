import type { JSX } from 'preact';
import { errorText, isFieldError } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';

/**
 * A select and a textarea that behave like the shared TextField: a label, an optional hint, and the
 * form's error shown under the field (and announced) when the server names it.
 */
interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: unknown;
  name: string;
  value: string;
  onInput: (value: string) => void;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function FieldFrame(props: FieldProps & { children: (aria: { invalid?: 'true'; describedBy?: string }) => JSX.Element }) {
  const t = useT();
  const { id, label, hint, error, name } = props;
  const mine = isFieldError(error, name);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {props.children({ invalid: mine ? 'true' : undefined, describedBy: describedBy(hint && `${id}-hint`, mine && `${id}-error`) })}
      {mine && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {errorText(t, error)}
        </p>
      )}
    </div>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[]; placeholder?: string; required?: boolean }) {
  return (
    <FieldFrame {...props}>
      {(aria) => (
        <select
          id={props.id}
          name={props.name}
          value={props.value}
          required={props.required}
          onChange={(e) => props.onInput(e.currentTarget.value)}
          aria-invalid={aria.invalid}
          aria-describedby={aria.describedBy}
        >
          {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldProps & { maxLength?: number; rows?: number }) {
  return (
    <FieldFrame {...props}>
      {(aria) => (
        <textarea
          id={props.id}
          name={props.name}
          value={props.value}
          rows={props.rows ?? 4}
          maxLength={props.maxLength}
          onInput={(e) => props.onInput(e.currentTarget.value)}
          aria-invalid={aria.invalid}
          aria-describedby={aria.describedBy}
        />
      )}
    </FieldFrame>
  );
}
