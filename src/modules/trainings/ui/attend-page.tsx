import './trainings.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { useSession } from '../../../core/web/session';
import type { AttendResult } from '../contract';
import { AttendResultView } from './attend-result';

/** The token from the URL's fragment, taken once and wiped from the address bar and history. */
function takeTokenFromUrl(): string {
  const token = decodeURIComponent(location.hash.slice(1));
  if (location.hash) history.replaceState(null, '', location.pathname);
  return token;
}

/**
 * /trainings/attend#<token> — what a phone's camera opens from the trainer's QR code. The token
 * sits in the fragment, which browsers never send to a server: it reaches Whistle only in this
 * page's POST, never in a log line.
 */
export function AttendPage() {
  const t = useT('trainings');
  const session = useSession();
  const [token] = useState(takeTokenFromUrl);
  const [result, setResult] = useState<AttendResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const signedIn = session.status === 'signed_in';
  useEffect(() => {
    if (signedIn && token) api.post<AttendResult>('/api/trainings/attend', { token }).then(setResult, setError);
  }, [signedIn, token]);
  return (
    <>
      <PageTitle title={t('attend.title')} />
      {!token && <p>{t('attend.noCode')}</p>}
      {token && session.status === 'signed_out' && (
        <p class="notice">
          {t('attend.signInFirst')} <a href="/sign-in">{t('attend.signIn')}</a>
        </p>
      )}
      {token && signedIn && !result && !error && <Loading />}
      {result && <AttendResultView result={result} />}
      <FormError error={error} />
      {(error || !token) && (
        <p>
          <a class="button" href="/trainings/scan">
            {t('scan.title')}
          </a>
        </p>
      )}
    </>
  );
}
