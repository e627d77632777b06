import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, SelectField, Status, TextAreaField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Alert, UpdateKind } from '../contract';
import { EXPIRY_CHOICES, expiryLabel } from './expiry-choices';

const KINDS = ['still_active', 'moved', 'left_area'] as const satisfies readonly UpdateKind[];
const NOTE_MAX = 500;

type Zone = { id: string; name: string };

/** For verifiers on an active alert: updates, all-clear, extending it, or cancelling one sent by mistake. */
export function VerifierActions({ alert, onChange }: { alert: Alert; onChange: (alert: Alert) => void }) {
  const t = useT('alerts');
  const [kind, setKind] = useState<string>('still_active');
  const [zoneId, setZoneId] = useState('');
  const [note, setNote] = useState('');
  const [zones, setZones] = useState<Zone[]>([]);
  const [minutes, setMinutes] = useState('240');
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    api.get<{ zones: Zone[] }>('/api/zones').then(
      (r) => setZones(r.zones),
      () => {},
    );
  }, []);

  const path = (action: string) => `/api/alerts/${encodeURIComponent(alert.id)}/${action}`;
  const act = (action: string, body: unknown, doneKey: string) => async () => {
    setDone(null);
    onChange(await api.post<Alert>(path(action), body));
    setNote('');
    setDone(doneKey);
  };
  const update = useAction(act('updates', { kind, note, ...(kind === 'moved' ? { zoneId } : {}) }, 'actions.posted'));
  const allClear = useAction(act('all-clear', { note }, 'actions.allCleared'));
  const cancel = useAction(act('cancel', { note }, 'actions.cancelled'));
  const extend = useAction(act('extend', { expiresInMinutes: Number(minutes) }, 'actions.extended'));
  const busy = update.busy || allClear.busy || cancel.busy || extend.busy;

  return (
    <section class="card verifier-actions" aria-labelledby="verifier-actions-title">
      <h2 id="verifier-actions-title">{t('actions.title')}</h2>
      <ActionForm noValidate action={update}>
        <SelectField
          id="alert-update-kind"
          name="kind"
          label={t('actions.kind')}
          options={KINDS.map((k) => ({ value: k, label: t(`actions.kinds.${k}`) }))}
          value={kind}
          onInput={setKind}
          error={update.error}
        />
        {kind === 'moved' && (
          <SelectField
            id="alert-update-zone"
            name="zoneId"
            label={t('actions.movedTo')}
            placeholder={t('actions.chooseZone')}
            options={zones.filter((z) => !alert.zones.some((a) => a.id === z.id)).map((z) => ({ value: z.id, label: z.name }))}
            value={zoneId}
            onInput={setZoneId}
            error={update.error}
            required
          />
        )}
        <TextAreaField
          id="alert-update-note"
          name="note"
          label={t('actions.note')}
          hint={t('actions.noteHint')}
          value={note}
          onInput={setNote}
          maxLength={NOTE_MAX}
          rows={2}
          error={update.error}
        />
        <FormError error={update.error} fields={['kind', 'zoneId', 'note']} />
        <div class="button-row">
          <button type="submit" class="button button-primary" disabled={busy}>
            {t('actions.post')}
          </button>
          <button type="button" class="button" disabled={busy} onClick={() => allClear.run()}>
            {t('actions.allClear')}
          </button>
        </div>
        <FormError error={allClear.error} />
      </ActionForm>
      <ActionForm noValidate class="extend-form" action={extend}>
        <SelectField
          id="alert-extend"
          name="expiresInMinutes"
          label={t('actions.extendTo')}
          options={EXPIRY_CHOICES.filter((m) => m >= 60).map((m) => ({ value: String(m), label: expiryLabel(t, m) }))}
          value={minutes}
          onInput={setMinutes}
          error={extend.error}
        />
        <FormError error={extend.error} fields={['expiresInMinutes']} />
        <button type="submit" class="button" disabled={busy}>
          {t('actions.extend')}
        </button>
      </ActionForm>
      <div class="cancel-box">
        <p class="hint">{t('actions.cancelHint')}</p>
        {confirmCancel ? (
          <button type="button" class="button button-danger" disabled={busy} onClick={() => cancel.run()}>
            {t('actions.cancelConfirm')}
          </button>
        ) : (
          <button type="button" class="button" disabled={busy} onClick={() => setConfirmCancel(true)}>
            {t('actions.cancel')}
          </button>
        )}
        <FormError error={cancel.error} />
      </div>
      <Status message={done === null ? null : t(done)} />
    </section>
  );
}
