import './aid.css';
import { ApiError } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { useGet } from '../../../core/web/use-get';
import type { AidTaskDetail } from '../contract';
import { AidLinks } from './aid-links';
import type { TaskMap } from './aid-map';
import { requestApi } from './api-paths';
import { ClaimPanel } from './claim-panel';
import { FilerPanel } from './filer-panel';
import { taskTitle } from './format';
import { MapFrame } from './map-frame';
import { TaskFacts, TaskTags } from './task-facts';

/** /aid/:id — a task: its coarse place on the map, the volunteer's steps, and the filer's. */
export function TaskPage() {
  const t = useT('aid');
  const id = usePathParam('id');
  const { data: task, setData, error } = useGet<AidTaskDetail>(requestApi(id));

  if (error)
    return (
      <>
        <PageTitle title={t('task.notFoundTitle')} />
        {error instanceof ApiError && error.status === 404 ? <p class="notice">{t('task.notFound')}</p> : <FormError error={error} />}
        <AidLinks />
      </>
    );
  if (!task) return <Loading />;
  const mapTask = { id: task.id, cell: task.cell, zoneId: task.zone.id, label: taskTitle(t, task) };
  return (
    <>
      <PageTitle title={taskTitle(t, task)} />
      <TaskTags task={task} />
      <TaskFacts task={task} />
      <MapFrame<TaskMap>
        create={(maps, container, zones) => maps.createTaskMap(container, zones, () => {})}
        onReady={(map) => map?.show([mapTask], task.id)}
        help={task.cell ? t('map.cellHelp') : t('map.zoneHelp')}
      />
      <ClaimPanel task={task} onChange={setData} />
      <FilerPanel task={task} onChange={setData} />
      <AidLinks />
    </>
  );
}
