import type { TFunction } from 'i18next';
import type { ComponentChildren, JSX, Ref } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ApiError } from './api';
import { useT } from './i18n';

/** What to tell a person about a failure: the translation of its code, else the server's own words. */
export function errorText(t: TFunction, err: unknown): string {
  if (!(err instanceof ApiError)) return t('errors.unknown', { ns: 'common' });
  return t(`errors.${err.code}`, { ns: 'common', defaultValue: err.message || t('errors.unknown', { ns: 'common' }) });
}

/** The field a server error names, if it is `name` or inside it (`roles.2` belongs to `roles`). */
export function isFieldError(err: unknown, name: string): err is ApiError {
  return err instanceof ApiError && !!err.field && (err.field === name || err.field.startsWith(`${name}.`));
}

/** Runs one async action at a time and keeps its error for the form to show. */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (...args: A) => {
    setBusy(true);
    setError(null);
    try {
      await action(...args);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

// `ref` on a function component would not reach the form, so it is `formRef` here.
type FormAttributes = Omit<JSX.IntrinsicElements['form'], 'action' | 'onSubmit' | 'ref'> & { formRef?: Ref<HTMLFormElement> };

/** A form whose submit runs `action` (a `useAction`) in place of the browser's navigation. */
export function ActionForm({ action, children, formRef, ...attributes }: FormAttributes & { action: { run: () => Promise<void> } }) {
  return (
    <form
      {...attributes}
      ref={formRef}
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      {children}
    </form>
  );
}

/** A form's error that no field of it claims, announced when it appears. */
export function FormError({ error, fields = [] }: { error: unknown; fields?: string[] }) {
  const t = useT();
  if (!error || fields.some((f) => isFieldError(error, f))) return null;
  return (
    <p class="notice notice-error" role="alert">
      {errorText(t, error)}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** The form's last error; shown here when it names this field. */
  error?: unknown;
  name: string;
}

function describedBy(...ids: (string | false | undefined)[]) {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

type FieldAria = { invalid?: 'true'; describedBy?: string };

/** Label, optional hint and — when the server names this field — the error, announced, under the control. */
function FieldFrame(props: FieldProps & { children: (aria: FieldAria) => JSX.Element }) {
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

export function TextField(
  props: FieldProps & { value: string; onInput: (value: string) => void } & Omit<
      JSX.InputHTMLAttributes<HTMLInputElement>,
      'onInput' | 'value' | 'name' | 'id'
    >,
) {
  const { id, label, hint, error, name, value, onInput, ...input } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} name={name}>
      {(aria) => (
        <input
          {...input}
          id={id}
          name={name}
          value={value}
          onInput={(e) => onInput(e.currentTarget.value)}
          aria-invalid={aria.invalid}
          aria-describedby={aria.describedBy}
        />
      )}
    </FieldFrame>
  );
}

type ValueProps = FieldProps & { value: string; onInput: (value: string) => void };

export function SelectField(props: ValueProps & { options: { value: string; label: string }[]; placeholder?: string; required?: boolean }) {
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

export function TextAreaField(props: ValueProps & { maxLength?: number; rows?: number }) {
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

/** A labelled checkbox with a large touch target; its hint describes it without lengthening its name. */
export function Checkbox(props: {
  label: ComponentChildren;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  lang?: string;
}) {
  const id = useId();
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={id} lang={props.lang}>
        {props.label}
      </label>
      {props.hint && (
        <span class="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
    </div>
  );
}

/** A fieldset of checkboxes whose error (if the server names it) is shown under its legend. */
export function CheckboxGroup(props: { legend: string; name: string; error?: unknown; hint?: string; children: ComponentChildren }) {
  const t = useT();
  const mine = isFieldError(props.error, props.name);
  return (
    <fieldset class="field checks" aria-invalid={mine ? 'true' : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      {mine && (
        <p class="field-error" role="alert">
          {errorText(t, props.error)}
        </p>
      )}
      {props.children}
    </fieldset>
  );
}

/** A link or code someone must pass on, with a button that copies it. */
export function CopyField({ id, label, value, copyLabel }: { id: string; label: string; value: string; copyLabel?: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setState('idle'), [value]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      input.current?.select();
      setState('failed');
    }
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="copy-row">
        <input id={id} ref={input} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" class="button" onClick={copy}>
          {copyLabel ?? t('actions.copyLink')}
        </button>
      </div>
      <p class="hint" role="status">
        {state === 'copied' ? t('actions.copied') : state === 'failed' ? t('actions.copyFailed') : ''}
      </p>
    </div>
  );
}

/** The page's heading; route changes move focus here so screen readers announce the new page. */
export function PageTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = `${title} · Whistle`;
  }, [title]);
  return (
    <h1 id="page-title" tabIndex={-1}>
      {title}
    </h1>
  );
}

export function Loading() {
  const t = useT();
  return (
    <p class="loading" role="status">
      {t('loading')}
    </p>
  );
}

/** A short confirmation (saved, copied…) read out politely; always in the page so that changes are announced. */
export function Status({ message }: { message: string | null }) {
  return (
    <p class={message ? 'notice notice-ok' : 'sr-only'} role="status">
      {message ?? ''}
    </p>
  );
}

/** One choice of a radio group, with the same large touch target as a checkbox. */
export function Radio(props: {
  id: string;
  name: string;
  value: string;
  checked: boolean;
  onChoose: (value: string) => void;
  hint?: string;
  children: ComponentChildren;
}) {
  return (
    <div class="check">
      <input
        id={props.id}
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={() => props.onChoose(props.value)}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
      />
      <label for={props.id}>{props.children}</label>
      {props.hint && (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
    </div>
  );
}
