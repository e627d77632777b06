import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, PageTitle, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { useSession } from '../../../core/web/session';
import type { MyRsvp, RsvpResult } from '../contract';
import { CHECK_IN_CODE_LENGTH } from '../limits';
import { eventApi, eventPath, storedToken, storeToken } from './event-helpers';
import { NameField } from './name-field';

/** An attendee checks in on their own phone with the code from the door; without an RSVP, as a walk-in. */
export function SelfCheckIn({ eventId, title }: { eventId: string; title: string }) {
  const t = useT('events');
  const session = useSession();
  const token = storedToken(eventId);
  // A visitor with no RSVP on this phone checks in as a walk-in, under a name they give.
  const needsName = !token && session.status !== 'signed_in';
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [done, setDone] = useState<MyRsvp | null>(null);
  const send = useAction(async () => {
    const body = { code: code.replace(/\s/g, ''), token: token ?? undefined, name: needsName ? name.trim() || undefined : undefined };
    const result = await api.post<RsvpResult>(`${eventApi(eventId)}/check-in/self`, body);
    if (result.manageToken) storeToken(eventId, result.manageToken);
    setDone(result.rsvp);
  });

  return (
    <>
      <PageTitle title={`${t('checkIn.title')}: ${title}`} />
      {done ? (
        <p class="notice notice-ok" role="status">
          {t('checkIn.welcome')}
        </p>
      ) : (
        <ActionForm class="card" noValidate action={send}>
          <p>{t('checkIn.selfIntro')}</p>
          <TextField
            id="check-in-code"
            name="code"
            label={t('checkIn.codeLabel')}
            hint={t('checkIn.codeHint')}
            value={code}
            onInput={setCode}
            error={send.error}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={CHECK_IN_CODE_LENGTH + 2}
            required
          />
          {needsName && <NameField id="check-in-name" hint={t('checkIn.nameHint')} value={name} onInput={setName} error={send.error} />}
          <FormError error={send.error} fields={['code', 'name']} />
          <button type="submit" class="button button-primary button-wide" disabled={send.busy}>
            {t('checkIn.submit')}
          </button>
        </ActionForm>
      )}
      <p>
        <a href={eventPath(eventId)}>{t('checkIn.back')}</a>
      </p>
    </>
  );
}
