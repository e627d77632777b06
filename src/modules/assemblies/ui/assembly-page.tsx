import './assemblies.css';
import { ApiError, api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { canAccess, useMe } from '../../../core/web/session';
import { useGet } from '../../../core/web/use-get';
import type { Assembly } from '../contract';
import { assemblyApi, assemblyPath, formatWhen, meetingPath, newProposalPath, proposalPath } from './format';
import { MembersSection } from './members-section';
import { RulesList } from './rules-list';

function JoinLeave({ assembly, onChange }: { assembly: Assembly; onChange: (a: Assembly) => void }) {
  const t = useT('assemblies');
  const me = useMe();
  const join = useAction(async () => onChange(await api.post<Assembly>(`${assemblyApi(assembly.id)}/join`)));
  const leave = useAction(async () => onChange(await api.post<Assembly>(`${assemblyApi(assembly.id)}/leave`)));
  return (
    <div class="button-row">
      {assembly.myRole && <p class="notice notice-ok">{t('assembly.joined')}</p>}
      {assembly.can.join && (
        <button type="button" class="button button-primary" disabled={join.busy} onClick={() => join.run()}>
          {t('assembly.join')}
        </button>
      )}
      {!assembly.myRole && assembly.kind !== 'federation' && !me.trusted && <p class="hint">{t('assembly.joinNeedsVouching')}</p>}
      {assembly.can.leave && (
        <button type="button" class="button" disabled={leave.busy} onClick={() => leave.run()}>
          {t('assembly.leave')}
        </button>
      )}
      <FormError error={join.error ?? leave.error} />
    </div>
  );
}

function Meetings({ assembly }: { assembly: Assembly }) {
  const t = useT('assemblies');
  const lang = useLanguage();
  return (
    <section aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t('assembly.meetings')}</h2>
      {assembly.meetings.length === 0 && <p>{t('assembly.noMeetings')}</p>}
      <ul class="plain-list link-list">
        {assembly.meetings.map((m) => (
          <li key={m.id}>
            <a href={meetingPath(m.id)}>{m.title}</a> <span class="hint">{formatWhen(m.startsAt, lang)}</span>{' '}
            <span class={`badge ${m.status === 'open' ? 'badge-ok' : 'badge-muted'}`}>{t(`meeting.statuses.${m.status}`)}</span>
          </li>
        ))}
      </ul>
      {assembly.can.manage && (
        <a class="button" href={`${assemblyPath(assembly.id)}/meetings/new`}>
          {t('assembly.scheduleMeeting')}
        </a>
      )}
    </section>
  );
}

function ProposalsAndDecisions({ assembly }: { assembly: Assembly }) {
  const t = useT('assemblies');
  const lang = useLanguage();
  return (
    <>
      <section aria-labelledby="proposals-title">
        <h2 id="proposals-title">{t('assembly.proposals')}</h2>
        {assembly.proposals.length === 0 && <p>{t('assembly.noProposals')}</p>}
        <ul class="plain-list link-list">
          {assembly.proposals.map((p) => (
            <li key={p.id}>
              <a href={proposalPath(p.id)}>{p.title}</a> <span class="badge badge-muted">{t(`proposal.statuses.${p.status}`)}</span>
            </li>
          ))}
        </ul>
        {assembly.can.propose && (
          <a class="button button-primary" href={newProposalPath(assembly.id)}>
            {t('assembly.propose')}
          </a>
        )}
      </section>
      <section aria-labelledby="decisions-title">
        <h2 id="decisions-title">{t('assembly.decisions')}</h2>
        {assembly.decisions.length === 0 && <p>{t('assembly.noDecisions')}</p>}
        <ol class="plain-list decision-log">
          {assembly.decisions.map((d) => (
            <li key={d.id}>
              <span class="hint">{formatWhen(d.decidedAt, lang)}</span> <a href={proposalPath(d.proposalId)}>{d.summary}</a>{' '}
              <span class={`badge outcome-${d.outcome}`}>{t(`proposal.outcomes.${d.outcome}`)}</span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** /assemblies/:id — rules in words, members, meetings, open proposals, the decision log, parent and member assemblies. */
export function AssemblyPage() {
  const t = useT('assemblies');
  const me = useMe();
  const id = usePathParam('id');
  const { data: assembly, setData, error } = useGet<Assembly>(assemblyApi(id));
  if (!assembly)
    return (
      <>
        <PageTitle title={t('list.title')} />
        {error instanceof ApiError && error.status === 404 ? <p class="notice">{t('assembly.notFound')}</p> : <FormError error={error} />}
        {!error && <Loading />}
        <a href="/assemblies">{t('assembly.back')}</a>
      </>
    );
  return (
    <>
      <PageTitle title={assembly.name} />
      <div class="tag-row">
        <span class="tag">{t(`kinds.${assembly.kind}`)}</span>
        {assembly.zone && <span class="tag">{assembly.zone.name}</span>}
        {assembly.myRole && <span class="badge badge-ok">{t(`roles.${assembly.myRole}`)}</span>}
        {assembly.demo && <span class="badge badge-demo">{t('demo')}</span>}
      </div>
      {assembly.description && <p class="assembly-description">{assembly.description}</p>}
      <JoinLeave assembly={assembly} onChange={setData} />
      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{t('assembly.rules')}</h2>
        <RulesList rules={assembly.rules} delegateSeats={assembly.parent ? assembly.delegateSeats : undefined} />
        {assembly.can.manage && <a href={`${assemblyPath(assembly.id)}/edit`}>{t('assembly.edit')}</a>}
      </section>
      <Meetings assembly={assembly} />
      <ProposalsAndDecisions assembly={assembly} />
      <MembersSection assembly={assembly} onChange={setData} />
      {(assembly.parent || assembly.children.length > 0) && (
        <section aria-labelledby="family-title">
          <h2 id="family-title">{assembly.parent ? t('assembly.parent') : t('assembly.children')}</h2>
          {assembly.parent && (
            <p>
              <a href={assemblyPath(assembly.parent.id)}>{assembly.parent.name}</a>
            </p>
          )}
          {assembly.parent && assembly.children.length > 0 && <h3>{t('assembly.children')}</h3>}
          <ul class="plain-list link-list">
            {assembly.children.map((c) => (
              <li key={c.id}>
                <a href={assemblyPath(c.id)}>{c.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {canAccess(me, 'trusted') && (assembly.parent || assembly.kind === 'federation') && (
        <p>
          <a href={`${assemblyPath(assembly.id)}/delegates`}>{t('assembly.delegates')}</a>
        </p>
      )}
      <p>
        <a href="/assemblies">{t('assembly.back')}</a>
      </p>
    </>
  );
}
