import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, Checkbox, CheckboxGroup, FormError, Loading, Status, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { MemberSummary } from '../../members/contract';
import type { Person } from '../contract';
import { caseApi } from './case-helpers';

/** Vouched, active caseworkers: the only members the server lets be assigned. */
async function loadCaseworkers(): Promise<Person[]> {
  const { members } = await api.get<{ members: MemberSummary[] }>('/api/members');
  return members
    .filter((m) => m.roles.includes('caseworker') && m.trusted && !m.disabled)
    .map((m) => ({ id: m.id, displayName: m.displayName }));
}

/** Ticks the caseworkers a case should have and saves them; used on the case page and by organisers. */
export function CaseworkerPicker(props: { caseId: string; current: Person[]; legend: string; onSaved: (people: Person[]) => void }) {
  const t = useT('families');
  const [people, setPeople] = useState<Person[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [chosen, setChosen] = useState(() => new Set(props.current.map((p) => p.id)));
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    loadCaseworkers().then(setPeople, setLoadError);
  }, []);
  const save = useAction(async () => {
    setSaved(false);
    const { caseworkers } = await api.put<{ caseworkers: Person[] }>(`${caseApi(props.caseId)}/caseworkers`, { memberIds: [...chosen] });
    props.onSaved(caseworkers);
    setSaved(true);
  });
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    setSaved(false);
  };
  // Someone already assigned who is no longer listed (e.g. no longer vouched) still shows, so they can be removed.
  const listed = people && [...people, ...props.current.filter((c) => !people.some((p) => p.id === c.id))];
  return (
    <ActionForm action={save}>
      <FormError error={loadError} />
      {!listed && !loadError && <Loading />}
      {listed && (
        <CheckboxGroup legend={props.legend} name="memberIds" error={save.error}>
          {listed.map((p) => (
            <Checkbox key={p.id} label={p.displayName} checked={chosen.has(p.id)} onChange={(on) => toggle(p.id, on)} />
          ))}
        </CheckboxGroup>
      )}
      {chosen.size === 0 && <p class="hint">{t('caseworkers.atLeastOne')}</p>}
      <FormError error={save.error} fields={['memberIds']} />
      <button type="submit" class="button" disabled={save.busy || chosen.size === 0}>
        {t('caseworkers.save')}
      </button>
      <Status message={saved ? t('caseworkers.saved') : null} />
    </ActionForm>
  );
}
