import './elections.css';
import { useState } from 'preact/hooks';
import { ApiError } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { useGet } from '../../../core/web/use-get';
import type { Election, PublishedBallots } from '../contract';
import { electionApi, electionPath } from './format';
import { FindMyBallot } from './receipt';

/** /elections/:id/ballots — every ballot with its receipt, in random order; a voter finds theirs by its code. */
export function BallotsPage() {
  const t = useT('elections');
  const id = usePathParam('id');
  const { data: election, error } = useGet<Election>(electionApi(id));
  const published = useGet<PublishedBallots>(election?.phase === 'closed' ? `${electionApi(id)}/ballots` : null);
  const [mine, setMine] = useState<string | null>(null);
  if (error)
    return (
      <>
        <PageTitle title={t('notFound')} />
        {error instanceof ApiError && error.status === 404 ? null : <FormError error={error} />}
      </>
    );
  if (!election) return <Loading />;
  const name = (candidateId: string) => election.candidates.find((c) => c.id === candidateId)?.name ?? candidateId;
  const ballots = published.data?.ballots ?? [];
  return (
    <>
      <PageTitle title={t('ballots.title', { title: election.title })} />
      {election.phase !== 'closed' ? (
        <p class="notice">{t('ballots.notClosed')}</p>
      ) : (
        <>
          <p>{t('ballots.intro')}</p>
          <FindMyBallot
            electionId={election.id}
            candidateName={name}
            onFound={(b) => {
              setMine(b.receipt);
              document.getElementById(`ballot-${b.receipt}`)?.scrollIntoView({ block: 'center' });
            }}
          />
          <section aria-labelledby="ballot-list-title">
            <h2 id="ballot-list-title">{t('ballots.count', { count: ballots.length })}</h2>
            <FormError error={published.error} />
            {!published.data && !published.error && <Loading />}
            <ul class="ballot-list">
              {ballots.map((b) => (
                <li key={b.receipt} id={`ballot-${b.receipt}`} class={b.receipt === mine ? 'ballot-mine' : undefined}>
                  <span class="ballot-receipt">{b.receipt}</span>
                  {b.receipt === mine && (
                    <>
                      {' '}
                      <span class="badge badge-ok">{t('ballots.yours')}</span>
                    </>
                  )}
                  <ol class="ballot-ranking" aria-label={t('ballots.ranking')}>
                    {b.ranking.map((c) => (
                      <li key={c}>{name(c)}</li>
                    ))}
                  </ol>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      <p>
        <a href={electionPath(election.id)}>{election.title}</a>
      </p>
    </>
  );
}
