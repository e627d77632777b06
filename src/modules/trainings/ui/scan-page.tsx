import './trainings.css';
import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, PageTitle, SelectField, TextField, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { AttendResult, Session } from '../contract';
import { ATTEND_PATH, ATTENDANCE_CODE_DIGITS } from '../limits';
import { AttendResultView } from './attend-result';
import { CameraScanner } from './camera-scanner';
import { attendanceOpen, courseTitle, formatWhen } from './format';

/** The token of a Whistle attendance URL from this site, or null for anything else. */
function tokenOf(text: string): string | null {
  try {
    const url = new URL(text);
    return url.origin === location.origin && url.pathname === ATTEND_PATH && url.hash.length > 1
      ? decodeURIComponent(url.hash.slice(1))
      : null;
  } catch {
    return null;
  }
}

function TypedCode({ onDone }: { onDone: (r: AttendResult) => void }) {
  const t = useT('trainings');
  const lang = useLanguage();
  const { data } = useGet<{ sessions: Session[] }>('/api/trainings/sessions');
  const open = data?.sessions.filter((s) => attendanceOpen(s)) ?? [];
  const [sessionId, setSessionId] = useState('');
  const [code, setCode] = useState('');
  const send = useAction(async () =>
    onDone(await api.post<AttendResult>('/api/trainings/attend', { sessionId: sessionId || open[0]?.id, code: code.replace(/\s/g, '') })),
  );
  if (!open.length) return <p class="hint">{t('scan.noneOpen')}</p>;
  return (
    <ActionForm class="card" noValidate action={send}>
      <h2>{t('scan.typeTitle')}</h2>
      <SelectField
        id="attend-session"
        name="sessionId"
        label={t('scan.session')}
        value={sessionId || open[0].id}
        onInput={setSessionId}
        options={open.map((s) => ({ value: s.id, label: `${courseTitle(s.course, lang)} — ${formatWhen(s, lang)}` }))}
        error={send.error}
      />
      <TextField
        id="attend-code"
        name="code"
        label={t('scan.code')}
        hint={t('scan.codeHint')}
        value={code}
        onInput={setCode}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={ATTENDANCE_CODE_DIGITS + 2}
        required
        error={send.error}
      />
      <FormError error={send.error} fields={['sessionId', 'code']} />
      <button type="submit" class="button button-primary button-wide" disabled={send.busy}>
        {t('scan.send')}
      </button>
    </ActionForm>
  );
}

/** /trainings/scan — for phones whose camera app does not read QR codes: scan here, or type the short code. */
export function ScanPage() {
  const t = useT('trainings');
  const [scanning, setScanning] = useState(false);
  const [notOurs, setNotOurs] = useState(false);
  const [result, setResult] = useState<AttendResult | null>(null);
  const attend = useAction(async (token: string) => setResult(await api.post<AttendResult>('/api/trainings/attend', { token })));
  const onFound = (text: string) => {
    const token = tokenOf(text);
    setNotOurs(!token);
    if (!token) return false;
    setScanning(false);
    void attend.run(token);
    return true;
  };
  return (
    <>
      <PageTitle title={t('scan.title')} />
      {result ? (
        <AttendResultView result={result} />
      ) : (
        <>
          <p>{t('scan.intro')}</p>
          {scanning ? (
            <CameraScanner onFound={onFound} />
          ) : (
            <button type="button" class="button button-primary button-wide" onClick={() => setScanning(true)}>
              {t('scan.start')}
            </button>
          )}
          {notOurs && <p class="notice">{t('scan.notOurs')}</p>}
          <FormError error={attend.error} />
          <TypedCode onDone={setResult} />
        </>
      )}
    </>
  );
}
