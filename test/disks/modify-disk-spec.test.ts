import { describe, expect, it } from 'vitest';
import { createEcs } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { anAttachedDisk, anAvailableDisk, aRunningInstance, aWorld, viewOf } from './helpers.js';

describe('modifyDiskSpec', () => {
  it('changes the ESSD performance level at once, keeping status, size and data', () => {
    const ecs = aWorld();
    const instanceId = aRunningInstance(ecs);
    const diskId = anAttachedDisk(ecs, instanceId, { size: 500, diskCategory: 'cloud_essd' });
    ecs.writeDisk({ diskId, offset: 0, data: 'kept' });
    const { taskId, orderId } = ecs.modifyDiskSpec({ diskId, performanceLevel: 'PL2' });
    expect(taskId).toMatch(/^t-/);
    expect(orderId).toBe('');
    expect(viewOf(ecs, diskId)).toMatchObject({
      category: 'cloud_essd',
      performanceLevel: 'PL2',
      status: 'In_use',
      size: 500,
    });
    expect(new TextDecoder().decode(ecs.readDisk({ diskId, offset: 0, length: 4 }))).toBe('kept');
  });

  it('changes the category; ESSD gets PL1 unless a level is given; other categories have none', () => {
    const ecs = aWorld();
    const diskId = anAvailableDisk(ecs, { diskCategory: 'cloud_efficiency' });
    ecs.modifyDiskSpec({ diskId, diskCategory: 'cloud_essd' });
    expect(viewOf(ecs, diskId)).toMatchObject({ category: 'cloud_essd', performanceLevel: 'PL1' });
    ecs.modifyDiskSpec({ diskId, diskCategory: 'cloud_ssd' });
    expect(viewOf(ecs, diskId)).toMatchObject({ category: 'cloud_ssd', status: 'Available' });
    expect(viewOf(ecs, diskId).performanceLevel).not.toBe('PL1');
  });

  it.each([
    ['an unknown disk', { diskId: 'd-nope' }, 'InvalidDiskId.NotFound', 404],
    ['no disk id', { diskId: undefined }, 'MissingParameter', 400],
    [
      'an unknown category',
      { diskCategory: 'floppy' },
      'InvalidDiskCategory.ValueNotSupported',
      400,
    ],
    ['an unknown level', { performanceLevel: 'PL9' }, 'InvalidParameter', 400],
    [
      'a level for a non-ESSD category',
      { diskCategory: 'cloud_ssd', performanceLevel: 'PL1' },
      'InvalidParameter',
      400,
    ],
    [
      'a level the size does not allow',
      { performanceLevel: 'PL3' },
      'InvalidSize.ValueNotSupported',
      400,
    ],
    ['a dry run', { dryRun: true, performanceLevel: 'PL0' }, 'DryRunOperation', 400],
  ] as const)('refuses %s with %s (%i), changing nothing', (_why, change, code, status) => {
    const ecs = aWorld();
    const diskId = anAvailableDisk(ecs, { diskCategory: 'cloud_essd' });
    expectRefused(ecs, () => ecs.modifyDiskSpec({ diskId, ...change }), code, status);
  });

  it('refuses a disk not Available or In_use (IncorrectDiskStatus)', () => {
    const ecs = aWorld();
    const { diskId } = ecs.createDisk({
      regionId: 'cn-hangzhou',
      zoneId: 'cn-hangzhou-h',
      size: 40,
    });
    expectRefused(
      ecs,
      () => ecs.modifyDiskSpec({ diskId, performanceLevel: 'PL0' }),
      'IncorrectDiskStatus',
    );
  });

  it('refuses while a snapshot of the disk is in progress', () => {
    const ecs = aWorld();
    const instanceId = aRunningInstance(ecs);
    const diskId = anAttachedDisk(ecs, instanceId);
    ecs.writeDisk({ diskId, offset: 0, length: 1024 * 1024, fill: 'x' });
    ecs.createSnapshot({ diskId });
    expectRefused(
      ecs,
      () => ecs.modifyDiskSpec({ diskId, performanceLevel: 'PL0' }),
      'IncorrectDiskStatus.CreatingSnapshot',
    );
  });

  it('refuses a category the zone does not sell (CategoryNotSupported)', () => {
    const ecs = createEcs({
      catalogue: { zones: { 'cn-hangzhou-h': { diskCategories: ['cloud_essd'] } } },
    });
    const { diskId } = ecs.createDisk({
      regionId: 'cn-hangzhou',
      zoneId: 'cn-hangzhou-h',
      size: 40,
    });
    ecs.clock.settle();
    expectRefused(
      ecs,
      () => ecs.modifyDiskSpec({ diskId, diskCategory: 'cloud_efficiency' }),
      'CategoryNotSupported',
      403,
    );
  });
});
