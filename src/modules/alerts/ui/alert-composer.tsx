import './alerts.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, Checkbox, CheckboxGroup, FormError, SelectField, TextAreaField, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { Alert, AlertPreview, Template } from '../contract';
import { messageIn } from './alert-text';
import { DEFAULT_EXPIRY, EXPIRY_CHOICES, expiryLabel } from './expiry-choices';

const TEMPLATES = ['sighting', 'stopping', 'checkpoint', 'home', 'workplace', 'school', 'detention'] as const satisfies readonly Template[];
const RADII = ['0.5', '1', '2', '3', '5', '10'];
const NOTE_MAX = 500;
/** Wait for typing to pause before asking the server for a preview. */
const PREVIEW_DELAY_MS = 300;

type Zone = { id: string; name: string; neighbours: string[] };

/**
 * For verifiers, on a confirmed report: compose the alert, see it in your language with how many
 * members it reaches, and send it — or, over 50 members, send it to wait for a second verifier.
 */
export function AlertComposer({ reportId, zoneId }: { reportId: string; zoneId: string }) {
  const t = useT('alerts');
  const lang = useLanguage();
  const [zones, setZones] = useState<Zone[]>([]);
  const [template, setTemplate] = useState('');
  const [mode, setMode] = useState<'neighbours' | 'radius'>('neighbours');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [radiusKm, setRadiusKm] = useState('1');
  const [minutes, setMinutes] = useState(String(DEFAULT_EXPIRY));
  const [note, setNote] = useState('');
  const [preview, setPreview] = useState<AlertPreview | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [sent, setSent] = useState<Alert | null>(null);
  useEffect(() => {
    api.get<{ zones: Zone[] }>('/api/zones').then((r) => setZones(r.zones), setPreviewError);
  }, []);

  const body = {
    reportId,
    ...(template ? { template } : {}),
    note,
    targets: mode === 'radius' ? { radiusKm: Number(radiusKm) } : { neighbourZoneIds: [...chosen] },
    expiresInMinutes: Number(minutes),
  };
  const key = JSON.stringify(body);
  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(() => {
      api.post<AlertPreview>('/api/alerts/preview', JSON.parse(key), { signal: abort.signal }).then(
        (p) => {
          setPreview(p);
          setPreviewError(null);
        },
        (err) => {
          if ((err as Error).name !== 'AbortError') setPreviewError(err);
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [key]);
  const send = useAction(async () => setSent(await api.post<Alert>('/api/alerts', body)));

  const home = zones.find((z) => z.id === zoneId);
  const neighbours = zones.filter((z) => home?.neighbours.includes(z.id));
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const message = preview && messageIn(preview.messages, lang);

  if (sent)
    return (
      <section class="card alert-composer" aria-labelledby="composer-title">
        <h2 id="composer-title">{t('composer.title')}</h2>
        <p class="notice notice-ok" role="status">
          {sent.state === 'sent' ? t('composer.sent', { count: sent.audience }) : t('composer.waiting')}
        </p>
        <a class="button" href={`/alerts/${encodeURIComponent(sent.id)}`}>
          {t('composer.view')}
        </a>
      </section>
    );

  return (
    <section class="card alert-composer" aria-labelledby="composer-title">
      <h2 id="composer-title">{t('composer.title')}</h2>
      <p class="hint">{t('composer.intro')}</p>
      <ActionForm noValidate action={send}>
        <SelectField
          id="composer-template"
          name="template"
          label={t('composer.template')}
          options={[
            { value: '', label: t('composer.templateAuto') },
            ...TEMPLATES.map((v) => ({ value: v, label: t(`composer.templates.${v}`) })),
          ]}
          value={template}
          onInput={setTemplate}
          error={send.error}
        />
        <fieldset class="field checks">
          <legend>{t('composer.targets')}</legend>
          {(['neighbours', 'radius'] as const).map((m) => (
            <div class="check" key={m}>
              <input id={`composer-mode-${m}`} type="radio" name="composer-mode" checked={mode === m} onChange={() => setMode(m)} />
              <label for={`composer-mode-${m}`}>{t(m === 'radius' ? 'composer.modeRadius' : 'composer.modeNeighbours')}</label>
            </div>
          ))}
        </fieldset>
        {mode === 'neighbours' ? (
          <CheckboxGroup legend={t('composer.neighbours')} name="targets" error={send.error}>
            {neighbours.map((z) => (
              <Checkbox key={z.id} label={z.name} checked={chosen.has(z.id)} onChange={(on) => toggle(z.id, on)} />
            ))}
          </CheckboxGroup>
        ) : (
          <SelectField
            id="composer-radius"
            name="targets.radiusKm"
            label={t('composer.radius')}
            options={RADII.map((km) => ({ value: km, label: t('composer.km', { km }) }))}
            value={radiusKm}
            onInput={setRadiusKm}
            error={send.error}
          />
        )}
        <SelectField
          id="composer-expiry"
          name="expiresInMinutes"
          label={t('composer.expiry')}
          options={EXPIRY_CHOICES.map((m) => ({ value: String(m), label: expiryLabel(t, m) }))}
          value={minutes}
          onInput={setMinutes}
          error={send.error}
        />
        <TextAreaField
          id="composer-note"
          name="note"
          label={t('composer.note')}
          hint={t('composer.noteHint')}
          value={note}
          onInput={setNote}
          maxLength={NOTE_MAX}
          rows={2}
          error={send.error}
        />
        <section class="alert-preview" aria-labelledby="composer-preview-title" aria-live="polite">
          <h3 id="composer-preview-title">
            {t('composer.preview')} <span class="hint">({t('composer.previewLanguage')})</span>
          </h3>
          <FormError error={previewError} />
          {message && preview && (
            <>
              <p>
                <strong>{message.headline}</strong>
              </p>
              <p>{message.body}</p>
              {note.trim() && <p class="alert-note">{note.trim()}</p>}
              <p>{message.instruction}</p>
              <p class="hint">{preview.zones.map((z) => z.name).join(', ')}</p>
              <p>
                <strong>{t('composer.audience', { count: preview.audience })}</strong>
              </p>
              {preview.needsSecondVerifier && <p class="notice notice-demo">{t('composer.needsSecond')}</p>}
            </>
          )}
        </section>
        <FormError error={send.error} fields={['template', 'targets', 'expiresInMinutes', 'note']} />
        <button type="submit" class="button button-primary button-wide" disabled={send.busy || !preview}>
          {preview?.needsSecondVerifier ? t('composer.sendForApproval') : t('composer.send')}
        </button>
      </ActionForm>
    </section>
  );
}
