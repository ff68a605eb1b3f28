import type { InputOf, Operation } from '../operations/operation.js';
import { type FieldValues, fieldReader, fieldsOf, ids, int, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { requireRegion } from '../world/regions.js';
import { instanceIdList, instancesNamed } from './instance-id-list.js';
import type { Instance } from './types.js';

// The reads a Terraform instance resource makes after creating one, about features fake-ecs does
// not model (maintenance policies, private pools, RAM roles): each answers what real ECS answers
// for an instance that never had them, for the instances that exist.

/** Page-number paging of a plain list (these reads have no tokens). */
function pageOf<T>(items: readonly T[], pageNumber: number, pageSize: number): T[] {
  return items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
}

/** What the three reads share after their instance list: the region and page-number paging. */
function listFields(maxPage: number) {
  return {
    regionId: text.required(),
    pageNumber: int({ min: 1 }).default(1),
    pageSize: int({ min: 1, max: maxPage }).default(10),
  };
}

type ListInput = InputOf<ReturnType<typeof listFields>> & {
  readonly instanceIds: readonly string[] | undefined;
};

/** `InstanceId.N` named `instanceIds` in the input the three share. */
function listOf({ instanceId, ...rest }: FieldValues<typeof MAINTENANCE_FIELDS>): ListInput {
  return { ...rest, instanceIds: instanceId };
}

const MAINTENANCE_FIELDS = fieldsOf<DescribeInstanceMaintenanceAttributesRequest>()(() => ({
  instanceId: ids(100),
  ...listFields(100),
}));

const ATTACHMENT_FIELDS = fieldsOf<DescribeInstanceAttachmentAttributesRequest>()(() => ({
  instanceIds: instanceIdList.required(),
  ...listFields(100),
}));

const RAM_ROLE_FIELDS = fieldsOf<DescribeInstanceRamRoleRequest>()(() => ({
  ramRoleName: text.discard(),
  instanceIds: instanceIdList,
  ...listFields(50),
}));

/**
 * `DescribeInstanceMaintenanceAttributes` parameters.
 *
 * @example
 * ```ts
 * const request: DescribeInstanceMaintenanceAttributesRequest = { regionId: 'cn-hangzhou', instanceId: ['i-bp67acfmxazb4p0001'] };
 * ```
 * @category Instances
 */
export interface DescribeInstanceMaintenanceAttributesRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The instances (`InstanceId.N`, up to 100); all of the region when absent. */
  instanceId?: string[] | undefined;
  /** Page number, from 1. */
  pageNumber?: number | undefined;
  /** Page size, 1-100 (default 10). */
  pageSize?: number | undefined;
}

/**
 * One instance's maintenance attributes.
 *
 * @example
 * ```ts
 * ecs.describeInstanceMaintenanceAttributes({ regionId: 'cn-hangzhou' }).maintenanceAttributes.maintenanceAttribute[0]?.actionOnMaintenance.value; //=> 'AutoRecover'
 * ```
 * @category Instances
 */
export interface MaintenanceAttribute {
  /** The instance. */
  instanceId: string;
  /** Whether ECS notifies before maintenance: `false` by default. */
  notifyOnMaintenance: boolean;
  /** What ECS does on maintenance: `AutoRecover` by default. */
  actionOnMaintenance: {
    /** The value. */
    value: string;
    /** The default value. */
    defaultValue: string;
    /** The values it may take. */
    supportedValues: {
      /** The supported value. */
      supportedValue: string[];
    };
  };
  /** Maintenance windows: none set. */
  maintenanceWindows: {
    /** The maintenance window. */
    maintenanceWindow: {
      /** The start time. */
      startTime: string;
      /** The end time. */
      endTime: string;
    }[];
  };
}

/**
 * `DescribeInstanceMaintenanceAttributes` response body.
 *
 * @example
 * ```ts
 * const body: DescribeInstanceMaintenanceAttributesResponseBody = { totalCount: 0, pageNumber: 1, pageSize: 10, maintenanceAttributes: { maintenanceAttribute: [] } };
 * ```
 * @category Instances
 */
export interface DescribeInstanceMaintenanceAttributesResponseBody {
  /** How many instances. */
  totalCount: number;
  /** The page number. */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** One entry per instance of the page. */
  maintenanceAttributes: {
    /** The maintenance attribute. */
    maintenanceAttribute: MaintenanceAttribute[];
  };
}

function maintenanceOf(instance: Instance): MaintenanceAttribute {
  return {
    instanceId: instance.instanceId,
    notifyOnMaintenance: false,
    actionOnMaintenance: {
      value: 'AutoRecover',
      defaultValue: 'AutoRecover',
      supportedValues: { supportedValue: ['Stop', 'AutoRecover', 'AutoRedeploy'] },
    },
    maintenanceWindows: { maintenanceWindow: [] },
  };
}

/**
 * `DescribeInstanceMaintenanceAttributes`: the default maintenance policy of each instance.
 *
 * @internal
 */
export const describeInstanceMaintenanceAttributesOp: Operation<
  ListInput,
  DescribeInstanceMaintenanceAttributesResponseBody
> = {
  action: 'DescribeInstanceMaintenanceAttributes',
  read: fieldReader(MAINTENANCE_FIELDS, listOf),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const instances = instancesNamed(state, input.regionId, input.instanceIds);
    const page = pageOf(instances, input.pageNumber, input.pageSize);
    return ok({
      state,
      response: {
        totalCount: instances.length,
        pageNumber: input.pageNumber,
        pageSize: input.pageSize,
        maintenanceAttributes: { maintenanceAttribute: page.map(maintenanceOf) },
      },
    });
  },
};

/**
 * `DescribeInstanceAttachmentAttributes` parameters.
 *
 * @example
 * ```ts
 * const request: DescribeInstanceAttachmentAttributesRequest = { regionId: 'cn-hangzhou', instanceIds: '["i-bp67acfmxazb4p0001"]' };
 * ```
 * @category Instances
 */
export interface DescribeInstanceAttachmentAttributesRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The instances (required): a JSON array of up to 100 ids. */
  instanceIds?: string | undefined;
  /** Page number, from 1. */
  pageNumber?: number | undefined;
  /** Page size, 1-100 (default 10). */
  pageSize?: number | undefined;
}

/**
 * `DescribeInstanceAttachmentAttributes` response body: the private pool of each instance.
 *
 * @example
 * ```ts
 * const body: DescribeInstanceAttachmentAttributesResponseBody = { totalCount: 0, pageNumber: 1, pageSize: 10, instances: { instance: [] } };
 * ```
 * @category Instances
 */
export interface DescribeInstanceAttachmentAttributesResponseBody {
  /** How many instances. */
  totalCount: number;
  /** The page number. */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** One entry per instance: no private pool (`None`). */
  instances: {
    /** One entry per instance. */
    instance: {
      /** The instance id. */
      instanceId: string;
      /** The private pool options id. */
      privatePoolOptionsId: string;
      /** The private pool options match criteria. */
      privatePoolOptionsMatchCriteria: string;
    }[];
  };
}

/**
 * `DescribeInstanceAttachmentAttributes`: no instance uses a private pool.
 *
 * @internal
 */
export const describeInstanceAttachmentAttributesOp: Operation<
  ListInput,
  DescribeInstanceAttachmentAttributesResponseBody
> = {
  action: 'DescribeInstanceAttachmentAttributes',
  read: fieldReader(ATTACHMENT_FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const instances = instancesNamed(state, input.regionId, input.instanceIds);
    const page = pageOf(instances, input.pageNumber, input.pageSize);
    return ok({
      state,
      response: {
        totalCount: instances.length,
        pageNumber: input.pageNumber,
        pageSize: input.pageSize,
        instances: {
          instance: page.map((i) => ({
            instanceId: i.instanceId,
            privatePoolOptionsId: '',
            privatePoolOptionsMatchCriteria: 'None',
          })),
        },
      },
    });
  },
};

/**
 * `DescribeInstanceRamRole` parameters.
 *
 * @example
 * ```ts
 * const request: DescribeInstanceRamRoleRequest = { regionId: 'cn-hangzhou', instanceIds: '["i-bp67acfmxazb4p0001"]' };
 * ```
 * @category Instances
 */
export interface DescribeInstanceRamRoleRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The instances: a JSON array of up to 100 ids. */
  instanceIds?: string | undefined;
  /** A RAM role name to filter on. */
  ramRoleName?: string | undefined;
  /** Page number, from 1. */
  pageNumber?: number | undefined;
  /** Page size, 1-50 (default 10). */
  pageSize?: number | undefined;
}

/**
 * `DescribeInstanceRamRole` response body.
 *
 * @example
 * ```ts
 * const body: DescribeInstanceRamRoleResponseBody = { regionId: 'cn-hangzhou', totalCount: 0, instanceRamRoleSets: { instanceRamRoleSet: [] } };
 * ```
 * @category Instances
 */
export interface DescribeInstanceRamRoleResponseBody {
  /** The region. */
  regionId: string;
  /** How many instance-role pairs. */
  totalCount: number;
  /** The pairs: none (fake-ecs instances have no RAM role). */
  instanceRamRoleSets: {
    /** The instance ram role set. */
    instanceRamRoleSet: {
      /** The instance id. */
      instanceId: string;
      /** The ram role name. */
      ramRoleName: string;
    }[];
  };
}

/**
 * `DescribeInstanceRamRole`: no instance has a RAM role, so the list is empty.
 *
 * @internal
 */
export const describeInstanceRamRoleOp: Operation<ListInput, DescribeInstanceRamRoleResponseBody> =
  {
    action: 'DescribeInstanceRamRole',
    read: fieldReader(RAM_ROLE_FIELDS),
    run(state, input) {
      const region = requireRegion(state.world, input.regionId);
      if (!region.ok) return region;
      return ok({
        state,
        response: {
          regionId: input.regionId,
          totalCount: 0,
          instanceRamRoleSets: { instanceRamRoleSet: [] },
        },
      });
    },
  };
