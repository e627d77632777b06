import './delegates.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import {
  ActionForm,
  Checkbox,
  CheckboxGroup,
  FormError,
  Loading,
  PageTitle,
  Radio,
  TextField,
  useAction,
} from '../../../../core/web/forms';
import { useT } from '../../../../core/web/i18n';
import { navigate, usePathParam } from '../../../../core/web/router';
import { useGet } from '../../../../core/web/use-get';
import type { DelegateElection, DelegateElectionList, StartDelegateElectionFields } from '../../delegates/contract';
import { delegateElectionsApi, delegatesPath, electionPath, fromLocalInput, toLocalInput } from './format';

const DAY = 24 * 60 * 60 * 1000;

/** /assemblies/:id/elections/new — a facilitator starts electing the assembly's delegates to its parent. */
export function NewDelegateElectionPage() {
  const t = useT('delegates');
  const id = usePathParam('id');
  const { data: list, error } = useGet<DelegateElectionList>(delegateElectionsApi(id));
  const [title, setTitle] = useState('');
  const [candidates, setCandidates] = useState<string[]>([]);
  const [later, setLater] = useState(false);
  const [opensAt, setOpensAt] = useState(() => toLocalInput(Date.now() + DAY));
  const [closesAt, setClosesAt] = useState('');
  const parentName = list?.parent?.name ?? '';
  useEffect(() => {
    if (list?.parent && !title) setTitle(t('newElection.defaultTitle', { assembly: list.assembly.name, parent: list.parent.name }));
  }, [list]);
  const start = useAction(async () => {
    const body: StartDelegateElectionFields = {
      title,
      candidateIds: candidates,
      closesAt: closesAt ? fromLocalInput(closesAt) : null,
      ...(later ? { opensAt: fromLocalInput(opensAt) } : {}),
    };
    const started = await api.post<DelegateElection>(delegateElectionsApi(id), body);
    navigate(started.phase === 'open' ? electionPath(started.electionId) : delegatesPath(id));
  });
  if (error) return <FormError error={error} />;
  if (!list) return <Loading />;
  if (!list.parent)
    return (
      <>
        <PageTitle title={t('elections.start')} />
        <p class="notice">{t('newElection.noParent')}</p>
        <a href={delegatesPath(id)}>{t('newElection.back')}</a>
      </>
    );
  const toggle = (memberId: string, on: boolean) =>
    setCandidates(on ? [...candidates, memberId] : candidates.filter((c) => c !== memberId));
  return (
    <>
      <PageTitle title={t('newElection.title', { parent: parentName })} />
      <p>{t('newElection.intro', { seats: t('newElection.seats', { count: list.seats }), parent: parentName })}</p>
      <ActionForm action={start}>
        <TextField
          id="election-title"
          name="title"
          label={t('newElection.name')}
          value={title}
          onInput={setTitle}
          error={start.error}
          required
        />
        <CheckboxGroup legend={t('newElection.candidates')} name="candidateIds" hint={t('newElection.candidatesHint')} error={start.error}>
          {list.members.length === 0 && <p class="hint">{t('newElection.noMembers')}</p>}
          {list.members.map((m) => (
            <Checkbox key={m.id} label={m.name} checked={candidates.includes(m.id)} onChange={(on) => toggle(m.id, on)} />
          ))}
        </CheckboxGroup>
        <fieldset class="field checks">
          <legend>{t('newElection.opens')}</legend>
          <Radio id="opens-now" name="opens" value="now" checked={!later} onChoose={() => setLater(false)}>
            {t('newElection.opensNow')}
          </Radio>
          <Radio id="opens-later" name="opens" value="later" checked={later} onChoose={() => setLater(true)}>
            {t('newElection.opensLater')}
          </Radio>
        </fieldset>
        {later && (
          <TextField
            id="opens-at"
            name="opensAt"
            type="datetime-local"
            label={t('newElection.opensAt')}
            value={opensAt}
            onInput={setOpensAt}
            error={start.error}
            required
          />
        )}
        <TextField
          id="closes-at"
          name="closesAt"
          type="datetime-local"
          label={t('newElection.closesAt')}
          hint={t('newElection.closesHint')}
          value={closesAt}
          onInput={setClosesAt}
          error={start.error}
        />
        <FormError error={start.error} fields={['title', 'candidateIds', 'opensAt', 'closesAt']} />
        <button type="submit" class="button button-primary" disabled={start.busy}>
          {t('newElection.submit')}
        </button>
      </ActionForm>
      <p>
        <a href={delegatesPath(id)}>{t('newElection.back')}</a>
      </p>
    </>
  );
}
