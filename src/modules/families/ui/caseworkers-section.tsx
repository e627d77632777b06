import { useT } from '../../../core/web/i18n';
import type { Person } from '../contract';
import { namesOf } from './case-helpers';
import { CaseworkerPicker } from './caseworker-picker';

/** Who may read this case; while it is open, one of them may bring in others (or hand it over). */
export function CaseworkersSection(props: {
  caseId: string;
  caseworkers: Person[];
  writable: boolean;
  onSaved: (people: Person[]) => void;
}) {
  const t = useT('families');
  return (
    <section aria-labelledby="caseworkers-title">
      <h2 id="caseworkers-title">{t('caseworkers.title')}</h2>
      <p>{t('caseworkers.intro')}</p>
      {!props.writable && <p>{namesOf(props.caseworkers)}</p>}
      {props.writable && (
        <CaseworkerPicker caseId={props.caseId} current={props.caseworkers} legend={t('caseworkers.choose')} onSaved={props.onSaved} />
      )}
    </section>
  );
}
