import { useEffect, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { FormError, Loading } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import type { AidTask } from '../../aid/contract';
import type { Disbursement } from '../../fund/contract';

type AidTaskList = { requests: AidTask[] };
type DisbursementList = { disbursements: Disbursement[] };

/**
 * The household's aid requests and fund disbursements, which the aid and fund modules keep and serve
 * to this case's caseworkers. Where a network runs without one of them (404), its section is left out.
 */
export function LinkedSections({ caseId, writable }: { caseId: string; writable: boolean }) {
  const t = useT('families');
  const lang = useLanguage();
  const query = `caseId=${encodeURIComponent(caseId)}`;
  const money = new Intl.NumberFormat([lang, 'en'], { style: 'currency', currency: 'USD' });
  return (
    <>
      <Linked<AidTaskList>
        id="linked-requests"
        title={t('linked.requests')}
        url={`/api/aid/requests?${query}`}
        items={(r) =>
          r.requests.map((q) => ({
            id: q.id,
            text: t('linked.request', {
              kind: otherNs(t, 'aid', `kinds.${q.kind}`, q.kind),
              state: otherNs(t, 'aid', `states.${q.state}`, q.state),
              when: formatDateTime(q.createdAt),
            }),
          }))
        }
        none={t('linked.requestsNone')}
        action={writable ? { href: `/aid/new?${query}`, label: t('linked.newRequest') } : null}
      />
      <Linked<DisbursementList>
        id="linked-disbursements"
        title={t('linked.disbursements')}
        url={`/api/fund/disbursements?${query}`}
        items={(r) =>
          r.disbursements.map((d) => ({
            id: d.id,
            text: t('linked.disbursement', {
              amount: money.format(d.amountCents / 100),
              fund: d.fundName,
              state: otherNs(t, 'fund', `states.${d.state}`, d.state),
              when: formatDateTime(d.createdAt),
            }),
          }))
        }
        none={t('linked.disbursementsNone')}
        action={writable ? { href: `/fund/disbursements/new?${query}`, label: t('linked.newDisbursement') } : null}
      />
    </>
  );
}

/** Another module's word for one of its codes, if it has one; else the code, spaced out. */
const otherNs = (t: ReturnType<typeof useT>, ns: string, key: string, code: string) =>
  t(key, { ns, defaultValue: code.replaceAll('_', ' ') });

interface LinkedProps<T> {
  id: string;
  title: string;
  url: string;
  items: (body: T) => { id: string; text: string }[];
  none: string;
  action: { href: string; label: string } | null;
}

function Linked<T>({ id, title, url, items, none, action }: LinkedProps<T>) {
  const [list, setList] = useState<{ id: string; text: string }[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [absent, setAbsent] = useState(false);
  useEffect(() => {
    api.get<T>(url).then(
      (body) => setList(items(body)),
      (err) => (err instanceof ApiError && err.status === 404 ? setAbsent(true) : setError(err)),
    );
  }, [url]);
  if (absent) return null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <FormError error={error} />
      {!list && !error && <Loading />}
      {list?.length === 0 && <p>{none}</p>}
      <ul>
        {list?.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
      {list && action && (
        <p>
          <a class="button" href={action.href}>
            {action.label}
          </a>
        </p>
      )}
    </section>
  );
}
