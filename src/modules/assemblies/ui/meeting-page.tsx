import './assemblies.css';
import { ApiError, api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { useGet } from '../../../core/web/use-get';
import type { Meeting } from '../contract';
import { assemblyPath, formatWhen, meetingApi, newProposalPath, proposalPath } from './format';
import { AttendanceSection, CheckInPanel, Presence } from './meeting-attendance';
import { ActionItemsSection, MinutesSection } from './meeting-records';

function OpenClose({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT('assemblies');
  const step = useAction(async (action: 'open' | 'close') => onChange(await api.post<Meeting>(`${meetingApi(meeting.id)}/${action}`)));
  if (meeting.status === 'closed') return null;
  return (
    <div class="button-row">
      {meeting.status === 'scheduled' ? (
        <button type="button" class="button button-primary" disabled={step.busy} onClick={() => step.run('open')}>
          {t('meeting.open')}
        </button>
      ) : (
        <button type="button" class="button" disabled={step.busy} onClick={() => step.run('close')}>
          {t('meeting.close')}
        </button>
      )}
      <FormError error={step.error} />
    </div>
  );
}

function Agenda({ meeting }: { meeting: Meeting }) {
  const t = useT('assemblies');
  return (
    <section aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('meeting.agenda')}</h2>
      {meeting.agenda.length === 0 && <p>{t('meeting.noAgenda')}</p>}
      <ol class="agenda">
        {meeting.agenda.map((item) => (
          <li key={item.id}>
            {item.proposal ? <a href={proposalPath(item.proposal.id)}>{item.title}</a> : item.title}
            {item.proposal && (
              <>
                {' '}
                <span class="badge badge-muted">
                  {item.proposal.outcome ? t(`proposal.outcomes.${item.proposal.outcome}`) : t(`proposal.statuses.${item.proposal.status}`)}
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
      {meeting.mine.member && meeting.status !== 'closed' && (
        <a href={newProposalPath(meeting.assembly.id, meeting.id)}>{t('meeting.newProposal')}</a>
      )}
    </section>
  );
}

/** /assemblies/meetings/:id — agenda, check-in on a phone, who is present against the quorum, minutes, action items. */
export function MeetingPage() {
  const t = useT('assemblies');
  const lang = useLanguage();
  const id = usePathParam('id');
  const { data: meeting, setData, error } = useGet<Meeting>(meetingApi(id));
  if (!meeting)
    return (
      <>
        <PageTitle title={t('list.title')} />
        {error instanceof ApiError && error.status === 404 ? <p class="notice">{t('meeting.notFound')}</p> : <FormError error={error} />}
        {!error && <Loading />}
      </>
    );
  return (
    <>
      <PageTitle title={meeting.title} />
      <p>
        <a href={assemblyPath(meeting.assembly.id)}>{meeting.assembly.name}</a>{' '}
        <span class={`badge ${meeting.status === 'open' ? 'badge-ok' : 'badge-muted'}`}>{t(`meeting.statuses.${meeting.status}`)}</span>
        {meeting.demo && <span class="badge badge-demo">{t('demo')}</span>}
      </p>
      <dl class="details">
        <dt>{t('meeting.when')}</dt>
        <dd>{formatWhen(meeting.startsAt, lang)}</dd>
        {meeting.place && (
          <>
            <dt>{t('meeting.where')}</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
      </dl>
      <Presence meeting={meeting} />
      <CheckInPanel meeting={meeting} onChange={setData} />
      {meeting.can.manage && <OpenClose meeting={meeting} onChange={setData} />}
      <Agenda meeting={meeting} />
      {meeting.can.manage && <AttendanceSection meeting={meeting} onChange={setData} />}
      <MinutesSection meeting={meeting} onChange={setData} />
      <ActionItemsSection meeting={meeting} onChange={setData} />
      <p>
        <a href={assemblyPath(meeting.assembly.id)}>{t('meeting.back', { name: meeting.assembly.name })}</a>
      </p>
    </>
  );
}
