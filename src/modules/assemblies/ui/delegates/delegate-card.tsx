import { useState } from 'preact/hooks';
import { Status } from '../../../../core/web/forms';
import { useLanguage, useT } from '../../../../core/web/i18n';
import type { Delegate } from '../../delegates/contract';
import type { ProposalBrief } from '../../proposal-contract';
import { MandateForm, ReportForm } from './delegate-forms';
import { formatDate } from './format';

const recallPath = (d: Delegate) =>
  `/assemblies/proposals/new?assembly=${encodeURIComponent(d.memberAssembly.id)}&recall=${encodeURIComponent(d.id)}`;

function Mandates({ delegate }: { delegate: Delegate }) {
  const t = useT('delegates');
  if (delegate.mandates.length === 0) return <p class="hint">{t('delegate.noMandates')}</p>;
  return (
    <ul class="plain-list mandates">
      {delegate.mandates.map((m) => (
        <li key={m.proposal.id}>
          <span class={`badge mandate-${m.instruction}`}>{t(`delegate.instruction.${m.instruction}`)}</span> {m.proposal.title}
          {m.note && <span class="mandate-note"> — {m.note}</span>}
        </li>
      ))}
    </ul>
  );
}

/** One delegate: whose seat, their mandates and latest report; their own report form, or their facilitators' mandate form. */
export function DelegateCard(props: { delegate: Delegate; proposals: ProposalBrief[]; level: 3 | 4; showAssembly?: boolean }) {
  const t = useT('delegates');
  const lang = useLanguage();
  const [delegate, setDelegate] = useState(props.delegate);
  const [open, setOpen] = useState<'mandate' | 'report' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const name = delegate.member.name;
  const headingId = `delegate-${delegate.id}`;
  const report = delegate.latestReport;
  const Title = props.level === 3 ? 'h3' : 'h4';
  const Sub = props.level === 3 ? 'h4' : 'h5';
  return (
    <article class="card delegate-card" aria-labelledby={headingId}>
      <Title id={headingId}>
        {name} {delegate.isMe && <span class="badge badge-ok">{t('delegate.you')}</span>}
      </Title>
      <p class="hint">
        {props.showAssembly && `${delegate.memberAssembly.name} · `}
        {delegate.endedAt !== null && delegate.endReason
          ? t(`delegate.ended.${delegate.endReason}`, { date: formatDate(delegate.endedAt, lang) })
          : t('delegate.electedOn', { date: formatDate(delegate.electedAt, lang) })}
      </p>
      {delegate.endedAt === null && (
        <>
          <Sub>{t('delegate.mandatesTitle')}</Sub>
          <Mandates delegate={delegate} />
          {report ? (
            <div class="delegate-report">
              <Sub>{t('delegate.latestReport', { date: formatDate(report.createdAt, lang) })}</Sub>
              <p class="delegate-report-body">{report.body}</p>
            </div>
          ) : (
            <p class="hint">{t('delegate.noReport')}</p>
          )}
        </>
      )}
      <Status message={saved} />
      {open === null && (delegate.mayInstruct || delegate.isMe || delegate.mayProposeRecall) && (
        <div class="button-row">
          {delegate.mayInstruct && (
            <button type="button" class="button" onClick={() => setOpen('mandate')}>
              {t('mandate.open', { name })}
            </button>
          )}
          {delegate.isMe && (
            <button type="button" class="button" onClick={() => setOpen('report')}>
              {t('report.open', { assembly: delegate.memberAssembly.name })}
            </button>
          )}
          {delegate.mayProposeRecall && (
            <a class="button" href={recallPath(delegate)}>
              {t('delegate.proposeRecall', { name })}
            </a>
          )}
        </div>
      )}
      {open === 'mandate' && (
        <MandateForm
          delegate={delegate}
          proposals={props.proposals}
          onCancel={() => setOpen(null)}
          onSaved={(d) => {
            setDelegate(d);
            setOpen(null);
            setSaved(t('mandate.saved'));
          }}
        />
      )}
      {open === 'report' && (
        <ReportForm
          delegate={delegate}
          onCancel={() => setOpen(null)}
          onPosted={(r) => {
            setDelegate({ ...delegate, latestReport: r });
            setOpen(null);
            setSaved(t('report.posted'));
          }}
        />
      )}
    </article>
  );
}
