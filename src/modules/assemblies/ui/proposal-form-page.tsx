import './assemblies.css';
import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, PageTitle, SelectField, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import { navigate } from '../../../core/web/router';
import { useGet } from '../../../core/web/use-get';
import type { Assembly, Proposal, ProposalInputFields } from '../contract';
import type { DelegateBoard } from '../delegates/contract';
import { PROPOSAL_BODY_MAX, TITLE_MAX } from '../limits';
import { assemblyApi, proposalPath } from './format';

/**
 * /assemblies/proposals/new?assembly=…[&meeting=…][&recall=delegateId] — a member (or a facilitator,
 * as the rules say) makes a proposal, voted at a meeting or online; with `recall`, one to recall a delegate.
 */
export function NewProposalPage() {
  const t = useT('assemblies');
  const lang = useLanguage();
  const query = new URLSearchParams(location.search);
  const assemblyId = query.get('assembly') ?? '';
  const recallId = query.get('recall');
  const { data: assembly, error } = useGet<Assembly>(assemblyId ? assemblyApi(assemblyId) : null);
  const { data: board } = useGet<DelegateBoard>(assemblyId && recallId ? `${assemblyApi(assemblyId)}/delegates` : null);
  const delegate = board?.ours.find((d) => d.id === recallId);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [meetingId, setMeetingId] = useState(query.get('meeting') ?? '');
  const save = useAction(async () => {
    const input: ProposalInputFields = {
      assemblyId,
      title,
      body,
      meetingId: meetingId || null,
      ...(recallId ? { kind: 'recall', delegateId: recallId } : {}),
    };
    navigate(proposalPath((await api.post<Proposal>('/api/assemblies/proposals', input)).id));
  });
  const meetings = (assembly?.meetings ?? []).filter((m) => m.status !== 'closed');
  const heading = recallId ? t('proposalForm.recall', { name: delegate?.member.name ?? '' }) : t('proposalForm.title');
  return (
    <>
      <PageTitle title={heading} />
      {!assemblyId && <p class="notice">{t('proposalForm.noAssembly')}</p>}
      <FormError error={error} />
      {assembly && <p>{t('proposalForm.assembly', { name: assembly.name })}</p>}
      {assemblyId && (
        <ActionForm class="card" noValidate action={save}>
          <TextField
            id="proposal-title"
            name="title"
            label={t('proposalForm.titleLabel')}
            maxLength={TITLE_MAX}
            required
            value={title}
            onInput={setTitle}
            error={save.error}
          />
          <TextAreaField
            id="proposal-body"
            name="body"
            label={t('proposalForm.body')}
            hint={t('meeting.minutesHint')}
            rows={8}
            maxLength={PROPOSAL_BODY_MAX}
            value={body}
            onInput={setBody}
            error={save.error}
          />
          <SelectField
            id="proposal-meeting"
            name="meetingId"
            label={t('proposalForm.meeting')}
            hint={t('proposalForm.meetingHint')}
            placeholder={t('proposalForm.online')}
            value={meetingId}
            onInput={setMeetingId}
            error={save.error}
            options={meetings.map((m) => ({ value: m.id, label: `${m.title} · ${formatDateTime(m.startsAt, lang)}` }))}
          />
          <FormError error={save.error} fields={['title', 'body', 'meetingId']} />
          <button type="submit" class="button button-primary button-wide" disabled={save.busy}>
            {t('proposalForm.save')}
          </button>
        </ActionForm>
      )}
    </>
  );
}
