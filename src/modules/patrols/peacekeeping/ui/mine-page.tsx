import './peacekeeping.css';
import { FormError, Loading, PageTitle } from '../../../../core/web/forms';
import { useT } from '../../../../core/web/i18n';
import type { MyPost, MyPosts } from '../contract';
import { useLoaded } from './marshal-api';
import { MyPostCard } from './my-post-card';

/** /marshals/mine — a marshal's posts on their phone: where, what to do, channel, lead, and check-in. */
export function MinePage() {
  const t = useT('peacekeeping');
  const { data, set, error } = useLoaded<MyPosts>('/api/marshals/mine');
  const replace = (post: MyPost) =>
    set((current) => current && { posts: current.posts.map((p) => (p.assignmentId === post.assignmentId ? post : p)) });
  return (
    <>
      <PageTitle title={t('mine.title')} />
      <p>{t('mine.intro')}</p>
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data?.posts.length === 0 && <p class="notice">{t('mine.none')}</p>}
      {data?.posts.map((p) => (
        <MyPostCard key={p.assignmentId} post={p} onChange={replace} />
      ))}
    </>
  );
}
