import './trainings.css';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { formatNumber, useLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { useGet } from '../../../core/web/use-get';
import type { AttendanceCode, Session } from '../contract';
import { ATTEND_PATH, ATTENDANCE_REFRESH_MS } from '../limits';
import { courseTitle, formatWhen, sessionApi, sessionPath } from './format';
import { QrCode } from './qr-code';

/** A fresh code now and every `refreshMs`; a failed refresh keeps trying. */
function useAttendanceCode(sessionId: string) {
  const [code, setCode] = useState<AttendanceCode | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const next = await api.get<AttendanceCode>(`${sessionApi(sessionId)}/attendance-code`);
        if (!live) return;
        setCode(next);
        setError(null);
        timer = setTimeout(load, next.refreshMs);
      } catch (err) {
        if (!live) return;
        setCode(null);
        setError(err);
        timer = setTimeout(load, ATTENDANCE_REFRESH_MS);
      }
    };
    void load();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [sessionId]);
  return { code, error };
}

/**
 * /trainings/sessions/:id/attendance — the trainer's screen: a QR code that attendees scan with
 * their phone's camera, redrawn every 30 seconds, and the same code short for typing.
 */
export function AttendancePage() {
  const t = useT('trainings');
  const lang = useLanguage();
  const id = usePathParam('id');
  const { data: session } = useGet<Session>(sessionApi(id));
  const { code, error } = useAttendanceCode(id);
  const title = session ? courseTitle(session.course, lang) : '';
  const closed = error instanceof ApiError && error.code === 'attendance_closed';
  return (
    <>
      <PageTitle title={t('attendance.title', { title })} />
      {session && <p class="session-when">{formatWhen(session, lang)}</p>}
      {closed ? <p class="notice">{t('attendance.closed')}</p> : <FormError error={error} />}
      {!code && !error && <Loading />}
      {code && (
        <div class="attendance-code">
          <p>{t('attendance.scanHint')}</p>
          <QrCode value={`${location.origin}${ATTEND_PATH}#${code.token}`} label={t('attendance.qrLabel', { title })} />
          <p class="hint">{t('attendance.refreshes')}</p>
          <div class="card door-code">
            <span>{t('attendance.typed')}</span>
            <strong aria-hidden="true">{code.code}</strong>
            <span class="sr-only">{t('attendance.typedLabel', { code: code.code.split('').join(' ') })}</span>
          </div>
          <p class="hint">{t('attendance.typedHint')}</p>
          <p aria-live="polite">{t('attendance.count', { count: formatNumber(code.attended, lang) })}</p>
        </div>
      )}
      <p class="no-print">
        <a href={sessionPath(id)}>{t('attendance.back')}</a>
      </p>
    </>
  );
}
