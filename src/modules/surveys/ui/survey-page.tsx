import './surveys.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, Status, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { canAccess, useSession } from '../../../core/web/session';
import type { Survey } from '../contract';
import { AnswerForm } from './answer-form';
import { storedBallot } from './ballot';
import { ResultsView } from './results-view';

/** What the caller can do about answering: sign in, wait to be vouched for, answer, or change elsewhere. */
function Answering({ survey, onAnswered }: { survey: Survey; onAnswered: () => void }) {
  const t = useT('surveys');
  const session = useSession();
  if (!survey.open || session.status === 'loading') return null;
  if (session.status !== 'signed_in')
    return (
      <p>
        <a class="button button-primary" href="/sign-in">
          {t('survey.signIn')}
        </a>
      </p>
    );
  if (!canAccess(session.me, 'trusted')) return <p class="notice">{t('survey.notTrusted')}</p>;
  if (survey.answered && !storedBallot(survey.id)) return <p class="notice">{t('survey.otherDevice')}</p>;
  return <AnswerForm survey={survey} onAnswered={onAnswered} />;
}

function CloseSurvey({ survey, onClosed }: { survey: Survey; onClosed: (s: Survey) => void }) {
  const t = useT('surveys');
  const session = useSession();
  const close = useAction(async () => onClosed(await api.post<Survey>(`/api/surveys/${encodeURIComponent(survey.id)}/close`)));
  if (!survey.open || session.status !== 'signed_in' || !canAccess(session.me, ['organiser'])) return null;
  return (
    <div class="manage">
      <p class="hint" id="close-hint">
        {t('survey.closeHint')}
      </p>
      <button type="button" class="button" aria-describedby="close-hint" disabled={close.busy} onClick={() => close.run()}>
        {t('survey.close')}
      </button>
      <FormError error={close.error} />
    </div>
  );
}

/** /surveys/:id — the question, answering it, and the (suppressed) results. Public surveys need no sign-in. */
export function SurveyPage() {
  const t = useT('surveys');
  const lang = useLanguage();
  const id = usePathParam('id');
  const session = useSession();
  const [survey, setSurvey] = useState<Survey | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [closed, setClosed] = useState(false);
  const load = () => api.get<Survey>(`/api/surveys/${encodeURIComponent(id)}`).then(setSurvey, setError);
  // Reloaded once the session is known: a members-only survey is found only when signed in.
  useEffect(() => {
    if (session.status !== 'loading') void load();
  }, [id, session.status]);

  if (!survey)
    return (
      <>
        <PageTitle title={t('title')} />
        <FormError error={error} />
        {!error && <Loading />}
      </>
    );
  return (
    <>
      <PageTitle title={survey.question} />
      <div class="tag-row">
        <span class="tag">{t('list.countedBy', { kind: t(`groupKinds.${survey.groupKind}`) })}</span>
        {survey.demo && <span class="badge badge-demo">{t('demo.badge', { ns: 'common' })}</span>}
      </div>
      {survey.campaign && <p>{t('survey.campaign', { title: survey.campaign.title })}</p>}
      <p>
        {survey.open
          ? t('survey.openUntil', { date: formatDateTime(survey.closesAt, lang) })
          : t('survey.closed', { date: formatDateTime(survey.closesAt, lang) })}{' '}
        {survey.resultsVisibility === 'public' ? t('survey.visibilityPublic') : t('survey.visibilityMembers')}
      </p>
      <Answering survey={survey} onAnswered={() => void load()} />
      <ResultsView results={survey.results} options={survey.options} />
      <CloseSurvey
        survey={survey}
        onClosed={(s) => {
          setSurvey(s);
          setClosed(true);
        }}
      />
      <Status message={closed ? t('survey.closedNow') : null} />
      {session.status === 'signed_in' && (
        <p>
          <a href="/surveys">{t('survey.back')}</a>
        </p>
      )}
    </>
  );
}
