import './trainings.css';
import { useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { ActionForm, Checkbox, FormError, Loading, PageTitle, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import { navigate, usePathParam } from '../../../core/web/router';
import { canAccess, useMe } from '../../../core/web/session';
import { useGet } from '../../../core/web/use-get';
import type { Material } from '../contract';
import { MATERIAL_BODY_MAX, MATERIAL_TITLE_MAX } from '../limits';
import { courseApi, coursePath, materialPath } from './format';
import { MarkdownView } from './markdown-view';

const materialApi = (courseId: string, lang: string) => `${courseApi(courseId)}/materials/${encodeURIComponent(lang)}`;

/** /trainings/courses/:id/materials/:language — a handout to read on a phone or print (the print hides the app around it). */
export function MaterialPage() {
  const t = useT('trainings');
  const lang = useLanguage();
  const me = useMe();
  const id = usePathParam('id');
  const language = usePathParam('language');
  const { data, error } = useGet<Material>(materialApi(id, language));
  if (error)
    return (
      <>
        <PageTitle title={t('course.handouts')} />
        {error instanceof ApiError && error.status === 404 ? <p class="notice">{t('material.notFound')}</p> : <FormError error={error} />}
        <a href={coursePath(id)}>{t('material.back')}</a>
      </>
    );
  if (!data) return <Loading />;
  return (
    <article class="material-print" lang={data.language}>
      <PageTitle title={data.title} />
      {data.draft && <p class="notice">{t('material.draftNotice')}</p>}
      <MarkdownView source={data.body} />
      <p class="hint">{t('material.updated', { date: formatDateTime(data.updatedAt, lang) })}</p>
      <div class="button-row no-print" lang={lang}>
        <button type="button" class="button button-primary" onClick={() => window.print()}>
          {t('material.print')}
        </button>
        {canAccess(me, ['organiser']) && (
          <a class="button" href={`${materialPath(id, language)}/edit`}>
            {t('material.edit')}
          </a>
        )}
        <a href={coursePath(id)}>{t('material.back')}</a>
      </div>
    </article>
  );
}

/** /trainings/courses/:id/materials/:language/edit — organisers write the page, seeing it as members will. */
export function EditMaterialPage() {
  const id = usePathParam('id');
  const language = usePathParam('language');
  const existing = useGet<Material>(materialApi(id, language));
  const missing = existing.error instanceof ApiError && existing.error.status === 404;
  if (!existing.data && !missing) return existing.error ? <FormError error={existing.error} /> : <Loading />;
  return <MaterialForm courseId={id} language={language} initial={existing.data} />;
}

function MaterialForm({ courseId, language, initial }: { courseId: string; language: string; initial: Material | null }) {
  const t = useT('trainings');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [draft, setDraft] = useState(initial?.draft ?? true);
  const save = useAction(async () => {
    await api.put<Material>(materialApi(courseId, language), { title, body, draft });
    navigate(materialPath(courseId, language));
  });
  return (
    <>
      <PageTitle title={t('material.editTitle', { language: t(`languages.${language}`) })} />
      <ActionForm class="card" noValidate action={save}>
        <div lang={language}>
          <TextField
            id="material-title"
            name="title"
            label={t('material.titleLabel')}
            maxLength={MATERIAL_TITLE_MAX}
            required
            value={title}
            onInput={setTitle}
            error={save.error}
          />
          <TextAreaField
            id="material-body"
            name="body"
            label={t('material.bodyLabel')}
            maxLength={MATERIAL_BODY_MAX}
            rows={16}
            value={body}
            onInput={setBody}
            error={save.error}
          />
        </div>
        <p class="hint">{t('material.syntax')}</p>
        <Checkbox label={t('material.draftLabel')} hint={t('material.draftHint')} checked={draft} onChange={setDraft} />
        <FormError error={save.error} fields={['title', 'body']} />
        <button type="submit" class="button button-primary button-wide" disabled={save.busy}>
          {t('material.save')}
        </button>
      </ActionForm>
      <section aria-labelledby="preview-title">
        <h2 id="preview-title">{t('material.preview')}</h2>
        <div class="card" lang={language}>
          <MarkdownView source={body} headingShift={2} />
        </div>
      </section>
    </>
  );
}
