import { useEffect, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { ActionForm, FormError, Loading, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { useSession } from '../../../core/web/session';
import type { MyRsvp, PublicEvent, RsvpResult } from '../contract';
import { CONTACT_MAX } from '../limits';
import { eventApi, storedToken, storeToken } from './event-helpers';
import { NameField } from './name-field';

/** This phone's RSVP to the event: the visitor's stored token, or the signed-in member's. */
function useMyRsvp(eventId: string) {
  const session = useSession();
  const [mine, setMine] = useState<MyRsvp | null | undefined>(undefined);
  const signedIn = session.status === 'signed_in';
  useEffect(() => {
    const token = storedToken(eventId);
    if (!token && !signedIn) return setMine(null);
    api.post<MyRsvp>(`${eventApi(eventId)}/rsvps/mine`, token ? { token } : {}).then(setMine, (err: unknown) => {
      // Not found: no RSVP yet. Anything else: offer the form; the server still says if one exists.
      if (!(err instanceof ApiError) || err.status !== 0) setMine(null);
    });
  }, [eventId, signedIn]);
  return [mine, setMine] as const;
}

/** The proof that an RSVP is this phone's, for the API. */
const proofOf = (eventId: string) => {
  const token = storedToken(eventId);
  return token ? { token } : {};
};

function RsvpStatus({ rsvp, onCancel }: { rsvp: MyRsvp; onCancel: () => Promise<void> }) {
  const t = useT('events');
  const cancel = useAction(onCancel);
  return (
    <>
      <p class="notice notice-ok" role="status">
        {rsvp.checkedIn && rsvp.status !== 'walk_in'
          ? t('rsvp.checkedIn')
          : t(`rsvp.status.${rsvp.status}`, { position: rsvp.waitlistPosition })}
      </p>
      <p>{t('rsvp.as', { name: rsvp.name })}</p>
      {storedToken(rsvp.eventId) && <p class="hint">{t('rsvp.deviceHint')}</p>}
      <FormError error={cancel.error} />
      <button type="button" class="button" disabled={cancel.busy} onClick={() => cancel.run()}>
        {t('rsvp.cancel')}
      </button>
    </>
  );
}

function RsvpForm({ event, onDone }: { event: PublicEvent; onDone: (rsvp: MyRsvp) => void }) {
  const t = useT('events');
  const session = useSession();
  const me = session.status === 'signed_in' ? session.me : null;
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const send = useAction(async () => {
    const body = me ? {} : { name: name.trim() || undefined, contact: contact.trim() || undefined };
    const result = await api.post<RsvpResult>(`${eventApi(event.id)}/rsvps`, body);
    if (result.manageToken) storeToken(event.id, result.manageToken);
    onDone(result.rsvp);
  });
  return (
    <ActionForm noValidate action={send}>
      {event.counts.placesLeft === 0 && <p class="notice">{t('rsvp.full')}</p>}
      {!me && (
        <>
          <NameField id="rsvp-name" hint={t('rsvp.nameHint')} value={name} onInput={setName} error={send.error} />
          <TextField
            id="rsvp-contact"
            name="contact"
            label={t('rsvp.contactLabel')}
            hint={t('rsvp.contactHint')}
            value={contact}
            onInput={setContact}
            error={send.error}
            maxLength={CONTACT_MAX}
            autoComplete="off"
          />
        </>
      )}
      {me && event.reminderHours > 0 && <p class="hint">{t('rsvp.memberHint', { hours: event.reminderHours })}</p>}
      <FormError error={send.error} fields={['name', 'contact']} />
      <button type="submit" class="button button-primary button-wide" disabled={send.busy}>
        {me ? t('rsvp.submitMember', { name: me.displayName }) : t('rsvp.submit')}
      </button>
    </ActionForm>
  );
}

/** RSVP, see where one stands (going, waitlist number) and cancel — on this phone. */
export function RsvpPanel({ event, onChanged }: { event: PublicEvent; onChanged: () => void }) {
  const t = useT('events');
  const [mine, setMine] = useMyRsvp(event.id);
  const open = event.state === 'scheduled' && event.endsAt > Date.now();
  const changed = (rsvp: MyRsvp) => {
    setMine(rsvp);
    onChanged();
  };
  const cancel = async () => changed(await api.post<MyRsvp>(`${eventApi(event.id)}/rsvps/mine/cancel`, proofOf(event.id)));
  const active = mine && mine.status !== 'cancelled';

  return (
    <section class="card" aria-labelledby="rsvp-title">
      <h2 id="rsvp-title">{t('rsvp.title')}</h2>
      {active ? (
        <RsvpStatus rsvp={mine} onCancel={cancel} />
      ) : !open ? (
        <p>{t('rsvp.closed')}</p>
      ) : mine !== undefined ? (
        <>
          {mine?.status === 'cancelled' ? <p class="notice">{t('rsvp.status.cancelled')}</p> : <p>{t('rsvp.intro')}</p>}
          <RsvpForm event={event} onDone={changed} />
        </>
      ) : (
        <Loading />
      )}
    </section>
  );
}
