import { describe, expect, it } from 'vitest';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { aWorld, LINUX_IMAGE, REGION } from '../fixtures/world.js';

describe('describeImageSupportInstanceTypes', () => {
  it('lists the region types of the image architecture, in catalogue order', () => {
    const ecs = aWorld();
    const body = ecs.describeImageSupportInstanceTypes({ regionId: REGION, imageId: LINUX_IMAGE });
    const types = body.instanceTypes.instanceType;
    expect(body).toMatchObject({ regionId: REGION, imageId: LINUX_IMAGE });
    expect(types).toContainEqual(
      expect.objectContaining({ instanceTypeId: 'ecs.g7.large', instanceTypeFamily: 'ecs.g7' }),
    );
    const all = ecs.describeInstanceTypes({}).instanceTypes.instanceType;
    const x86 = all.filter((t) => t.cpuArchitecture === 'X86').map((t) => t.instanceTypeId);
    expect(types.map((t) => t.instanceTypeId)).toEqual(x86);
    const large = types.find((t) => t.instanceTypeId === 'ecs.g7.large');
    expect(large).toMatchObject({ cpuCoreCount: 2, memorySize: 8 });
  });

  it('leaves out the ARM types for an x86 image named through a filter', () => {
    const ecs = aWorld();
    const body = ecs.describeImageSupportInstanceTypes({
      regionId: REGION,
      filter: [{ key: 'imageId', value: LINUX_IMAGE }],
    });
    const families = body.instanceTypes.instanceType.map((t) => t.instanceTypeFamily);
    expect(families).toContain('ecs.g7');
    expect(families).not.toContain('ecs.g8y');
  });

  it.each([
    [{ regionId: undefined }, 'MissingParameter'],
    [{ imageId: undefined }, 'MissingParameter'],
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{ imageId: 'm-nope' }, 'InvalidImageId.NotFound'],
  ] as const)('refuses %j with %s', (change, code) => {
    const ecs = aWorld();
    const request = { regionId: REGION, imageId: LINUX_IMAGE, ...change };
    expectRefused(ecs, () => ecs.describeImageSupportInstanceTypes(request), code);
  });
});
