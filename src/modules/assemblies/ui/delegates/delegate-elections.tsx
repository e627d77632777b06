import { useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { FormError, SelectField, Status, useAction } from '../../../../core/web/forms';
import { useLanguage, useT } from '../../../../core/web/i18n';
import { useMe } from '../../../../core/web/session';
import { useGet } from '../../../../core/web/use-get';
import type { DelegateElection, DelegateElectionList } from '../../delegates/contract';
import { delegateElectionsApi, electionPath, formatTime } from './format';

type Act = (path: string, body?: unknown) => Promise<void>;

function ElectionActions({ election, list, act }: { election: DelegateElection; list: DelegateElectionList; act: Act }) {
  const t = useT('delegates');
  const me = useMe();
  const [memberId, setMemberId] = useState('');
  const [closing, setClosing] = useState(false);
  const path = `${delegateElectionsApi(election.assemblyId)}/${encodeURIComponent(election.electionId)}`;
  const standing = new Set(election.candidates.map((c) => c.memberId));
  const others = list.members.filter((m) => !standing.has(m.id));
  const run = useAction(async (action: string, body?: unknown) => act(`${path}/${action}`, body));
  const prefix = `election-${election.electionId}`;
  return (
    <>
      {election.phase === 'upcoming' && (
        <div class="button-row">
          {list.mayStand && !standing.has(me.id) && (
            <button
              type="button"
              class="button button-primary"
              disabled={run.busy}
              onClick={() => run.run('candidates', { memberId: me.id })}
            >
              {t('elections.stand')}
            </button>
          )}
          {list.manages && (
            <button type="button" class="button" disabled={run.busy} onClick={() => run.run('open')}>
              {t('elections.openNow')}
            </button>
          )}
        </div>
      )}
      {election.phase === 'upcoming' && list.manages && others.length > 0 && (
        <form
          class="put-forward"
          onSubmit={(e) => {
            e.preventDefault();
            if (memberId) void run.run('candidates', { memberId });
          }}
        >
          <SelectField
            id={`${prefix}-member`}
            name="memberId"
            label={t('elections.putForward')}
            value={memberId}
            onInput={setMemberId}
            placeholder={t('elections.putForwardLabel')}
            options={others.map((m) => ({ value: m.id, label: m.name }))}
          />
          <button type="submit" class="button" disabled={run.busy || !memberId}>
            {t('elections.putForwardButton')}
          </button>
        </form>
      )}
      {election.phase !== 'closed' && list.manages && !closing && (
        <p>
          <button type="button" class="button button-danger" onClick={() => setClosing(true)}>
            {t('elections.close')}
          </button>
        </p>
      )}
      {closing && (
        <div class="confirm">
          <p role="alert">{t('elections.closeConfirm')}</p>
          <div class="button-row">
            <button
              type="button"
              class="button button-danger"
              disabled={run.busy}
              onClick={() => run.run('close').then(() => setClosing(false))}
            >
              {t('elections.closeYes')}
            </button>
            <button type="button" class="button" onClick={() => setClosing(false)}>
              {t('elections.keepOpen')}
            </button>
          </div>
        </div>
      )}
      <FormError error={run.error} />
    </>
  );
}

function ElectionItem({ election, list, act }: { election: DelegateElection; list: DelegateElectionList; act: Act }) {
  const t = useT('delegates');
  const lang = useLanguage();
  const names = (people: { name: string }[]) => people.map((p) => p.name).join(', ');
  const headingId = `delegate-election-${election.electionId}`;
  return (
    <article class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{election.title}</h3>
      <p>
        <strong>{t(`elections.phase.${election.phase}`, { time: formatTime(election.opensAt, lang) })}</strong> ·{' '}
        {t('elections.seats', { count: election.seats })} · {t('elections.ballotsCast', { count: election.ballotsCast })}
      </p>
      <p>{election.candidates.length ? t('elections.candidates', { names: names(election.candidates) }) : t('elections.noCandidates')}</p>
      {election.phase === 'closed' && (
        <p>{election.seated.length ? t('elections.seated', { names: names(election.seated) }) : t('elections.noneSeated')}</p>
      )}
      {election.phase !== 'upcoming' && (
        <p>
          <a class={election.phase === 'open' ? 'button button-primary' : undefined} href={electionPath(election.electionId)}>
            {t(election.phase === 'open' ? 'elections.vote' : 'elections.results', { title: election.title })}
          </a>
        </p>
      )}
      <ElectionActions election={election} list={list} act={act} />
    </article>
  );
}

/** A member assembly's delegate elections: stand, vote, and (facilitators) open, put forward and close. */
export function DelegateElections({ assemblyId, onSeated }: { assemblyId: string; onSeated: () => void }) {
  const t = useT('delegates');
  const { data: list, error, reload } = useGet<DelegateElectionList>(delegateElectionsApi(assemblyId));
  const [saved, setSaved] = useState<string | null>(null);
  const act: Act = async (path, body) => {
    setSaved(null);
    await api.post<DelegateElection>(path, body ?? {});
    await reload();
    setSaved(t('elections.changed'));
    if (path.endsWith('/close')) onSeated();
  };
  const running = list?.elections.some((e) => e.phase !== 'closed');
  return (
    <section aria-labelledby="delegate-elections-title">
      <h2 id="delegate-elections-title">{t('elections.title')}</h2>
      <FormError error={error} />
      <Status message={saved} />
      {list && list.elections.length === 0 && <p>{t('elections.none')}</p>}
      {list?.elections.map((e) => (
        <ElectionItem key={e.electionId} election={e} list={list} act={act} />
      ))}
      {list?.manages && !running && (
        <p>
          <a class="button" href={`/assemblies/${encodeURIComponent(assemblyId)}/elections/new`}>
            {t('elections.start')}
          </a>
        </p>
      )}
    </section>
  );
}
