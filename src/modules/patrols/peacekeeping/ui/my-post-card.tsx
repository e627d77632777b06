import { useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { FormError, Status, TextField } from '../../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../../core/web/i18n';
import type { MyPost } from '../contract';
import { PHONE_MAX } from '../limits';
import { useMarshalAction, useWhen } from './marshal-api';

const mineApi = (id: string) => `/api/marshals/mine/${encodeURIComponent(id)}`;

/** Checked in or out, and the button for what comes next while check-in is open. */
function CheckInPanel({ post, onChange }: { post: MyPost; onChange: (post: MyPost) => void }) {
  const t = useT('peacekeeping');
  const lang = useLanguage();
  const here = post.checkedInAt !== null && post.checkedOutAt === null;
  const act = useMarshalAction(async () => onChange(await api.post<MyPost>(`${mineApi(post.assignmentId)}/check-${here ? 'out' : 'in'}`)));
  const state =
    post.checkedOutAt !== null
      ? t('mine.checkedOut', { time: formatDateTime(post.checkedOutAt, lang) })
      : post.checkedInAt !== null
        ? t('mine.checkedIn', { time: formatDateTime(post.checkedInAt, lang) })
        : t('mine.notYet');
  const { opensAt, closesAt, open } = post.checkIn;
  const headingId = `check-in-${post.assignmentId}`;
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t('mine.checkInTitle')}</h4>
      <p role="status" class={here ? 'notice notice-ok' : undefined}>
        {state}
      </p>
      {open ? (
        <button type="button" class={`button button-wide ${here ? '' : 'button-primary'}`} disabled={act.busy} onClick={() => act.run()}>
          {here ? t('mine.checkOut') : t('mine.checkIn')}
        </button>
      ) : (
        !post.event.cancelled && (
          <p class="hint">
            {Date.now() < opensAt
              ? t('mine.opensAt', { time: formatDateTime(opensAt, lang) })
              : t('mine.closedAt', { time: formatDateTime(closesAt, lang) })}
          </p>
        )
      )}
      <FormError error={act.error} />
    </section>
  );
}

/** The marshal's own opt-in number for the organisers' contact sheet. */
function PhoneForm({ post, onChange }: { post: MyPost; onChange: (post: MyPost) => void }) {
  const t = useT('peacekeeping');
  const [phone, setPhone] = useState(post.phone ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const save = useMarshalAction(async (value: string | null) => {
    setMessage(null);
    const saved = await api.put<MyPost>(`${mineApi(post.assignmentId)}/phone`, { phone: value });
    onChange(saved);
    setPhone(saved.phone ?? '');
    setMessage(saved.phone ? t('mine.phoneSaved') : t('mine.phoneRemoved'));
  });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save.run(phone);
      }}
    >
      <TextField
        id={`phone-${post.assignmentId}`}
        name="phone"
        label={t('mine.phone')}
        hint={t('mine.phoneHint')}
        type="tel"
        autocomplete="tel"
        maxLength={PHONE_MAX}
        value={phone}
        onInput={setPhone}
        error={save.error}
      />
      <div class="button-row">
        <button type="submit" class="button" disabled={save.busy}>
          {t('mine.savePhone')}
        </button>
        {post.phone && (
          <button type="button" class="button" disabled={save.busy} onClick={() => save.run(null)}>
            {t('mine.removePhone')}
          </button>
        )}
      </div>
      <FormError error={save.error} fields={['phone']} />
      <Status message={message} />
    </form>
  );
}

/** One of my posts: the event, where I stand, what to do, the channel, the lead; check-in; my number. */
export function MyPostCard({ post, onChange }: { post: MyPost; onChange: (post: MyPost) => void }) {
  const t = useT('peacekeeping');
  const when = useWhen();
  const headingId = `my-post-${post.assignmentId}`;
  const p = post.post;
  return (
    <article class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{post.event.title}</h2>
      <p class="hint">
        {when(post.event)} · {post.event.place}
      </p>
      {post.event.cancelled && <p class="notice notice-error">{t('cancelled')}</p>}
      <h3>{t('mine.yourPost', { label: p.label })}</h3>
      <dl class="details">
        <dt>{t('mine.kind')}</dt>
        <dd>{t('mine.position', { kind: t(`postKinds.${p.kind}`), position: p.position, count: p.postsInPlan })}</dd>
        <dt>{t('mine.channel')}</dt>
        <dd>{p.radioChannel || t('mine.noChannel')}</dd>
        <dt>{t('mine.lead')}</dt>
        <dd>{post.lead ? (post.lead.you ? t('mine.youLead') : post.lead.name) : t('mine.noLead')}</dd>
        {p.instructions && (
          <>
            <dt>{t('mine.instructions')}</dt>
            <dd class="marshal-text">{p.instructions}</dd>
          </>
        )}
        {p.point && (
          <>
            <dt>{t('mine.point')}</dt>
            <dd>
              <a href={`geo:${p.point.lat},${p.point.lng}`}>
                {t('mine.openMap')} ({p.point.lat}, {p.point.lng})
              </a>
            </dd>
          </>
        )}
      </dl>
      <CheckInPanel post={post} onChange={onChange} />
      {post.phoneEditable && <PhoneForm post={post} onChange={onChange} />}
    </article>
  );
}
