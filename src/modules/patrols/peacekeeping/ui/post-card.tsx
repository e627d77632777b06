import { useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { FormError } from '../../../../core/web/forms';
import { useT } from '../../../../core/web/i18n';
import type { MarshalPost, PlanView, PostInput, PostMarshal } from '../contract';
import { AssignPanel } from './assign-panel';
import { useMarshalAction } from './marshal-api';
import { PostForm } from './post-form';

const postApi = (id: string) => `/api/marshals/posts/${encodeURIComponent(id)}`;
const assignmentApi = (id: string) => `/api/marshals/assignments/${encodeURIComponent(id)}`;

/** Which post or marshal a short button is about, for screen readers (the card shows it to everyone else). */
const Context = ({ text }: { text: string }) => <span class="sr-only">: {text}</span>;

function MarshalRow(props: { m: PostMarshal; editable: boolean; onChange: (view: PlanView) => void }) {
  const t = useT('peacekeeping');
  const { m } = props;
  const act = useMarshalAction(async (path: string, body?: unknown) => props.onChange(await api.post<PlanView>(path, body)));
  return (
    <li class="marshal-row">
      <span>
        {m.name} {m.lead && <span class="badge badge-ok">{t('post.leadBadge')}</span>}
      </span>
      {props.editable && (
        <span class="button-row">
          <button
            type="button"
            class="button"
            disabled={act.busy}
            onClick={() => act.run(`${assignmentApi(m.assignmentId)}/lead`, { lead: !m.lead })}
          >
            {t(m.lead ? 'post.removeLead' : 'post.makeLead')}
            <Context text={m.name} />
          </button>
          <button type="button" class="button" disabled={act.busy} onClick={() => act.run(`${assignmentApi(m.assignmentId)}/remove`)}>
            {t('post.free')}
            <Context text={m.name} />
          </button>
        </span>
      )}
      <FormError error={act.error} />
    </li>
  );
}

/** A post as organisers manage it: what and where, who is there, and what can be done with it. */
export function PostCard(props: { view: PlanView; post: MarshalPost; onChange: (view: PlanView) => void }) {
  const t = useT('peacekeeping');
  const { post, view } = props;
  const [open, setOpen] = useState<'assign' | 'edit' | 'remove' | null>(null);
  const toggle = (what: 'assign' | 'edit' | 'remove') => setOpen(open === what ? null : what);
  const act = useMarshalAction(async (path: string, body?: unknown) => {
    props.onChange(await api.post<PlanView>(path, body));
    setOpen(null);
  });
  const save = async (input: PostInput) => {
    props.onChange(await api.put<PlanView>(postApi(post.id), input));
    setOpen(null);
  };
  const headingId = `post-${post.id}`;
  return (
    <article class="card marshal-post" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('post.heading', { position: post.position, label: post.label })}</h3>
      <p class="tag-row">
        <span class="tag">{t(`postKinds.${post.kind}`)}</span>{' '}
        <span class={`badge ${post.marshals.length < post.needed ? 'badge-warning' : 'badge-ok'}`}>
          {t('post.staffing', { assigned: post.marshals.length, needed: post.needed })}
        </span>
      </p>
      <dl class="details">
        <dt>{t('post.channel')}</dt>
        <dd>{post.radioChannel || t('post.noChannel')}</dd>
        {post.instructions && (
          <>
            <dt>{t('post.instructions')}</dt>
            <dd class="marshal-text">{post.instructions}</dd>
          </>
        )}
        {post.point && (
          <>
            <dt>{t('post.point')}</dt>
            <dd>
              {post.point.lat}, {post.point.lng}
            </dd>
          </>
        )}
      </dl>
      <h4>{t('post.marshals')}</h4>
      {post.marshals.length === 0 && <p>{t('post.noMarshals')}</p>}
      <ul class="marshal-list">
        {post.marshals.map((m) => (
          <MarshalRow key={m.assignmentId} m={m} editable={view.editable} onChange={props.onChange} />
        ))}
      </ul>
      {view.editable && (
        <div class="button-row">
          {(post.marshals.length < post.needed || open === 'assign') && (
            <button type="button" class="button button-primary" aria-expanded={open === 'assign'} onClick={() => toggle('assign')}>
              {open === 'assign' ? t('post.closeAssign') : t('post.assign')}
              <Context text={post.label} />
            </button>
          )}
          <button type="button" class="button" aria-expanded={open === 'edit'} onClick={() => toggle('edit')}>
            {open === 'edit' ? t('post.closeEdit') : t('post.edit')}
            <Context text={post.label} />
          </button>
          <button
            type="button"
            class="button"
            disabled={act.busy || post.position === 1}
            onClick={() => act.run(`${postApi(post.id)}/move`, { direction: 'up' })}
          >
            {t('post.moveUp')}
            <Context text={post.label} />
          </button>
          <button
            type="button"
            class="button"
            disabled={act.busy || post.position === view.posts.length}
            onClick={() => act.run(`${postApi(post.id)}/move`, { direction: 'down' })}
          >
            {t('post.moveDown')}
            <Context text={post.label} />
          </button>
          <button type="button" class="button" aria-expanded={open === 'remove'} onClick={() => toggle('remove')}>
            {t('post.remove')}
            <Context text={post.label} />
          </button>
        </div>
      )}
      <FormError error={act.error} />
      {open === 'remove' && (
        <div class="confirm" role="alert">
          <p>{t('post.removeConfirm')}</p>
          <div class="button-row">
            <button type="button" class="button button-danger" disabled={act.busy} onClick={() => act.run(`${postApi(post.id)}/remove`)}>
              {t('post.removeYes')}
            </button>
            <button type="button" class="button" onClick={() => setOpen(null)}>
              {t('post.removeNo')}
            </button>
          </div>
        </div>
      )}
      {open === 'assign' && <AssignPanel view={view} post={post} onAssigned={props.onChange} />}
      {open === 'edit' && <PostForm idPrefix={`edit-${post.id}`} post={post} submitLabel={t('form.save')} onSubmit={save} />}
    </article>
  );
}
