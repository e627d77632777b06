import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, TextField, useAction } from '../../../core/web/forms';
import { formatNumber, useLanguage, useT } from '../../../core/web/i18n';
import type { HandCountFields, Proposal, VoteResult } from '../contract';
import { VOTE_CHOICES } from '../limits';
import { proposalApi } from './format';

/** Quorum, who is present, how many voted and — once there are any to show — the counts. */
export function Figures({ proposal }: { proposal: Proposal }) {
  const t = useT('assemblies');
  const lang = useLanguage();
  const n = (x: number) => formatNumber(x, lang);
  const c = proposal.counts;
  return (
    <div class="vote-figures" role="status">
      <p>{t('vote.quorum', { required: n(proposal.quorumRequired), present: n(proposal.present) })}</p>
      {proposal.status !== 'discussion' && <p>{t('vote.votedCount', { count: n(proposal.voted) })}</p>}
      {c && (
        <p class="vote-counts">
          {t('vote.counts', { yes: n(c.yes), no: n(c.no), abstain: n(c.abstain) })}
          {proposal.majority === 'consensus' && ` · ${t('vote.blocks', { block: n(c.block) })}`}
        </p>
      )}
      {!c && proposal.status === 'voting' && proposal.secret && <p class="hint">{t('vote.hidden')}</p>}
      {proposal.handCount && <p class="hint">{t('vote.handCounted')}</p>}
      {proposal.outcome && <p class={`badge outcome-${proposal.outcome}`}>{t(`proposal.outcomes.${proposal.outcome}`)}</p>}
    </div>
  );
}

/** The receipt of a secret ballot, shown once: the page says to keep it, and it is never stored on the phone. */
function Receipt({ receipt }: { receipt: string }) {
  const t = useT('assemblies');
  return (
    <div class="card receipt" role="alert">
      <h3>{t('vote.receiptTitle')}</h3>
      <p class="receipt-code">{receipt}</p>
      <p>{t('vote.receiptKeep')}</p>
    </div>
  );
}

/** Yes / no / abstain (and block under consensus); an open vote shows and changes the member's choice. */
export function VoteButtons({ proposal, onChange }: { proposal: Proposal; onChange: (p: Proposal) => void }) {
  const t = useT('assemblies');
  const [receipt, setReceipt] = useState<string | null>(null);
  const cast = useAction(async (choice: string) => {
    const result = await api.post<VoteResult>(`${proposalApi(proposal.id)}/vote`, { choice });
    if (result.receipt) setReceipt(result.receipt);
    onChange(result.proposal);
  });
  if (receipt) return <Receipt receipt={receipt} />;
  if (proposal.status !== 'voting') return null;
  if (!proposal.mine.voter) return <p class="hint">{t('vote.notVoter')}</p>;
  if (proposal.meeting && !proposal.mine.checkedIn) return <p class="notice">{t('vote.checkInFirst')}</p>;
  if (proposal.secret && proposal.mine.voted) return <p class="notice notice-ok">{t('vote.voted')}</p>;
  const choices = VOTE_CHOICES.filter((c) => c !== 'block' || proposal.majority === 'consensus');
  return (
    <section aria-labelledby="vote-title">
      <h2 id="vote-title">{t('vote.title')}</h2>
      {proposal.secret && <p>{t('vote.secretIntro')}</p>}
      {proposal.mine.choice && <p class="notice notice-ok">{t('vote.yourVote', { choice: t(`vote.choices.${proposal.mine.choice}`) })}</p>}
      <div class="button-row vote-buttons">
        {choices.map((choice) => (
          <button
            key={choice}
            type="button"
            class={`button vote-${choice}`}
            aria-pressed={proposal.mine.choice === choice}
            disabled={cast.busy}
            onClick={() => cast.run(choice)}
          >
            {t(`vote.choices.${choice}`)}
          </button>
        ))}
      </div>
      <FormError error={cast.error} />
    </section>
  );
}

/** At the meeting, a facilitator may record a show of hands instead, which closes the vote. */
export function HandCountForm({ proposal, onChange }: { proposal: Proposal; onChange: (p: Proposal) => void }) {
  const t = useT('assemblies');
  const [figures, setFigures] = useState({ yes: '', no: '', abstain: '', block: '' });
  const save = useAction(async () => {
    const body: HandCountFields = {
      yes: Number(figures.yes),
      no: Number(figures.no),
      abstain: Number(figures.abstain),
      block: Number(figures.block),
    };
    onChange(await api.post<Proposal>(`${proposalApi(proposal.id)}/hand-count`, body));
  });
  const keys = proposal.majority === 'consensus' ? (['yes', 'no', 'abstain', 'block'] as const) : (['yes', 'no', 'abstain'] as const);
  return (
    <details class="hand-count">
      <summary>{t('hand.title')}</summary>
      <ActionForm noValidate action={save}>
        <p class="hint">{t('hand.intro')}</p>
        {keys.map((key) => (
          <TextField
            key={key}
            id={`hand-${key}`}
            name={key}
            type="number"
            inputMode="numeric"
            min={0}
            label={t(`hand.${key}`)}
            value={figures[key]}
            onInput={(v) => setFigures({ ...figures, [key]: v })}
            error={save.error}
          />
        ))}
        <FormError error={save.error} fields={[...keys]} />
        <button type="submit" class="button" disabled={save.busy}>
          {t('hand.save')}
        </button>
      </ActionForm>
    </details>
  );
}
