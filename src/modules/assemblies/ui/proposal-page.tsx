import './assemblies.css';
import { ApiError, api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { canAccess, useMe } from '../../../core/web/session';
import { useGet } from '../../../core/web/use-get';
import { MarkdownView } from '../../trainings/ui';
import type { Proposal } from '../contract';
import { BallotsSection } from './ballots-section';
import { ProposalMandates } from './delegates';
import { DiscussionSection } from './discussion-section';
import { assemblyPath, meetingPath, proposalApi } from './format';
import { Figures, HandCountForm, VoteButtons } from './vote-section';

/** Opening and closing the vote (facilitators); withdrawing while in discussion (the proposer too). */
function Steps({ proposal, onChange }: { proposal: Proposal; onChange: (p: Proposal) => void }) {
  const t = useT('assemblies');
  const me = useMe();
  const step = useAction(async (action: 'open-vote' | 'close-vote' | 'withdraw') =>
    onChange(await api.post<Proposal>(`${proposalApi(proposal.id)}/${action}`)),
  );
  const mayWithdraw = proposal.can.manage || proposal.proposedBy?.id === me.id;
  const ready = proposal.discussionEndsAt <= Date.now();
  return (
    <div class="button-row">
      {proposal.can.manage && proposal.status === 'discussion' && ready && (
        <button type="button" class="button button-primary" disabled={step.busy} onClick={() => step.run('open-vote')}>
          {t('proposal.openVote')}
        </button>
      )}
      {proposal.can.manage && proposal.status === 'voting' && (
        <button type="button" class="button button-primary" disabled={step.busy} onClick={() => step.run('close-vote')}>
          {t('proposal.closeVote')}
        </button>
      )}
      {mayWithdraw && proposal.status === 'discussion' && (
        <button type="button" class="button" disabled={step.busy} onClick={() => step.run('withdraw')}>
          {t('proposal.withdraw')}
        </button>
      )}
      <FormError error={step.error} />
    </div>
  );
}

function Header({ proposal }: { proposal: Proposal }) {
  const t = useT('assemblies');
  const lang = useLanguage();
  return (
    <>
      <div class="tag-row">
        <span class="badge badge-muted">{t(`proposal.statuses.${proposal.status}`)}</span>
        {proposal.kind === 'recall' && <span class="badge badge-warning">{t('proposal.recall')}</span>}
        {proposal.demo && <span class="badge badge-demo">{t('demo')}</span>}
      </div>
      <ul class="plain-list proposal-facts">
        <li>
          <a href={assemblyPath(proposal.assembly.id)}>{proposal.assembly.name}</a>
        </li>
        {proposal.proposedBy && <li>{t('proposal.proposedBy', { name: proposal.proposedBy.name })}</li>}
        {proposal.delegate && <li>{t('proposal.recallOf', { name: proposal.delegate.name })}</li>}
        <li>
          {proposal.meeting ? (
            <>
              {t('proposal.atMeeting')}: <a href={meetingPath(proposal.meeting.id)}>{proposal.meeting.title}</a>
            </>
          ) : (
            t('proposal.online')
          )}
        </li>
        {proposal.status === 'discussion' && (
          <li>{t('proposal.discussionUntil', { time: formatDateTime(proposal.discussionEndsAt, lang) })}</li>
        )}
        <li>{t(`rules.majority.${proposal.majority}`)}</li>
      </ul>
    </>
  );
}

/** /assemblies/proposals/:id — the proposal, its amendments and discussion, the vote with quorum and counts, and its outcome. */
export function ProposalPage() {
  const t = useT('assemblies');
  const me = useMe();
  const id = usePathParam('id');
  const { data: proposal, setData, error } = useGet<Proposal>(proposalApi(id));
  if (!proposal)
    return (
      <>
        <PageTitle title={t('list.title')} />
        {error instanceof ApiError && error.status === 404 ? <p class="notice">{t('proposal.notFound')}</p> : <FormError error={error} />}
        {!error && <Loading />}
      </>
    );
  return (
    <>
      <PageTitle title={proposal.title} />
      <Header proposal={proposal} />
      {proposal.body && <MarkdownView source={proposal.body} />}
      <Figures proposal={proposal} />
      <VoteButtons proposal={proposal} onChange={setData} />
      <Steps proposal={proposal} onChange={setData} />
      {proposal.can.manage && proposal.status === 'voting' && proposal.meeting && proposal.voted === 0 && (
        <HandCountForm proposal={proposal} onChange={setData} />
      )}
      {proposal.ballotsPublished && <BallotsSection proposalId={proposal.id} />}
      {proposal.assembly.kind === 'federation' && canAccess(me, 'trusted') && (
        <ProposalMandates assemblyId={proposal.assembly.id} proposalId={proposal.id} />
      )}
      <DiscussionSection proposal={proposal} onChange={setData} />
    </>
  );
}
