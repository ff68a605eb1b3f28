import { describe, expect, it } from 'vitest';
import { createEcs, DEFAULT_INSTANCE_TYPES, INSTANCE_TYPES } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { aRunRequest, aWorld, REGION } from '../fixtures/world.js';

describe('describeRegions', () => {
  it('lists the world regions with their endpoints, in the language asked for', () => {
    const ecs = aWorld();
    expect(ecs.describeRegions({ acceptLanguage: 'en-US' }).regions.region).toEqual([
      {
        regionId: 'cn-hangzhou',
        localName: 'China (Hangzhou)',
        regionEndpoint: 'ecs.cn-hangzhou.aliyuncs.com',
        status: 'available',
      },
      {
        regionId: 'cn-shanghai',
        localName: 'China (Shanghai)',
        regionEndpoint: 'ecs.cn-shanghai.aliyuncs.com',
        status: 'available',
      },
    ]);
    expect(ecs.describeRegions({}).regions.region[0]?.localName).toBe('华东1（杭州）');
    const custom = createEcs({ regions: [{ regionId: 'xx-test', zoneIds: ['xx-test-a'] }] });
    expect(custom.describeRegions({ regionId: 'xx-test' }).regions.region[0]?.localName).toBe(
      'xx-test',
    );
  });

  it('refuses an unknown language with InvalidParameter', () => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.describeRegions({ acceptLanguage: 'tlh' }), 'InvalidParameter');
  });
});

describe('describeZones', () => {
  it('lists each zone with the types and categories it sells', () => {
    const ecs = aWorld();
    const zones = ecs.describeZones({ regionId: REGION, acceptLanguage: 'en-US' }).zones.zone;
    expect(zones.map((z) => [z.zoneId, z.localName])).toEqual([
      ['cn-hangzhou-h', 'China (Hangzhou) Zone H'],
      ['cn-hangzhou-i', 'China (Hangzhou) Zone I'],
      ['cn-hangzhou-j', 'China (Hangzhou) Zone J'],
    ]);
    const [h, i] = zones;
    expect(h?.availableInstanceTypes.instanceTypes).toContain('ecs.g7.large');
    expect(h?.availableInstanceTypes.instanceTypes).not.toContain('ecs.g8y.large');
    expect(i?.availableInstanceTypes.instanceTypes).toContain('ecs.g8y.large');
    expect(h?.availableDiskCategories.diskCategories).toContain('cloud_essd');
    const info = must(i?.availableResources.resourcesInfo[0]);
    expect(info.instanceTypeFamilies.supportedInstanceTypeFamily).toContain('ecs.g8y');
    expect(info.instanceGenerations.supportedInstanceGeneration).toEqual([
      'ecs-5',
      'ecs-6',
      'ecs-7',
    ]);
    expect(info.networkTypes.supportedNetworkCategory).toEqual(['vpc']);
  });

  it('gives names only when not verbose', () => {
    const ecs = aWorld();
    const zone = must(ecs.describeZones({ regionId: REGION, verbose: false }).zones.zone[0]);
    expect(zone.availableInstanceTypes.instanceTypes).toEqual([]);
    expect(zone.availableResources.resourcesInfo).toEqual([]);
  });

  it.each([
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{}, 'MissingParameter'],
    [{ regionId: REGION, instanceChargeType: 'Free' }, 'Invalid.InstanceChargeType'],
  ] as const)('refuses %j with %s', (request, code) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.describeZones(request), code);
  });
});

describe('describeAvailableResource', () => {
  const values = (body: ReturnType<ReturnType<typeof aWorld>['describeAvailableResource']>) =>
    body.availableZones.availableZone.map((z) => [
      z.zoneId,
      z.availableResources.availableResource[0]?.supportedResources.supportedResource.map(
        (r) => r.value,
      ),
    ]);

  it('lists the zones that sell an instance type', () => {
    const ecs = aWorld();
    const body = ecs.describeAvailableResource({
      regionId: REGION,
      destinationResource: 'Zone',
      instanceType: 'ecs.g8y.large',
    });
    expect(values(body)).toEqual([
      ['cn-hangzhou-i', ['cn-hangzhou-i']],
      ['cn-hangzhou-j', ['cn-hangzhou-j']],
    ]);
    expect(body.availableZones.availableZone[0]).toMatchObject({
      regionId: REGION,
      status: 'Available',
      statusCategory: 'WithStock',
    });
  });

  it('lists instance types by vCPUs and memory', () => {
    const ecs = aWorld();
    const body = ecs.describeAvailableResource({
      regionId: REGION,
      destinationResource: 'InstanceType',
      zoneId: 'cn-hangzhou-h',
      cores: 2,
      memory: 16,
    });
    expect(values(body)).toEqual([
      ['cn-hangzhou-h', ['ecs.r6.large', 'ecs.r7.large', 'ecs.r8i.large']],
    ]);
  });

  it('lists disk categories with their size ranges', () => {
    const ecs = aWorld();
    const zone = must(
      ecs.describeAvailableResource({
        regionId: REGION,
        destinationResource: 'SystemDisk',
        zoneId: 'cn-hangzhou-h',
        systemDiskCategory: 'cloud_essd',
      }).availableZones.availableZone[0],
    );
    expect(zone.availableResources.availableResource[0]).toEqual({
      type: 'SystemDisk',
      supportedResources: {
        supportedResource: [
          {
            value: 'cloud_essd',
            status: 'Available',
            statusCategory: 'WithStock',
            min: 20,
            max: 2048,
            unit: 'GiB',
          },
        ],
      },
    });
    const data = ecs.describeAvailableResource({
      regionId: REGION,
      destinationResource: 'DataDisk',
    });
    expect(data.availableZones.availableZone).toHaveLength(3);
    const io = ecs.describeAvailableResource({
      regionId: REGION,
      destinationResource: 'IoOptimized',
    });
    expect(values(io)[0]?.[1]).toEqual(['optimized']);
    const net = ecs.describeAvailableResource({ regionId: REGION, destinationResource: 'Network' });
    expect(values(net)[0]?.[1]).toEqual(['vpc']);
  });

  it('leaves out zones without what was asked for', () => {
    const ecs = createEcs({
      catalogue: { zones: { 'cn-hangzhou-h': { diskCategories: ['cloud_essd'] } } },
    });
    const body = ecs.describeAvailableResource({
      regionId: REGION,
      destinationResource: 'Zone',
      dataDiskCategory: 'cloud_efficiency',
    });
    expect(values(body).map(([zone]) => zone)).toEqual(['cn-hangzhou-i', 'cn-hangzhou-j']);
    expect(
      ecs.describeAvailableResource({
        regionId: REGION,
        destinationResource: 'Zone',
        networkCategory: 'classic',
      }).availableZones.availableZone,
    ).toEqual([]);
  });

  it.each([
    [{ regionId: 'cn-nowhere', destinationResource: 'Zone' }, 'Invalid.RegionId'],
    [{ regionId: REGION }, 'Invalid.Param'],
    [{ regionId: REGION, destinationResource: 'Moon' }, 'Invalid.DestinationResource'],
    [
      { regionId: REGION, destinationResource: 'Zone', resourceType: 'cow' },
      'Invalid.ResourceType',
    ],
    [
      { regionId: REGION, destinationResource: 'Zone', instanceChargeType: 'Free' },
      'Invalid.InstanceChargeType',
    ],
    [
      { regionId: REGION, destinationResource: 'Zone', instanceType: 'ecs.g7.large', cores: 2 },
      'InvalidParam.TypeAndCpuMem.Conflict',
    ],
    [{ regionId: REGION, destinationResource: 'Zone', memory: 'lots' }, 'InvalidParameter'],
    [{ destinationResource: 'Zone' }, 'MissingParameter'],
  ] as const)('refuses %j with %s', (request, code) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.describeAvailableResource(request as never), code);
  });
});

describe('describeInstanceTypes', () => {
  it('serves the whole catalogue on one page by default, with realistic figures', () => {
    const ecs = aWorld();
    const body = ecs.describeInstanceTypes({});
    expect(body.nextToken).toBe('');
    expect(body.instanceTypes.instanceType).toHaveLength(DEFAULT_INSTANCE_TYPES.length);
    const g7 = must(
      body.instanceTypes.instanceType.find((t) => t.instanceTypeId === 'ecs.g7.large'),
    );
    expect(g7).toMatchObject({
      instanceTypeFamily: 'ecs.g7',
      cpuCoreCount: 2,
      memorySize: 8,
      cpuArchitecture: 'X86',
      instanceCategory: 'General-purpose',
      instanceFamilyLevel: 'EnterpriseLevel',
      diskQuantity: 17,
      eniQuantity: 3,
      GPUAmount: 0,
    });
  });

  it('pages by NextToken without repeating or skipping a type', () => {
    const ecs = aWorld();
    const seen: string[] = [];
    let nextToken: string | undefined;
    do {
      const body = ecs.describeInstanceTypes({ maxResults: 7, nextToken });
      seen.push(...body.instanceTypes.instanceType.map((t) => t.instanceTypeId));
      nextToken = body.nextToken || undefined;
    } while (nextToken);
    expect(seen).toEqual(DEFAULT_INSTANCE_TYPES.map((t) => t.instanceTypeId));
  });

  it('filters by ids, family, architecture, category and bounds', () => {
    const ecs = aWorld();
    const ids = (request: Parameters<typeof ecs.describeInstanceTypes>[0]) =>
      ecs.describeInstanceTypes(request).instanceTypes.instanceType.map((t) => t.instanceTypeId);
    expect(ids({ instanceTypes: ['ecs.c7.large', 'ecs.nope'] })).toEqual(['ecs.c7.large']);
    expect(ids({ instanceTypeFamily: 'ecs.g7' })).toHaveLength(5);
    expect(ids({ cpuArchitecture: 'ARM' })).toEqual([
      'ecs.g8y.large',
      'ecs.g8y.xlarge',
      'ecs.g8y.2xlarge',
      'ecs.g8y.4xlarge',
    ]);
    expect(ids({ instanceCategory: 'Shared' })).toHaveLength(3);
    expect(ids({ instanceFamilyLevel: 'CreditEntryLevel' })).toHaveLength(3);
    expect(
      ids({ instanceTypeFamilies: ['ecs.r7'], minimumMemorySize: 64, maximumCpuCoreCount: 8 }),
    ).toEqual(['ecs.r7.2xlarge']);
  });

  it.each([
    [{ nextToken: 'bogus' }, 'InvalidParameter'],
    [{ maxResults: 0 }, 'InvalidParameter'],
    [{ instanceTypes: Array.from({ length: 11 }, () => 'ecs.g7.large') }, 'InvalidParameter'],
  ] as const)('refuses %j with %s', (request, code) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.describeInstanceTypes(request as never), code);
  });
});

describe('describeInstanceTypeFamilies', () => {
  it('lists each family once with its generation', () => {
    const ecs = aWorld();
    const families = ecs.describeInstanceTypeFamilies({ regionId: REGION }).instanceTypeFamilies
      .instanceTypeFamily;
    expect(families[0]).toEqual({ instanceTypeFamilyId: 'ecs.t6', generation: 'ecs-5' });
    expect(families.map((f) => f.instanceTypeFamilyId)).toContain('ecs.g8i');
    const sixth = ecs.describeInstanceTypeFamilies({ regionId: REGION, generation: 'ecs-6' });
    expect(
      sixth.instanceTypeFamilies.instanceTypeFamily.map((f) => f.instanceTypeFamilyId),
    ).toEqual(['ecs.g7', 'ecs.c7', 'ecs.r7']);
  });

  it.each([
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{}, 'MissingParameter'],
  ] as const)('refuses %j with %s', (request, code) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.describeInstanceTypeFamilies(request), code);
  });
});

describe('the catalogue and runInstances', () => {
  it('accepts every type the zone sells and records its vCPUs and memory', () => {
    const ecs = aWorld({ timings: 'instant' });
    const { instanceIdSets } = ecs.runInstances(
      aRunRequest({ instanceType: 'ecs.r8i.xlarge', zoneId: 'cn-hangzhou-j' }),
    );
    const id = must(instanceIdSets.instanceIdSet[0]);
    const view = must(
      ecs
        .describeInstances({ regionId: REGION })
        .instances.instance.find((i) => i.instanceId === id),
    );
    expect(view).toMatchObject({ cpu: 4, memory: 32768 });
    expect(INSTANCE_TYPES['ecs.r8i.xlarge']).toEqual({ cpu: 4, memory: 32768 });
  });

  it('refuses a type the zone does not sell (403) and one the catalogue lacks (400)', () => {
    const ecs = aWorld();
    expectRefused(
      ecs,
      () =>
        ecs.runInstances(aRunRequest({ instanceType: 'ecs.g8y.large', zoneId: 'cn-hangzhou-h' })),
      'InvalidInstanceType.ZoneNotSupported',
      403,
    );
    expectRefused(
      ecs,
      () => ecs.runInstances(aRunRequest({ instanceType: 'ecs.x9.huge' })),
      'InvalidInstanceType.ValueNotSupported',
      400,
    );
  });

  it('refuses a disk category the zone does not sell with CategoryNotSupported', () => {
    const ecs = createEcs({
      catalogue: { zones: { 'cn-hangzhou-h': { diskCategories: ['cloud_essd'] } } },
    });
    expectRefused(
      ecs,
      () =>
        ecs.runInstances(aRunRequest({ dataDisk: [{ category: 'cloud_efficiency', size: 20 }] })),
      'CategoryNotSupported',
    );
  });

  it('takes its own instance types from the catalogue option', () => {
    const ecs = createEcs({
      catalogue: {
        instanceTypes: [{ instanceTypeId: 'ecs.g9.large', cpuCoreCount: 2, memorySize: 8 }],
      },
      timings: 'instant',
    });
    expect(
      ecs.describeInstanceTypes({}).instanceTypes.instanceType.map((t) => t.instanceTypeFamily),
    ).toEqual(['ecs.g9']);
    ecs.runInstances(aRunRequest({ instanceType: 'ecs.g9.large' }));
    expectRefused(
      ecs,
      () => ecs.runInstances(aRunRequest({ instanceType: 'ecs.g7.large' })),
      'InvalidInstanceType.ValueNotSupported',
    );
  });

  it.each([
    [{ catalogue: 'all' }, TypeError],
    [{ catalogue: { instanceTypes: [] } }, TypeError],
    [{ catalogue: { instanceTypes: [{ instanceTypeId: 'g9' }] } }, TypeError],
    [
      {
        catalogue: {
          instanceTypes: [{ instanceTypeId: 'ecs.g9.large', cpuCoreCount: 0, memorySize: 1 }],
        },
      },
      RangeError,
    ],
    [{ catalogue: { zones: { 'mars-1a': {} } } }, RangeError],
    [{ catalogue: { zones: { 'cn-hangzhou-h': { instanceTypes: ['ecs.nope'] } } } }, RangeError],
    [{ catalogue: { zones: { 'cn-hangzhou-h': { diskCategories: ['floppy'] } } } }, RangeError],
  ])('refuses the option %j with a %o naming it', (options, kind) => {
    expect(() => createEcs(options as never)).toThrow(kind);
    expect(() => createEcs(options as never)).toThrow(/catalogue/);
  });
});
