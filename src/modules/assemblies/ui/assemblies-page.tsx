import './assemblies.css';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { formatNumber, useLanguage, useT } from '../../../core/web/i18n';
import { canAccess, useMe } from '../../../core/web/session';
import { useGet } from '../../../core/web/use-get';
import type { AssemblyList, AssemblySummary } from '../contract';
import { assemblyPath } from './format';

function AssemblyCard({ assembly }: { assembly: AssemblySummary }) {
  const t = useT('assemblies');
  const lang = useLanguage();
  const titleId = `assembly-${assembly.id}`;
  return (
    <article class="card assembly-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <a href={assemblyPath(assembly.id)}>{assembly.name}</a>
      </h3>
      <div class="tag-row">
        <span class="tag">{t(`kinds.${assembly.kind}`)}</span>
        {assembly.zone && <span class="tag">{assembly.zone.name}</span>}
        {assembly.myRole && <span class="badge badge-ok">{t(`roles.${assembly.myRole}`)}</span>}
        {assembly.demo && <span class="badge badge-demo">{t('demo')}</span>}
      </div>
      <p class="hint">
        {t('list.voters', { count: formatNumber(assembly.voters, lang) })}
        {assembly.parent && ` · ${t('list.partOf', { name: assembly.parent.name })}`}
      </p>
    </article>
  );
}

function CardList({ assemblies }: { assemblies: AssemblySummary[] }) {
  return (
    <ul class="plain-list card-grid">
      {assemblies.map((a) => (
        <li key={a.id}>
          <AssemblyCard assembly={a} />
        </li>
      ))}
    </ul>
  );
}

/** /assemblies — my assemblies first, then every assembly of the network to join. */
export function AssembliesPage() {
  const t = useT('assemblies');
  const me = useMe();
  const { data, error } = useGet<AssemblyList>('/api/assemblies');
  const mine = data?.assemblies.filter((a) => a.myRole) ?? [];
  return (
    <>
      <PageTitle title={t('list.title')} />
      <p>{t('list.intro')}</p>
      {canAccess(me, ['organiser']) && (
        <p>
          <a class="button button-primary" href="/assemblies/new">
            {t('list.new')}
          </a>
        </p>
      )}
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data && (
        <>
          <section aria-labelledby="mine-title">
            <h2 id="mine-title">{t('list.mine')}</h2>
            {mine.length === 0 ? <p>{t('list.mineNone')}</p> : <CardList assemblies={mine} />}
          </section>
          <section aria-labelledby="all-title">
            <h2 id="all-title">{t('list.all')}</h2>
            {data.assemblies.length === 0 ? <p>{t('list.none')}</p> : <CardList assemblies={data.assemblies} />}
          </section>
        </>
      )}
    </>
  );
}
