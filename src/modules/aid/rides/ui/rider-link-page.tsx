import { useEffect, useState } from 'preact/hooks';
import { ApiError, api } from '../../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../../core/web/forms';
import { LANGUAGE_STORAGE_KEY, setLanguage, useT } from '../../../../core/web/i18n';
import { usePathParam } from '../../../../core/web/router';
import type { RiderView } from '../contract';
import { RiderWeeks } from './rider-weeks';

/** Whether this device has a language chosen already; storage may be switched off. */
function languageChosen(): boolean {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * /rides/r/<token> — a rider's own page, no account: their rides of this week and the next. The secret
 * goes to the server in a request body, never in an API address; the page speaks the rider's language
 * unless this phone already chose one.
 */
export function RiderLinkPage() {
  const t = useT('rides');
  const token = usePathParam('token');
  const [view, setView] = useState<RiderView | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.post<RiderView>('/api/rides/link', { token }).then(async (v) => {
      if (!languageChosen()) await setLanguage(v.language);
      setView(v);
    }, setError);
  }, [token]);
  return (
    <>
      <PageTitle title={t('link.title')} />
      <p>{t('link.intro')}</p>
      {error instanceof ApiError && error.status === 404 ? (
        <p class="notice notice-error">{t('link.gone')}</p>
      ) : (
        <FormError error={error} />
      )}
      {!view && !error && <Loading />}
      {view && <RiderWeeks weeks={view.weeks} />}
      <p class="hint">{t('link.keepPrivate')}</p>
    </>
  );
}
