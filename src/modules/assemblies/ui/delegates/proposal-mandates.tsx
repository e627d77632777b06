import './delegates.css';
import { useT } from '../../../../core/web/i18n';
import { useGet } from '../../../../core/web/use-get';
import type { DelegateBoard } from '../../delegates/contract';
import { delegatesApi } from './format';

/**
 * For a proposal's page: how each delegate sitting in its assembly has been told to vote on it by
 * the assembly that sent them. Nothing is shown when no one has a mandate on it.
 */
export function ProposalMandates({ assemblyId, proposalId }: { assemblyId: string; proposalId: string }) {
  const t = useT('delegates');
  const { data: board } = useGet<DelegateBoard>(delegatesApi(assemblyId));
  const rows = (board?.memberAssemblies ?? []).flatMap((m) =>
    m.delegates.flatMap((d) => d.mandates.filter((x) => x.proposal.id === proposalId).map((x) => ({ delegate: d, mandate: x }))),
  );
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={`mandates-${proposalId}`}>
      <h2 id={`mandates-${proposalId}`}>{t('delegate.mandatesTitle')}</h2>
      <ul class="plain-list mandates">
        {rows.map(({ delegate, mandate }) => (
          <li key={delegate.id}>
            <strong>{delegate.member.name}</strong> ({delegate.memberAssembly.name}):{' '}
            <span class={`badge mandate-${mandate.instruction}`}>{t(`delegate.instruction.${mandate.instruction}`)}</span>
            {mandate.note && <span class="mandate-note"> — {mandate.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
