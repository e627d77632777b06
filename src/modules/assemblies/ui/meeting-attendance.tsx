import { useState } from 'preact/hooks';
import { api, request } from '../../../core/web/api';
import { ActionForm, FormError, SelectField, useAction } from '../../../core/web/forms';
import { formatNumber, useLanguage, useT } from '../../../core/web/i18n';
import { useMe } from '../../../core/web/session';
import { useGet } from '../../../core/web/use-get';
import type { Assembly, Meeting } from '../contract';
import { assemblyApi, meetingApi } from './format';

/** How many voting members are present against the quorum, said in words (not by colour alone). */
export function Presence({ meeting }: { meeting: Meeting }) {
  const t = useT('assemblies');
  const lang = useLanguage();
  const missing = Math.max(0, meeting.quorumRequired - meeting.present);
  return (
    <div class="presence" role="status">
      <p>
        {t('meeting.presence', {
          present: formatNumber(meeting.present, lang),
          voters: formatNumber(meeting.voters, lang),
          quorum: formatNumber(meeting.quorumRequired, lang),
        })}
      </p>
      <p class={missing === 0 ? 'badge badge-ok' : 'badge badge-warning'}>
        {missing === 0 ? t('meeting.quorumReached') : t('meeting.quorumMissing', { missing: formatNumber(missing, lang) })}
      </p>
    </div>
  );
}

/** A member's own check-in, on their phone, while the meeting is open. */
export function CheckInPanel({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT('assemblies');
  const me = useMe();
  const path = meetingApi(meeting.id);
  const checkIn = useAction(async () => onChange(await api.post<Meeting>(`${path}/check-in`, {})));
  const undo = useAction(async () => onChange(await request<Meeting>('DELETE', `${path}/attendance/${encodeURIComponent(me.id)}`)));
  if (meeting.status === 'closed') return null;
  if (!meeting.mine.member) return <p class="hint">{t('meeting.joinFirst')}</p>;
  if (meeting.status !== 'open') return <p class="hint">{t('meeting.notOpen')}</p>;
  return (
    <div class="button-row">
      {meeting.mine.checkedIn ? (
        <>
          <p class="notice notice-ok">{t('meeting.checkedIn')}</p>
          <button type="button" class="button" disabled={undo.busy} onClick={() => undo.run()}>
            {t('meeting.undoCheckIn')}
          </button>
        </>
      ) : (
        <button type="button" class="button button-primary button-wide" disabled={checkIn.busy} onClick={() => checkIn.run()}>
          {t('meeting.checkIn')}
        </button>
      )}
      <FormError error={checkIn.error ?? undo.error} />
    </div>
  );
}

/** For facilitators: who checked in, taking a check-in back, and checking in a member without a phone. */
export function AttendanceSection({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT('assemblies');
  const { data: assembly } = useGet<Assembly>(assemblyApi(meeting.assembly.id));
  const [memberId, setMemberId] = useState('');
  const path = meetingApi(meeting.id);
  const add = useAction(async () => {
    onChange(await api.post<Meeting>(`${path}/check-in`, { memberId }));
    setMemberId('');
  });
  const remove = useAction(async (id: string) =>
    onChange(await request<Meeting>('DELETE', `${path}/attendance/${encodeURIComponent(id)}`)),
  );
  const attendance = meeting.attendance ?? [];
  const absent = (assembly?.members ?? []).filter((m) => !attendance.some((a) => a.memberId === m.memberId));
  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('meeting.attendance')}</h2>
      {attendance.length === 0 && <p>{t('meeting.nobody')}</p>}
      <ul class="plain-list member-list">
        {attendance.map((a) => (
          <li key={a.memberId}>
            <span class="member-name">{a.name}</span>
            {meeting.status === 'open' && (
              <button type="button" class="button" disabled={remove.busy} onClick={() => remove.run(a.memberId)}>
                <span aria-hidden="true">×</span>
                <span class="sr-only">{t('meeting.removeCheckIn', { name: a.name })}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <FormError error={remove.error} />
      {meeting.status === 'open' && absent.length > 0 && (
        <ActionForm class="inline-form" action={add}>
          <SelectField
            id="check-in-member"
            name="memberId"
            label={t('meeting.checkInOther')}
            placeholder={t('form.choose')}
            value={memberId}
            onInput={setMemberId}
            error={add.error}
            options={absent.map((m) => ({ value: m.memberId, label: m.name }))}
          />
          <button type="submit" class="button" disabled={add.busy || !memberId}>
            {t('meeting.checkInButton')}
          </button>
          <FormError error={add.error} fields={['memberId']} />
        </ActionForm>
      )}
    </section>
  );
}
