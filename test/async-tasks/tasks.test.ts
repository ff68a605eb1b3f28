import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import { anAvailableDisk, aWorld, REGION } from '../disks/helpers.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { restored } from '../saved/helpers.js';

/** A world with two disks whose spec changed: two `ModifyDiskSpec` tasks, 10 minutes apart. */
function aWorldWithTasks() {
  const ecs = aWorld();
  const first = anAvailableDisk(ecs, { diskCategory: 'cloud_essd' });
  const second = anAvailableDisk(ecs, { diskCategory: 'cloud_efficiency' });
  const t1 = ecs.modifyDiskSpec({ diskId: first, performanceLevel: 'PL0' }).taskId;
  ecs.clock.advance('PT10M');
  const t2 = ecs.modifyDiskSpec({ diskId: second, diskCategory: 'cloud_essd' }).taskId;
  return { ecs, first, second, t1, t2 };
}

const idsOf = (ecs: Ecs, request: Parameters<Ecs['describeTasks']>[0] = {}) =>
  ecs.describeTasks({ regionId: REGION, ...request }).taskSet.task.map((t) => t.taskId);

describe('tasks (DescribeTasks, DescribeTaskAttribute)', () => {
  it('records ModifyDiskSpec as a finished task of its disk, 100%, not cancellable', () => {
    const { ecs, first, t1 } = aWorldWithTasks();
    const now = ecs.state.clock.now;
    const [task] = ecs.describeTasks({ regionId: REGION, taskIds: t1 }).taskSet.task;
    expect(task).toEqual({
      taskId: t1,
      taskAction: 'ModifyDiskSpec',
      taskStatus: 'Finished',
      resourceId: first,
      supportCancel: 'false',
      creationTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/),
      finishedTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/),
    });
    // Created 10 minutes ago, ended at once: minute precision, as the reference's examples.
    expect(task?.creationTime).toBe(task?.finishedTime);
    expect(String(task?.creationTime) < `${now.slice(0, 16)}Z`).toBe(true);
    const attribute = ecs.describeTaskAttribute({ regionId: REGION, taskId: t1 });
    expect(attribute).toMatchObject({
      taskId: t1,
      regionId: REGION,
      taskAction: 'ModifyDiskSpec',
      taskStatus: 'Finished',
      taskProcess: '100%',
      supportCancel: 'false',
      totalCount: 1,
      successCount: 1,
      failedCount: 0,
      creationTime: task?.creationTime,
      finishedTime: task?.finishedTime,
    });
    expect(attribute.operationProgressSet.operationProgress).toEqual([
      {
        operationStatus: 'Success',
        errorCode: '',
        errorMsg: '',
        relatedItemSet: { relatedItem: [{ name: 'DiskId', value: first }] },
      },
    ]);
  });

  it('filters by ids, action, status, resource and creation time, oldest first', () => {
    const { ecs, second, t1, t2 } = aWorldWithTasks();
    expect(idsOf(ecs)).toEqual([t1, t2]);
    expect(idsOf(ecs, { taskIds: `${t2}, ${t1}` })).toEqual([t1, t2]);
    expect(idsOf(ecs, { taskIds: t2 })).toEqual([t2]);
    expect(idsOf(ecs, { taskAction: 'ModifyDiskSpec' })).toEqual([t1, t2]);
    expect(idsOf(ecs, { taskAction: 'ExportImage' })).toEqual([]);
    expect(idsOf(ecs, { taskStatus: 'Processing' })).toEqual([]);
    expect(idsOf(ecs, { taskStatus: 'Finished' })).toEqual([t1, t2]);
    // Statuses a query cannot ask for are ignored, as the reference says.
    expect(idsOf(ecs, { taskStatus: 'Paused' })).toEqual([t1, t2]);
    expect(idsOf(ecs, { resourceIds: [second] })).toEqual([t2]);
    const [one, two] = ecs.describeTasks({ regionId: REGION }).taskSet.task;
    expect(idsOf(ecs, { startTime: `${two?.creationTime.slice(0, 16)}:00Z` })).toEqual([t2]);
    expect(idsOf(ecs, { endTime: `${one?.creationTime.slice(0, 16)}:59Z` })).toEqual([t1]);
    expect(idsOf(ecs, { taskGroupId: 'g-none' })).toEqual([]);
    expect(idsOf(ecs, { regionId: 'cn-shanghai' })).toEqual([]);
  });

  it('pages the tasks', () => {
    const { ecs, t1, t2 } = aWorldWithTasks();
    const page = (pageNumber: number) =>
      ecs.describeTasks({ regionId: REGION, pageSize: 1, pageNumber });
    expect(page(1)).toMatchObject({ totalCount: 2, pageNumber: 1, pageSize: 1 });
    expect(page(1).taskSet.task.map((t) => t.taskId)).toEqual([t1]);
    expect(page(2).taskSet.task.map((t) => t.taskId)).toEqual([t2]);
    expect(page(3).taskSet.task).toEqual([]);
  });

  it('keeps the tasks in a saved world, and after the disk is gone', () => {
    const { ecs, first, t1 } = aWorldWithTasks();
    ecs.deleteDisk({ diskId: first });
    const again = restored(ecs);
    expect(again.describeTasks({ regionId: REGION })).toEqual({
      ...ecs.describeTasks({ regionId: REGION }),
      requestId: expect.any(String),
    });
    expect(again.describeTaskAttribute({ regionId: REGION, taskId: t1 }).taskStatus).toBe(
      'Finished',
    );
  });

  it.each([
    ['no region', {}, 'MissingParameter'],
    ['an unknown region', { regionId: 'mars-1' }, 'InvalidRegionId.NotFound'],
    ['a page size over 100', { regionId: REGION, pageSize: 101 }, 'InvalidParameter'],
    ['a page number of 0', { regionId: REGION, pageNumber: 0 }, 'InvalidParameter'],
    [
      'a time without zone',
      { regionId: REGION, startTime: '2026-01-01T00:00' },
      'InvalidParameter',
    ],
    [
      '101 task ids',
      { regionId: REGION, taskIds: Array.from({ length: 101 }, (_, i) => `t-${i}`).join(',') },
      'InvalidParameter',
    ],
  ] as const)('describeTasks refuses %s with %s, changing nothing', (_why, request, code) => {
    const { ecs } = aWorldWithTasks();
    expectRefused(ecs, () => ecs.describeTasks(request), code);
  });

  it.each([
    ['no task id', { regionId: REGION }, 'MissingParameter'],
    ['no region', { taskId: 't-x' }, 'MissingParameter'],
    ['an unknown region', { regionId: 'mars-1', taskId: 't-x' }, 'InvalidRegionId.NotFound'],
    ['an unknown task', { regionId: REGION, taskId: 't-nope' }, 'InvalidTaskId.NotFound'],
  ] as const)(
    'describeTaskAttribute refuses %s with %s, changing nothing',
    (_why, request, code) => {
      const { ecs } = aWorldWithTasks();
      expectRefused(ecs, () => ecs.describeTaskAttribute(request), code);
    },
  );

  it('does not find a task from another region', () => {
    const { ecs, t1 } = aWorldWithTasks();
    expectRefused(
      ecs,
      () => ecs.describeTaskAttribute({ regionId: 'cn-shanghai', taskId: t1 }),
      'InvalidTaskId.NotFound',
    );
  });
});
