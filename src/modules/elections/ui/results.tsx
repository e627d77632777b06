import type { TFunction } from 'i18next';
import { type Language, useLanguage, useT } from '../../../core/web/i18n';
import type { ElectionResults, Round, RoundTransfer } from '../contract';
import { ballotsPath, formatVotes } from './format';

function transferText(t: TFunction, x: RoundTransfer, name: (id: string) => string, lang: Language) {
  const votes = formatVotes(x.votes, lang);
  const from = name(x.from);
  if (x.to) return t('results.transferTo', { votes, from, to: name(x.to) });
  return x.sink === 'exhausted' ? t('results.transferExhausted', { votes, from }) : t('results.transferResidual', { votes, from });
}

function RoundView({ round, total, name }: { round: Round; total: number; name: (id: string) => string }) {
  const t = useT('elections');
  const lang = useLanguage();
  const headingId = `round-${round.round}-title`;
  const moved = round.transfers.filter((x) => Number(x.votes) > 0);
  return (
    <section class="round" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('results.round', { round: round.round })}</h3>
      <p class="hint">{t('results.threshold', { threshold: formatVotes(round.threshold, lang) })}</p>
      <ul class="round-bars">
        {round.tally.map((x) => {
          const votes = t('results.votes', { votes: formatVotes(x.votes, lang), count: Number(x.votes) });
          const mark = round.elected.includes(x.candidateId)
            ? 'electedMark'
            : round.eliminated.includes(x.candidateId)
              ? 'eliminatedMark'
              : null;
          return (
            <li key={x.candidateId}>
              <div class="round-bar-label">
                <strong>{name(x.candidateId)}</strong>
                <span>
                  {votes}
                  {mark && (
                    <>
                      {' '}
                      <span class={`badge ${mark === 'electedMark' ? 'badge-ok' : 'badge-muted'}`}>{t(`results.${mark}`)}</span>
                    </>
                  )}
                </span>
              </div>
              <meter
                min={0}
                max={Math.max(total, 1)}
                value={Number(x.votes)}
                high={Number(round.threshold)}
                optimum={Math.max(total, 1)}
                aria-label={t('results.barLabel', { name: name(x.candidateId), votes })}
              />
            </li>
          );
        })}
      </ul>
      {moved.length > 0 && (
        <>
          <h4>{t('results.transfersTitle')}</h4>
          <ul class="round-transfers">
            {moved.map((x) => (
              <li key={`${x.from}-${x.to ?? x.sink}`}>{transferText(t, x, name, lang)}</li>
            ))}
          </ul>
        </>
      )}
      {Number(round.inactive) > 0 && <p class="hint">{t('results.inactive', { votes: formatVotes(round.inactive, lang) })}</p>}
    </section>
  );
}

/** The same figures as the bars, one row per candidate and one column per round. */
function RoundsTable({ results, name }: { results: ElectionResults; name: (id: string) => string }) {
  const t = useT('elections');
  const lang = useLanguage();
  const ids = results.rounds[0]?.tally.map((x) => x.candidateId) ?? [];
  return (
    <details class="rounds-details">
      <summary>{t('results.table')}</summary>
      <div class="rounds-table-scroll">
        <table class="rounds-table">
          <caption>{t('results.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.candidate')}</th>
              {results.rounds.map((r) => (
                <th scope="col" key={r.round}>
                  {t('results.round', { round: r.round })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <tr key={id}>
                <th scope="row">{name(id)}</th>
                {results.rounds.map((r) => {
                  const votes = r.tally.find((x) => x.candidateId === id)?.votes;
                  return <td key={r.round}>{votes === undefined ? '–' : formatVotes(votes, lang)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Who was elected, then each round: a bar per candidate against the threshold, and where votes moved. */
export function ElectionResultsView({ results }: { results: ElectionResults }) {
  const t = useT('elections');
  const lang = useLanguage();
  const { election } = results;
  const name = (id: string) => election.candidates.find((c) => c.id === id)?.name ?? id;
  const total = Number(results.totalBallots);
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{t('results.title')}</h2>
      {results.winners.length === 0 ? (
        <p>{t('results.nobody')}</p>
      ) : (
        <div class="card">
          <h3>{t('results.elected')}</h3>
          <ol>
            {results.winners.map((id) => (
              <li key={id}>
                <strong>{name(id)}</strong>
              </li>
            ))}
          </ol>
          <p class="hint">{t('results.total', { total: formatVotes(results.totalBallots, lang) })}</p>
        </div>
      )}
      {results.rounds.map((r) => (
        <RoundView key={r.round} round={r} total={total} name={name} />
      ))}
      {results.tieBreaks.map((b) => (
        <p key={b.round} class="hint">
          {t('results.tieBreak', { round: b.round, explanation: b.explanation })}
        </p>
      ))}
      {results.rounds.length > 0 && <RoundsTable results={results} name={name} />}
      <p class="hint">{t('results.rules', { rules: election.rulesDescription, seed: election.seed })}</p>
      {results.winners.length > 0 && (
        <p>
          <a href={ballotsPath(election.id)}>{t('results.ballots')}</a>
        </p>
      )}
    </section>
  );
}
