import './delegates.css';
import { ApiError } from '../../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../../core/web/forms';
import { useT } from '../../../../core/web/i18n';
import { usePathParam } from '../../../../core/web/router';
import { useGet } from '../../../../core/web/use-get';
import type { DelegateBoard } from '../../delegates/contract';
import { DelegateCard } from './delegate-card';
import { DelegateElections } from './delegate-elections';
import { assemblyPath, delegatesApi } from './format';

function MemberAssemblies({ board }: { board: DelegateBoard }) {
  const t = useT('delegates');
  return (
    <section aria-labelledby="sitting-title">
      <h2 id="sitting-title">{t('board.sittingTitle')}</h2>
      {board.memberAssemblies.map(({ assembly, seats, delegates }) => (
        <section key={assembly.id} class="member-assembly" aria-labelledby={`member-assembly-${assembly.id}`}>
          <h3 id={`member-assembly-${assembly.id}`}>
            <a href={assemblyPath(assembly.id)}>{assembly.name}</a>
          </h3>
          <p class={delegates.length < seats ? 'seat-count seat-count-short' : 'seat-count'}>
            {t('board.seatsFilled', { count: delegates.length, seats })}
          </p>
          {delegates.length === 0 && <p class="hint">{t('board.noDelegates')}</p>}
          {delegates.map((d) => (
            <DelegateCard key={d.id} delegate={d} proposals={board.openProposals} level={4} />
          ))}
        </section>
      ))}
      {board.ended.length > 0 && (
        <section class="ended-delegates" aria-labelledby="ended-title">
          <h3 id="ended-title">{t('board.endedTitle')}</h3>
          {board.ended.map((d) => (
            <DelegateCard key={d.id} delegate={d} proposals={[]} level={4} showAssembly />
          ))}
        </section>
      )}
    </section>
  );
}

/**
 * /assemblies/:id/delegates — for a parent assembly, the board of delegates per member assembly;
 * for a member assembly, the delegates it sends and its delegate elections.
 */
export function DelegatesPage() {
  const t = useT('delegates');
  const id = usePathParam('id');
  const { data: board, error, reload } = useGet<DelegateBoard>(delegatesApi(id));
  if (error)
    return (
      <>
        <PageTitle title={t('board.notFound')} />
        {error instanceof ApiError && error.status === 404 ? null : <FormError error={error} />}
      </>
    );
  if (!board) return <Loading />;
  const { assembly, parent } = board;
  return (
    <>
      <PageTitle title={t('board.title', { name: assembly.name })} />
      {board.memberAssemblies.length > 0 && <MemberAssemblies board={board} />}
      {parent && (
        <>
          <section aria-labelledby="ours-title">
            <h2 id="ours-title">{t('board.oursTitle', { parent: parent.name })}</h2>
            {board.ours.length === 0 && <p>{t('board.oursNone')}</p>}
            {board.ours.map((d) => (
              <DelegateCard key={d.id} delegate={d} proposals={board.parentOpenProposals} level={3} />
            ))}
          </section>
          <DelegateElections assemblyId={assembly.id} onSeated={() => void reload()} />
        </>
      )}
      {!parent && board.memberAssemblies.length === 0 && <p>{t('board.nothing')}</p>}
      <p>
        <a href={assemblyPath(assembly.id)}>{t('board.backToAssembly', { name: assembly.name })}</a>
      </p>
    </>
  );
}
