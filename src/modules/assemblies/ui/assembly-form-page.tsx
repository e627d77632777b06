import './assemblies.css';
import { useState } from 'preact/hooks';
import { createThenOpen, EditPage, saveThenOpen } from '../../../core/web/form-pages';
import {
  ActionForm,
  Checkbox,
  FormError,
  PageTitle,
  Radio,
  SelectField,
  TextAreaField,
  TextField,
  useAction,
} from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { canAccess, useMe } from '../../../core/web/session';
import { useGet } from '../../../core/web/use-get';
import type { ZoneSummary } from '../../zones/contract';
import type { Assembly, AssemblyInputFields, AssemblyList } from '../contract';
import { ASSEMBLY_KINDS, DELEGATE_SEATS_MAX, DESCRIPTION_MAX, DISCUSSION_HOURS_MAX, MAJORITIES, NAME_MAX, PROPOSERS } from '../limits';
import { assemblyApi, assemblyPath } from './format';

interface Draft {
  name: string;
  kind: string;
  description: string;
  zoneId: string;
  parentId: string;
  quorumKind: 'share' | 'count';
  quorumValue: string;
  majority: string;
  proposers: string;
  discussionHours: string;
  secretBallot: boolean;
  delegateSeats: string;
}

const draftOf = (a: Assembly | null): Draft => ({
  name: a?.name ?? '',
  kind: a?.kind ?? '',
  description: a?.description ?? '',
  zoneId: a?.zone?.id ?? '',
  parentId: a?.parent?.id ?? '',
  quorumKind: a?.rules.quorumKind ?? 'share',
  quorumValue: String(a?.rules.quorumValue ?? 50),
  majority: a?.rules.majority ?? 'simple',
  proposers: a?.rules.proposers ?? 'any_member',
  discussionHours: String(a?.rules.discussionHours ?? 24),
  secretBallot: a?.rules.secretBallot ?? false,
  delegateSeats: String(a?.delegateSeats ?? 1),
});

/** Anything the server would refuse is sent as typed, so that it names the field. */
const inputOf = (d: Draft): AssemblyInputFields => ({
  name: d.name,
  kind: d.kind as AssemblyInputFields['kind'],
  description: d.description,
  zoneId: d.zoneId || null,
  parentId: d.parentId || null,
  delegateSeats: Number(d.delegateSeats),
  rules: {
    quorumKind: d.quorumKind,
    quorumValue: Number(d.quorumValue),
    majority: d.majority as AssemblyInputFields['rules']['majority'],
    proposers: d.proposers as AssemblyInputFields['rules']['proposers'],
    discussionHours: Number(d.discussionHours),
    secretBallot: d.secretBallot,
  },
});

function AssemblyForm({ initial, onSave }: { initial: Draft; onSave: (input: AssemblyInputFields) => Promise<void> }) {
  const t = useT('assemblies');
  const me = useMe();
  const [d, setD] = useState(initial);
  const save = useAction(() => onSave(inputOf(d)));
  const zones = useGet<{ zones: ZoneSummary[] }>('/api/zones').data?.zones ?? [];
  const federations = (useGet<AssemblyList>('/api/assemblies').data?.assemblies ?? []).filter((a) => a.kind === 'federation');
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setD({ ...d, [key]: value });
  const number = (key: 'quorumValue' | 'discussionHours' | 'delegateSeats', label: string, max: number, hint?: string) => (
    <TextField
      id={`assembly-${key}`}
      name={key === 'delegateSeats' ? key : `rules.${key}`}
      type="number"
      inputMode="numeric"
      min={key === 'discussionHours' ? 0 : 1}
      max={max}
      label={label}
      hint={hint}
      value={d[key]}
      onInput={set(key)}
      error={save.error}
    />
  );
  return (
    <ActionForm class="card" noValidate action={save}>
      <TextField
        id="assembly-name"
        name="name"
        label={t('form.name')}
        maxLength={NAME_MAX}
        required
        value={d.name}
        onInput={set('name')}
        error={save.error}
      />
      <SelectField
        id="assembly-kind"
        name="kind"
        label={t('form.kind')}
        placeholder={t('form.choose')}
        required
        value={d.kind}
        onInput={set('kind')}
        error={save.error}
        options={ASSEMBLY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <TextAreaField
        id="assembly-description"
        name="description"
        label={t('form.description')}
        maxLength={DESCRIPTION_MAX}
        rows={3}
        value={d.description}
        onInput={set('description')}
        error={save.error}
      />
      <SelectField
        id="assembly-zone"
        name="zoneId"
        label={t('form.zone')}
        placeholder={t('form.noZone')}
        value={d.zoneId}
        onInput={set('zoneId')}
        error={save.error}
        options={zones.map((z) => ({ value: z.id, label: z.name }))}
      />
      {canAccess(me, ['organiser']) && (
        <SelectField
          id="assembly-parent"
          name="parentId"
          label={t('form.parent')}
          hint={t('form.parentHint')}
          placeholder={t('form.noParent')}
          value={d.parentId}
          onInput={set('parentId')}
          error={save.error}
          options={federations.map((f) => ({ value: f.id, label: f.name }))}
        />
      )}
      <fieldset>
        <legend>{t('form.rulesLegend')}</legend>
        <fieldset class="field checks">
          <legend>{t('form.quorumKind')}</legend>
          {(['share', 'count'] as const).map((k) => (
            <Radio
              key={k}
              id={`quorum-${k}`}
              name="quorumKind"
              value={k}
              checked={d.quorumKind === k}
              onChoose={() => setD({ ...d, quorumKind: k })}
            >
              {k === 'share' ? t('form.quorumShare') : t('form.quorumCount')}
            </Radio>
          ))}
        </fieldset>
        {number('quorumValue', t('form.quorumValue'), 100_000, t('form.quorumValueHint'))}
        <SelectField
          id="assembly-majority"
          name="rules.majority"
          label={t('form.majority')}
          value={d.majority}
          onInput={set('majority')}
          error={save.error}
          options={MAJORITIES.map((m) => ({ value: m, label: t(`form.majorities.${m}`) }))}
        />
        <SelectField
          id="assembly-proposers"
          name="rules.proposers"
          label={t('form.proposers')}
          value={d.proposers}
          onInput={set('proposers')}
          error={save.error}
          options={PROPOSERS.map((p) => ({ value: p, label: t(`form.proposerOptions.${p}`) }))}
        />
        {number('discussionHours', t('form.discussionHours'), DISCUSSION_HOURS_MAX, t('form.discussionHint'))}
        <Checkbox label={t('form.secretBallot')} hint={t('form.secretHint')} checked={d.secretBallot} onChange={set('secretBallot')} />
      </fieldset>
      {number('delegateSeats', t('form.seats'), DELEGATE_SEATS_MAX)}
      <FormError error={save.error} fields={['name', 'kind', 'description', 'zoneId', 'parentId', 'rules', 'delegateSeats']} />
      <button type="submit" class="button button-primary button-wide" disabled={save.busy}>
        {t('form.save')}
      </button>
    </ActionForm>
  );
}

/** /assemblies/new — organisers. */
export function NewAssemblyPage() {
  const t = useT('assemblies');
  return (
    <>
      <PageTitle title={t('form.newTitle')} />
      <AssemblyForm initial={draftOf(null)} onSave={createThenOpen('/api/assemblies', assemblyPath)} />
    </>
  );
}

/** /assemblies/:id/edit — the assembly's facilitators and organisers. */
export function EditAssemblyPage() {
  const t = useT('assemblies');
  const id = usePathParam('id');
  return (
    <EditPage<Assembly>
      title={t('form.editTitle')}
      source={assemblyApi(id)}
      form={(assembly) => <AssemblyForm initial={draftOf(assembly)} onSave={saveThenOpen(assemblyApi(id), assemblyPath(id))} />}
    />
  );
}
