import './aid.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { canAccess, useMe } from '../../../core/web/session';
import { useGet } from '../../../core/web/use-get';
import type { ZoneSummary } from '../../zones/contract';
import { ON_BEHALF_ROLES } from '../limits';
import { AidLinks } from './aid-links';
import { taskTitle } from './format';
import { ReceiptLinkField } from './receipt-link-field';
import { type FiledResult, RequestForm } from './request-form';

/** What volunteers will see of the new request, and the receipt link to pass on to the household. */
function Filed({ result, onAnother }: { result: FiledResult; onAnother: () => void }) {
  const t = useT('aid');
  const { request } = result;
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone: move focus to what replaced it, so a screen reader says the request was filed.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="card" aria-labelledby="filed-title">
      <h2 id="filed-title" tabIndex={-1} ref={heading}>
        {t('filed.done')}
      </h2>
      <p>{t('filed.volunteersSee')}</p>
      <p class="aid-coarse">
        <strong>{taskTitle(t, request)}</strong>
        <br />
        {request.cell ? t('task.whereCell', { zone: request.zone.name }) : request.zone.name}
      </p>
      {result.receiptToken && <ReceiptLinkField token={result.receiptToken} />}
      <div class="button-row">
        <a class="button button-primary" href={`/aid/${request.id}`}>
          {t('filed.open')}
        </a>
        <button type="button" class="button" onClick={onAnother}>
          {t('filed.another')}
        </button>
      </div>
    </section>
  );
}

/** /aid/new — ask for help, for one's own household or on someone's behalf (`?caseId=` links a family case). */
export function RequestFormPage() {
  const t = useT('aid');
  const me = useMe();
  const { data, error } = useGet<{ zones: ZoneSummary[] }>('/api/zones');
  const [result, setResult] = useState<FiledResult | null>(null);
  const [round, setRound] = useState(0);
  const caseId = new URLSearchParams(location.search).get('caseId');
  const forOthers = canAccess(me, ON_BEHALF_ROLES);
  return (
    <>
      <PageTitle title={t('form.title')} />
      <p>{forOthers ? t('form.introOperator') : t('form.intro')}</p>
      <FormError error={error} />
      {!data && !error && <Loading />}
      {result && (
        <Filed
          result={result}
          onAnother={() => {
            setResult(null);
            setRound(round + 1);
          }}
        />
      )}
      {data && !result && (
        <RequestForm
          key={round}
          zones={data.zones}
          canFileForOthers={forOthers}
          caseId={caseId}
          ownLanguages={me.languages}
          onFiled={setResult}
        />
      )}
      <AidLinks />
    </>
  );
}
