import './elections.css';
import { useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { useGet } from '../../../core/web/use-get';
import type { BallotReceipt, Election, ElectionResults } from '../contract';
import { electionApi, formatTime } from './format';
import { RankedBallot } from './ranked-ballot';
import { FindMyBallot, ReceiptCard } from './receipt';
import { ElectionResultsView } from './results';

function Facts({ election }: { election: Election }) {
  const t = useT('elections');
  const lang = useLanguage();
  const phase =
    election.phase === 'upcoming'
      ? t('phase.upcoming', { time: formatTime(election.opensAt, lang) })
      : election.phase === 'closed'
        ? t('phase.closed', { time: formatTime(election.closedAt ?? election.opensAt, lang) })
        : t('phase.open');
  return (
    <p class="election-facts">
      {election.demo && <span class="badge badge-demo">{t('demo')}</span>} <strong>{phase}</strong> ·{' '}
      {t('seats', { count: election.seats })} · {t('ballotsCast', { count: election.ballotsCast })}
      {election.phase === 'open' && election.closesAt !== null && ` · ${t('closesAt', { time: formatTime(election.closesAt, lang) })}`}
    </p>
  );
}

function Voting({ election, onVoted }: { election: Election; onVoted: () => void }) {
  const t = useT('elections');
  const [receipt, setReceipt] = useState<string | null>(null);
  const name = (id: string) => election.candidates.find((c) => c.id === id)?.name ?? id;
  if (receipt) return <ReceiptCard receipt={receipt} />;
  if (election.mine.canVote)
    return (
      <section aria-labelledby="ballot-title">
        <h2 id="ballot-title">{t('ballot.title')}</h2>
        <RankedBallot
          candidates={election.candidates}
          onCast={async (ranking) => {
            const cast = await api.post<BallotReceipt>(`${electionApi(election.id)}/ballot`, { ranking });
            setReceipt(cast.receipt);
            onVoted();
          }}
        />
      </section>
    );
  return (
    <>
      <p class="notice">{election.mine.voted ? t('voted') : t('notEligible')}</p>
      {election.mine.voted && <FindMyBallot electionId={election.id} candidateName={name} />}
    </>
  );
}

function Candidates({ election }: { election: Election }) {
  const t = useT('elections');
  return (
    <section aria-labelledby="candidates-title">
      <h2 id="candidates-title">{t('candidates')}</h2>
      <ul>
        {election.candidates.map((c) => (
          <li key={c.id}>{c.name}</li>
        ))}
      </ul>
      <p class="hint">{t('upcomingHint')}</p>
    </section>
  );
}

function Closed({ election }: { election: Election }) {
  const { data: results, error } = useGet<ElectionResults>(`${electionApi(election.id)}/results`);
  const name = (id: string) => election.candidates.find((c) => c.id === id)?.name ?? id;
  if (error) return <FormError error={error} />;
  if (!results) return <Loading />;
  return (
    <>
      <ElectionResultsView results={results} />
      {election.mine.voted && <FindMyBallot electionId={election.id} candidateName={name} />}
    </>
  );
}

/** /elections/:id — the ranked ballot while voting is open; the count, round by round, once it closes. */
export function ElectionPage() {
  const t = useT('elections');
  const id = usePathParam('id');
  const { data: election, error, reload } = useGet<Election>(electionApi(id));
  if (error)
    return (
      <>
        <PageTitle title={t('notFound')} />
        {error instanceof ApiError && error.status === 404 ? null : <FormError error={error} />}
      </>
    );
  if (!election) return <Loading />;
  return (
    <>
      <PageTitle title={election.title} />
      <Facts election={election} />
      {election.phase === 'upcoming' && <Candidates election={election} />}
      {election.phase === 'open' && <Voting election={election} onVoted={() => void reload()} />}
      {election.phase === 'closed' && <Closed election={election} />}
      {election.context && (
        <p>
          <a href={election.context.path}>{t('backTo', { title: election.context.title })}</a>
        </p>
      )}
    </>
  );
}
