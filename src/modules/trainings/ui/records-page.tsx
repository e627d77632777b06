import './trainings.css';
import { useState } from 'preact/hooks';
import { QUALIFICATIONS } from '../../../core/qualifications';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, Loading, PageTitle, SelectField, Status, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { MemberQualifications, QualificationEntry } from '../contract';
import { DEFAULT_VALIDITY_MONTHS, VALIDITY_MONTHS_MAX } from '../limits';
import { useMemberChoices } from './format';
import { QualificationList } from './qualification-list';

const recordsApi = (memberId: string) => `/api/trainings/members/${encodeURIComponent(memberId)}/qualifications`;

/** A date input's value ("2026-01-23") as noon that day in the browser's zone: the day stays the day. */
const dayToMs = (value: string) => (value ? new Date(`${value}T12:00`).getTime() : Number.NaN);

function RecordForm({ memberId, onSaved }: { memberId: string; onSaved: (m: MemberQualifications) => void }) {
  const t = useT('trainings');
  const [kind, setKind] = useState('');
  const [day, setDay] = useState('');
  const [months, setMonths] = useState(String(DEFAULT_VALIDITY_MONTHS));
  const record = useAction(async () =>
    onSaved(await api.post<MemberQualifications>(recordsApi(memberId), { kind, earnedAt: dayToMs(day), validityMonths: Number(months) })),
  );
  return (
    <ActionForm class="card" noValidate action={record}>
      <h2>{t('records.recordTitle')}</h2>
      <p class="hint">{t('records.recordHint')}</p>
      <SelectField
        id="record-kind"
        name="kind"
        label={t('records.kind')}
        placeholder={t('courseForm.choose')}
        required
        options={QUALIFICATIONS.map((q) => ({ value: q, label: t(`qualifications.${q}`) }))}
        value={kind}
        onInput={setKind}
        error={record.error}
      />
      <TextField
        id="record-day"
        name="earnedAt"
        type="date"
        label={t('records.day')}
        required
        value={day}
        onInput={setDay}
        error={record.error}
      />
      <TextField
        id="record-months"
        name="validityMonths"
        type="number"
        inputMode="numeric"
        min={1}
        max={VALIDITY_MONTHS_MAX}
        label={t('courseForm.validity')}
        value={months}
        onInput={setMonths}
        error={record.error}
      />
      <FormError error={record.error} fields={['kind', 'earnedAt', 'validityMonths']} />
      <button type="submit" class="button button-primary" disabled={record.busy}>
        {t('records.record')}
      </button>
    </ActionForm>
  );
}

function MemberRecords({ memberId }: { memberId: string }) {
  const t = useT('trainings');
  const { data, setData, error } = useGet<MemberQualifications>(recordsApi(memberId));
  const [saved, setSaved] = useState<string | null>(null);
  const revoke = useAction(async (q: QualificationEntry) => {
    setData(await api.post<MemberQualifications>(`/api/trainings/qualifications/${encodeURIComponent(q.id)}/revoke`));
    setSaved(t('records.revoked'));
  });
  if (!data) return error ? <FormError error={error} /> : <Loading />;
  const revokeButton = (q: QualificationEntry) =>
    q.status === 'valid' && (
      <button
        type="button"
        class="button button-danger"
        disabled={revoke.busy}
        aria-label={t('records.revokeFor', { qualification: t(`qualifications.${q.kind}`) })}
        onClick={() => revoke.run(q)}
      >
        {t('records.revoke')}
      </button>
    );
  return (
    <>
      <section aria-labelledby="records-held">
        <h2 id="records-held">{t('records.held', { name: data.member.name })}</h2>
        {data.qualifications.length === 0 ? (
          <p>{t('records.none')}</p>
        ) : (
          <QualificationList entries={data.qualifications} action={revokeButton} />
        )}
        <FormError error={revoke.error} />
        <Status message={saved} />
      </section>
      <RecordForm
        memberId={memberId}
        onSaved={(m) => {
          setData(m);
          setSaved(t('records.saved'));
        }}
      />
    </>
  );
}

/** /trainings/qualifications — organisers: a member's qualifications; record training done elsewhere, or revoke (both audited). */
export function RecordsPage() {
  const t = useT('trainings');
  const members = useMemberChoices();
  const [memberId, setMemberId] = useState(new URLSearchParams(location.search).get('member') ?? '');
  return (
    <>
      <PageTitle title={t('records.title')} />
      <p>{t('records.intro')}</p>
      <SelectField
        id="records-member"
        name="member"
        label={t('records.member')}
        placeholder={t('courseForm.choose')}
        options={members.map((m) => ({ value: m.id, label: m.displayName }))}
        value={memberId}
        onInput={setMemberId}
      />
      {memberId && <MemberRecords key={memberId} memberId={memberId} />}
    </>
  );
}
