import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { ActionForm, CopyField, FormError, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { FoundBallot } from '../contract';
import { electionApi } from './format';

/** Shown once, right after voting: the code that finds this ballot in the published list, and nothing else does. */
export function ReceiptCard({ receipt }: { receipt: string }) {
  const t = useT('elections');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="card receipt-code" aria-labelledby="receipt-title">
      <h2 id="receipt-title" ref={heading} tabIndex={-1}>
        {t('receipt.title')}
      </h2>
      <p>{t('receipt.keep')}</p>
      <CopyField id="receipt-code" label={t('receipt.label')} value={receipt} copyLabel={t('receipt.copy')} />
    </section>
  );
}

/** A voter types their receipt and sees the ballot it belongs to, as the count read it. */
export function FindMyBallot(props: {
  electionId: string;
  onFound?: (ballot: FoundBallot) => void;
  candidateName: (id: string) => string;
}) {
  const t = useT('elections');
  const [code, setCode] = useState('');
  const [found, setFound] = useState<FoundBallot | null>(null);
  const find = useAction(async () => {
    setFound(null);
    try {
      const ballot = await api.get<FoundBallot>(`${electionApi(props.electionId)}/receipt/${encodeURIComponent(code.trim())}`);
      setFound(ballot);
      props.onFound?.(ballot);
    } catch (err) {
      throw err instanceof ApiError && err.status === 404 ? new ApiError(404, 'receipt_not_found', t('find.notFound')) : err;
    }
  });
  return (
    <section aria-labelledby="find-title">
      <h2 id="find-title">{t('find.title')}</h2>
      <ActionForm action={find}>
        <TextField
          id="find-receipt"
          name="code"
          label={t('find.label')}
          hint={t('find.hint')}
          value={code}
          onInput={setCode}
          autoComplete="off"
          required
        />
        <button type="submit" class="button" disabled={find.busy}>
          {t('find.submit')}
        </button>
      </ActionForm>
      <FormError error={find.error} />
      {found && (
        <div class="notice notice-ok" role="status">
          <p>{t('find.found')}</p>
          <p class="ballot-receipt">{found.receipt}</p>
          <ol class="ballot-ranking">
            {found.ranking.map((id) => (
              <li key={id}>{props.candidateName(id)}</li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
