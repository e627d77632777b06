import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, Checkbox, FormError, TextAreaField, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import type { Comment, Proposal } from '../contract';
import { COMMENT_MAX } from '../limits';
import { proposalApi } from './format';

function AmendmentAnswer({ comment, onChange }: { comment: Comment; onChange: (p: Proposal) => void }) {
  const t = useT('assemblies');
  const answer = useAction(async (status: 'accepted' | 'rejected') =>
    onChange(await api.put<Proposal>(`/api/assemblies/amendments/${encodeURIComponent(comment.id)}`, { status })),
  );
  const name = comment.author?.name ?? '';
  return (
    <div class="button-row">
      <button
        type="button"
        class="button"
        disabled={answer.busy}
        aria-label={t('proposal.acceptNamed', { name })}
        onClick={() => answer.run('accepted')}
      >
        {t('proposal.accept')}
      </button>
      <button
        type="button"
        class="button"
        disabled={answer.busy}
        aria-label={t('proposal.rejectNamed', { name })}
        onClick={() => answer.run('rejected')}
      >
        {t('proposal.reject')}
      </button>
      <FormError error={answer.error} />
    </div>
  );
}

function CommentItem({ comment, proposal, onChange }: { comment: Comment; proposal: Proposal; onChange: (p: Proposal) => void }) {
  const t = useT('assemblies');
  const lang = useLanguage();
  return (
    <li class="comment">
      <p class="hint">
        {comment.author?.name} · {formatDateTime(comment.createdAt, lang)}
        {comment.amendmentStatus && (
          <>
            {' '}
            <span class="badge badge-muted">{t(`proposal.amendmentStatus.${comment.amendmentStatus}`)}</span>
          </>
        )}
      </p>
      <p class="comment-body">{comment.body}</p>
      {comment.amendmentStatus === 'open' && proposal.status === 'discussion' && proposal.can.answerAmendments && (
        <AmendmentAnswer comment={comment} onChange={onChange} />
      )}
    </li>
  );
}

function CommentForm({ proposal, onChange }: { proposal: Proposal; onChange: (p: Proposal) => void }) {
  const t = useT('assemblies');
  const [body, setBody] = useState('');
  const [amendment, setAmendment] = useState(false);
  const post = useAction(async () => {
    onChange(await api.post<Proposal>(`${proposalApi(proposal.id)}/comments`, { body, kind: amendment ? 'amendment' : 'comment' }));
    setBody('');
    setAmendment(false);
  });
  return (
    <ActionForm noValidate action={post}>
      <TextAreaField
        id="comment-body"
        name="body"
        label={t('proposal.commentLabel')}
        rows={3}
        maxLength={COMMENT_MAX}
        value={body}
        onInput={setBody}
        error={post.error}
      />
      {proposal.status === 'discussion' && <Checkbox label={t('proposal.asAmendment')} checked={amendment} onChange={setAmendment} />}
      <FormError error={post.error} fields={['body']} />
      <button type="submit" class="button" disabled={post.busy}>
        {t('proposal.post')}
      </button>
    </ActionForm>
  );
}

/** Amendments (accepted ones are part of the proposal) and the discussion. */
export function DiscussionSection({ proposal, onChange }: { proposal: Proposal; onChange: (p: Proposal) => void }) {
  const t = useT('assemblies');
  const amendments = proposal.comments.filter((c) => c.kind === 'amendment');
  const comments = proposal.comments.filter((c) => c.kind === 'comment');
  return (
    <>
      {amendments.length > 0 && (
        <section aria-labelledby="amendments-title">
          <h2 id="amendments-title">{t('proposal.amendments')}</h2>
          <p class="hint">{t('proposal.accepted')}</p>
          <ul class="plain-list comment-list">
            {amendments.map((c) => (
              <CommentItem key={c.id} comment={c} proposal={proposal} onChange={onChange} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="comments-title">
        <h2 id="comments-title">{t('proposal.comments')}</h2>
        {comments.length === 0 && <p>{t('proposal.noComments')}</p>}
        <ul class="plain-list comment-list">
          {comments.map((c) => (
            <CommentItem key={c.id} comment={c} proposal={proposal} onChange={onChange} />
          ))}
        </ul>
        {proposal.can.comment && <CommentForm proposal={proposal} onChange={onChange} />}
      </section>
    </>
  );
}
