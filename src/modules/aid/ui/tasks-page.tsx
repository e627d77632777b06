import './aid.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FormError, Loading, PageTitle, Radio } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { AidTask } from '../contract';
import { AidLinks } from './aid-links';
import type { TaskMap } from './aid-map';
import { taskTitle } from './format';
import { MapFrame } from './map-frame';
import { TaskCard } from './task-card';

type Scope = 'matching' | 'all';

/** /aid — the volunteer's view: open tasks that suit them (or all), on a map of coarse places and in a list. */
export function TasksPage() {
  const t = useT('aid');
  const [scope, setScope] = useState<Scope>('matching');
  const { data, error } = useGet<{ requests: AidTask[]; filtered: boolean }>(`/api/aid/requests?scope=${scope}`);
  const [map, setMap] = useState<TaskMap | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const tasks = data?.requests ?? [];
  useEffect(
    () =>
      map?.show(
        tasks.map((task) => ({ id: task.id, cell: task.cell, zoneId: task.zone.id, label: taskTitle(t, task) })),
        selected,
      ),
    [map, data, selected],
  );

  // A place tapped on the map: its task's heading takes the focus, so screen readers read it out.
  const select = (id: string) => {
    setSelected(id);
    const heading = list.current?.querySelector<HTMLElement>(`[id="task-${CSS.escape(id)}"]`);
    heading?.scrollIntoView({ block: 'center' });
    heading?.focus();
  };

  return (
    <>
      <PageTitle title={t('tasks.title')} />
      <p>{t('tasks.intro')}</p>
      <AidLinks />
      <fieldset class="field aid-scope">
        <legend>{t('tasks.scope')}</legend>
        {(['matching', 'all'] as const).map((s) => (
          <Radio key={s} id={`scope-${s}`} name="scope" value={s} checked={scope === s} onChoose={() => setScope(s)}>
            {t(`tasks.${s}`)}
          </Radio>
        ))}
      </fieldset>
      {data && scope === 'matching' && !data.filtered && (
        <p class="hint">
          {t('tasks.noProfile')} <a href="/aid/profile">{t('links.profile')}</a>
        </p>
      )}
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data && (
        <div class="map-layout">
          <MapFrame<TaskMap>
            create={(maps, container, zones) => maps.createTaskMap(container, zones, select)}
            onReady={setMap}
            help={t('map.tasksHelp')}
          />
          <section aria-labelledby="task-list-title" ref={list}>
            <h2 id="task-list-title">{t('tasks.listTitle')}</h2>
            <p class="hint" role="status">
              {t('tasks.count', { count: tasks.length })}
            </p>
            {tasks.length === 0 && <p>{scope === 'matching' ? t('tasks.noneMatching') : t('tasks.none')}</p>}
            <ul class="plain-list aid-list">
              {tasks.map((task) => (
                <li key={task.id}>
                  <TaskCard task={task} selected={task.id === selected} />
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </>
  );
}
