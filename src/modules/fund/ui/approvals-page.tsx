import './fund.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, Loading, PageTitle, Status, TextAreaField, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { useSession } from '../../../core/web/session';
import type { Approvals, Disbursement } from '../contract';
import { NOTE_MAX } from '../limits';
import { DisbursementCard } from './disbursement-card';
import { formatCents, fundNameOf } from './format';

/** Approve (the second approval pays) or reject with a reason; what the caller may not do is said, not offered. */
function Decide({ d, me, onDecided }: { d: Disbursement; me: string; onDecided: (d: Disbursement, message: string) => void }) {
  const t = useT('fund');
  const lang = useLanguage();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const reasonField = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (rejecting) reasonField.current?.querySelector('textarea')?.focus();
  }, [rejecting]);
  const names = { amount: formatCents(d.amountCents, lang), category: t(`categories.${d.category}`), fund: fundNameOf(d, lang) };
  const path = (action: string) => `/api/fund/disbursements/${encodeURIComponent(d.id)}/${action}`;
  const approve = useAction(async () => {
    const decided = await api.post<Disbursement>(path('approve'));
    onDecided(decided, decided.state === 'paid' ? t('approvals.paidNow', names) : t('approvals.approvedNow'));
  });
  const reject = useAction(async () => onDecided(await api.post<Disbursement>(path('reject'), { reason }), t('approvals.rejectedNow')));

  if (d.requestedBy?.id === me) return <p class="hint">{t('approvals.yours')}</p>;
  return (
    <div class="manage">
      {d.firstApprover?.id === me ? (
        <p class="hint">{t('approvals.youApproved')}</p>
      ) : (
        <div class="button-row">
          <button
            type="button"
            class="button button-primary"
            aria-label={t('approvals.approveFor', names)}
            disabled={approve.busy}
            onClick={() => approve.run()}
          >
            {t('approvals.approve')}
          </button>
          <button
            type="button"
            class="button"
            aria-label={t('approvals.rejectFor', names)}
            aria-expanded={rejecting}
            onClick={() => setRejecting(!rejecting)}
          >
            {t('approvals.reject')}
          </button>
        </div>
      )}
      {rejecting && (
        <ActionForm class="confirm" noValidate action={reject}>
          <div ref={reasonField}>
            <TextAreaField
              id={`reject-${d.id}`}
              name="reason"
              label={t('approvals.rejectReasonLabel')}
              value={reason}
              onInput={setReason}
              error={reject.error}
              maxLength={NOTE_MAX}
              rows={2}
            />
          </div>
          <button type="submit" class="button button-danger" disabled={reject.busy}>
            {t('approvals.confirmReject')}
          </button>
        </ActionForm>
      )}
      <FormError error={approve.error ?? reject.error} fields={['reason']} />
    </div>
  );
}

/** /fund/approvals — what waits for a treasurer, oldest first, and the latest decisions. */
export function ApprovalsPage() {
  const t = useT('fund');
  const session = useSession();
  const me = session.status === 'signed_in' ? session.me.id : '';
  const [data, setData] = useState<Approvals | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    api.get<Approvals>('/api/fund/approvals').then(setData, setError);
  }, []);
  const decided = (d: Disbursement, text: string) => {
    setMessage(text);
    setData((current) => {
      if (!current) return current;
      const waiting = current.waiting
        .map((w) => (w.id === d.id ? d : w))
        .filter((w) => w.state === 'requested' || w.state === 'approved_once');
      const done = d.state === 'paid' || d.state === 'rejected' ? [d, ...current.decided] : current.decided;
      return { waiting, decided: done };
    });
    // The card and its buttons may be gone: keep the keyboard's place at the list.
    if (d.state === 'paid' || d.state === 'rejected') heading.current?.focus();
  };

  return (
    <>
      <PageTitle title={t('approvals.title')} />
      <p>{t('approvals.intro')}</p>
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data && (
        <>
          <section aria-labelledby="waiting-title">
            <h2 id="waiting-title" ref={heading} tabIndex={-1}>
              {t('approvals.waitingTitle')}
            </h2>
            {data.waiting.length === 0 && <p>{t('approvals.none')}</p>}
            <ul class="plain-list stack">
              {data.waiting.map((d) => (
                <li key={d.id}>
                  <DisbursementCard d={d}>
                    <Decide d={d} me={me} onDecided={decided} />
                  </DisbursementCard>
                </li>
              ))}
            </ul>
            <Status message={message} />
          </section>
          <section aria-labelledby="decided-title">
            <h2 id="decided-title">{t('approvals.decidedTitle')}</h2>
            {data.decided.length === 0 && <p>{t('approvals.noneDecided')}</p>}
            <ul class="plain-list stack">
              {data.decided.map((d) => (
                <li key={d.id}>
                  <DisbursementCard d={d} />
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
