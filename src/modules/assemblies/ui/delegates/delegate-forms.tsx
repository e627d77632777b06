import { useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { ActionForm, FormError, Radio, SelectField, TextAreaField, useAction } from '../../../../core/web/forms';
import { useT } from '../../../../core/web/i18n';
import type { Delegate, DelegateReport, MandateFields } from '../../delegates/contract';
import { MANDATE_INSTRUCTIONS, MANDATE_NOTE_MAX, REPORT_BODY_MAX } from '../../delegates/limits';
import type { ProposalBrief } from '../../proposal-contract';

const enc = encodeURIComponent;

/** A member assembly's facilitator tells its delegate how to vote on a proposal of the parent. */
export function MandateForm(props: {
  delegate: Delegate;
  proposals: ProposalBrief[];
  onSaved: (d: Delegate) => void;
  onCancel: () => void;
}) {
  const t = useT('delegates');
  const { delegate } = props;
  const [proposalId, setProposalId] = useState(props.proposals[0]?.id ?? '');
  const [instruction, setInstruction] = useState<MandateFields['instruction']>('yes');
  const [note, setNote] = useState('');
  const save = useAction(async () => {
    const body: MandateFields = { instruction, note };
    props.onSaved(await api.put<Delegate>(`/api/delegates/${enc(delegate.id)}/mandates/${enc(proposalId)}`, body));
  });
  const prefix = `mandate-${delegate.id}`;
  if (props.proposals.length === 0) return <p class="hint">{t('mandate.noProposals')}</p>;
  return (
    <ActionForm class="delegate-form" action={save}>
      <fieldset>
        <legend>{t('mandate.legend', { name: delegate.member.name })}</legend>
        <SelectField
          id={`${prefix}-proposal`}
          name="proposalId"
          label={t('mandate.proposal', { assembly: delegate.parentAssembly.name })}
          value={proposalId}
          onInput={setProposalId}
          options={props.proposals.map((p) => ({ value: p.id, label: p.title }))}
          error={save.error}
          required
        />
        <fieldset class="field checks">
          <legend>{t('mandate.instruction')}</legend>
          {MANDATE_INSTRUCTIONS.map((value) => (
            <Radio
              key={value}
              id={`${prefix}-${value}`}
              name={`${prefix}-instruction`}
              value={value}
              checked={instruction === value}
              onChoose={() => setInstruction(value)}
            >
              {t(`delegate.instruction.${value}`)}
            </Radio>
          ))}
        </fieldset>
        <TextAreaField
          id={`${prefix}-note`}
          name="note"
          label={t('mandate.note')}
          value={note}
          onInput={setNote}
          maxLength={MANDATE_NOTE_MAX}
          rows={2}
          error={save.error}
        />
      </fieldset>
      <FormError error={save.error} fields={['proposalId', 'note']} />
      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={save.busy || !proposalId}>
          {t('mandate.save')}
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          {t('mandate.cancel')}
        </button>
      </div>
    </ActionForm>
  );
}

/** The delegate writes to the assembly that elected them. */
export function ReportForm(props: { delegate: Delegate; onPosted: (r: DelegateReport) => void; onCancel: () => void }) {
  const t = useT('delegates');
  const [body, setBody] = useState('');
  const post = useAction(async () => {
    props.onPosted(await api.post<DelegateReport>(`/api/delegates/${enc(props.delegate.id)}/reports`, { body }));
  });
  return (
    <ActionForm class="delegate-form" action={post}>
      <TextAreaField
        id={`report-${props.delegate.id}`}
        name="body"
        label={t('report.label')}
        hint={t('report.hint')}
        value={body}
        onInput={setBody}
        maxLength={REPORT_BODY_MAX}
        rows={6}
        error={post.error}
      />
      <FormError error={post.error} fields={['body']} />
      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={post.busy || !body.trim()}>
          {t('report.post')}
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          {t('report.cancel')}
        </button>
      </div>
    </ActionForm>
  );
}
