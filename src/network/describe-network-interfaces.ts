import type { Instance } from '../instances/types.js';
import type { Input, Operation } from '../operations/operation.js';
import { entityQuery } from '../shared/entity-query.js';
import { fieldReader, fieldsOf, flag, ids, text } from '../shared/fields.js';
import { pagingFields, pagingView, withPaging } from '../shared/paging.js';
import { ok } from '../shared/result.js';
import { type TagInput, type TagsView, tagsView } from '../shared/tags.js';
import { describeScope } from '../tags/describe-scope.js';
import { OWNERSHIP_FIELDS, type Owned } from '../tags/ownership-filter.js';

/**
 * `DescribeNetworkInterfaces` parameters. fake-ecs models each instance's primary interface
 * only. Filters are ANDed.
 *
 * @example
 * ```ts
 * const request: DescribeNetworkInterfacesRequest = { regionId: 'cn-hangzhou', instanceId: 'i-bp1...' };
 * ```
 * @category Network
 */
export interface DescribeNetworkInterfacesRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The instance's interfaces. */
  instanceId?: string | undefined;
  /** Interfaces of this VPC. */
  vpcId?: string | undefined;
  /** Interfaces of this vSwitch. */
  vSwitchId?: string | undefined;
  /** Interfaces in this security group. */
  securityGroupId?: string | undefined;
  /** Up to 100 interface ids. */
  networkInterfaceId?: string[] | undefined;
  /** The primary private IP. */
  primaryIpAddress?: string | undefined;
  /** Private IPs. */
  privateIpAddress?: string[] | undefined;
  /** `Primary` (every fake-ecs interface) or `Secondary` (none). */
  type?: string | undefined;
  /** `InUse` (every fake-ecs interface) or another status (none). */
  status?: string | undefined;
  /** Interfaces with this name (fake-ecs interfaces have none). */
  networkInterfaceName?: string | undefined;
  /** Tags (fake-ecs interfaces have none, so a tag selects nothing). */
  tag?: TagInput[] | undefined;
  /** The resource group: a primary interface is in its instance's. */
  resourceGroupId?: string | undefined;
  /** Page number, from 1. */
  pageNumber?: number | undefined;
  /** Page size, 1-1000, default 10. */
  pageSize?: number | undefined;
  /** Page size, 1-500 (token paging). */
  maxResults?: number | undefined;
  /** The previous page's token. */
  nextToken?: string | undefined;
  /** Accepted without effect (fake-ecs has no service-managed interfaces). */
  serviceManaged?: boolean | undefined;
  /** Accepted without effect (fake-ecs has no IPv6 addresses). */
  ipv6Address?: string[] | undefined;
}

/**
 * One network interface as `DescribeNetworkInterfaces` returns it.
 *
 * @example
 * ```ts
 * const eni: NetworkInterfaceView = body.networkInterfaceSets.networkInterfaceSet[0];
 * ```
 * @category Network
 */
export interface NetworkInterfaceView {
  /** The interface id. */
  networkInterfaceId: string;
  /** Its name (empty). */
  networkInterfaceName: string;
  /** Its description (empty). */
  description: string;
  /** `InUse`. */
  status: string;
  /** `Primary`. */
  type: string;
  /** Its VPC. */
  vpcId: string;
  /** Its vSwitch. */
  vSwitchId: string;
  /** Its zone. */
  zoneId: string;
  /** Its primary private IP. */
  privateIpAddress: string;
  /** Its MAC address. */
  macAddress: string;
  /** The instance it is attached to. */
  instanceId: string;
  /** When it was created (with its instance). */
  creationTime: string;
  /** The resource group (empty). */
  resourceGroupId: string;
  /** The owning account (empty: fake-ecs has one). */
  ownerId: string;
  /** Always `false`. */
  serviceManaged: boolean;
  /** Always 0. */
  serviceID: number;
  /** Released with its instance. */
  deleteOnRelease: boolean;
  /** Always `false`. */
  sourceDestCheck: boolean;
  /** `Standard`. */
  networkInterfaceTrafficMode: string;
  /** 0: no queues modelled. */
  queueNumber: number;
  /** 0: no queues modelled. */
  queuePairNumber: number;
  /** Its security groups. */
  securityGroupIds: {
    /** The ids. */
    securityGroupId: string[];
  };
  /** No public address. */
  associatedPublicIp: {
    /** Public ip address. */
    publicIpAddress: string;
    /** Allocation id. */
    allocationId: string;
  };
  /** Where it is attached. */
  attachment: {
    /** The instance. */
    instanceId: string;
    /** 0: the primary interface. */
    deviceIndex: number;
    /** 0. */
    networkCardIndex: number;
    /** Empty. */
    trunkNetworkInterfaceId: string;
  };
  /** Its private IPs. */
  privateIpSets: {
    /** One primary address. */
    privateIpSet: {
      /** Private ip address. */
      privateIpAddress: string;
      /** Primary. */
      primary: boolean;
      /** Private dns name. */
      privateDnsName: string;
      /** Associated public ip. */
      associatedPublicIp: {
        /** Public ip address. */
        publicIpAddress: string;
        /** Allocation id. */
        allocationId: string;
      };
    }[];
  };
  /** None. */
  ipv6Sets: {
    /** Ipv6 set. */
    ipv6Set: {
      /** Ipv6 address. */
      ipv6Address: string;
      /** Primary. */
      primary: boolean;
    }[];
  };
  /** None. */
  ipv4PrefixSets: {
    /** Ipv4 prefix set. */
    ipv4PrefixSet: {
      /** Ipv4 prefix. */
      ipv4Prefix: string;
    }[];
  };
  /** None. */
  ipv6PrefixSets: {
    /** Ipv6 prefix set. */
    ipv6PrefixSet: {
      /** Ipv6 prefix. */
      ipv6Prefix: string;
    }[];
  };
  /** None. */
  tags: TagsView;
}

/**
 * `DescribeNetworkInterfaces` response body.
 *
 * @example
 * ```ts
 * body.networkInterfaceSets.networkInterfaceSet[0].privateIpAddress; //=> '172.16.0.1'
 * ```
 * @category Network
 */
export interface DescribeNetworkInterfacesResponseBody {
  /** How many interfaces match. */
  totalCount: number;
  /** The page number served. */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** Token of the next page; empty on the last. */
  nextToken: string;
  /** The interfaces. */
  networkInterfaceSets: {
    /** The interfaces of this page. */
    networkInterfaceSet: NetworkInterfaceView[];
  };
}

const FIELDS = fieldsOf<DescribeNetworkInterfacesRequest>()(() => ({
  serviceManaged: flag.discard(),
  ipv6Address: ids(100).discard(),
  primaryIpAddress: text,
  privateIpAddress: ids(100),
  type: text,
  status: text,
  networkInterfaceName: text,
  regionId: text.required(),
  instanceId: text,
  vpcId: text,
  vSwitchId: text,
  securityGroupId: text,
  networkInterfaceId: ids(100),
  ...OWNERSHIP_FIELDS,
  ...pagingFields(1000, { min: 1, max: 500 }),
}));

const read = fieldReader(FIELDS, (values) => {
  const { primaryIpAddress: primary, privateIpAddress: listed, type, status, ...named } = values;
  const { networkInterfaceName: name, networkInterfaceId, ...rest } = named;
  return withPaging(10)({
    ...rest,
    networkInterfaceIds: networkInterfaceId,
    ips: primary !== undefined ? [primary] : listed,
    // Filters only secondary, unnamed or non-InUse interfaces would pass: fake-ecs has none.
    none:
      (type !== undefined && type !== 'Primary') ||
      (status !== undefined && status !== 'InUse') ||
      (name !== undefined && name !== ''),
  });
});

type DescribeNetworkInterfacesInput = Input<ReturnType<typeof read>>;

const NO_PUBLIC_IP = { publicIpAddress: '', allocationId: '' };

/** A primary network interface has no tags of its own and is in its instance's resource group. */
function interfaceOwnership(instance: Instance): Owned {
  return { tags: [], resourceGroupId: instance.resourceGroupId };
}

function interfaceView(instance: Instance): NetworkInterfaceView {
  const n = instance.network;
  const ip = n?.privateIpAddress ?? '';
  return {
    networkInterfaceId: n?.networkInterfaceId ?? '',
    networkInterfaceName: '',
    description: '',
    status: 'InUse',
    type: 'Primary',
    vpcId: n?.vpcId ?? '',
    vSwitchId: n?.vSwitchId ?? '',
    zoneId: instance.zoneId,
    privateIpAddress: ip,
    macAddress: n?.macAddress ?? '',
    instanceId: instance.instanceId,
    creationTime: instance.creationTime,
    resourceGroupId: instance.resourceGroupId ?? '',
    ownerId: '',
    serviceManaged: false,
    serviceID: 0,
    deleteOnRelease: true,
    sourceDestCheck: false,
    networkInterfaceTrafficMode: 'Standard',
    queueNumber: 0,
    queuePairNumber: 0,
    securityGroupIds: { securityGroupId: [...(n?.securityGroupIds ?? [])] },
    associatedPublicIp: NO_PUBLIC_IP,
    attachment: {
      instanceId: instance.instanceId,
      deviceIndex: 0,
      networkCardIndex: 0,
      trunkNetworkInterfaceId: '',
    },
    privateIpSets: {
      privateIpSet: [
        {
          privateIpAddress: ip,
          primary: true,
          privateDnsName: '',
          associatedPublicIp: NO_PUBLIC_IP,
        },
      ],
    },
    ipv6Sets: { ipv6Set: [] },
    ipv4PrefixSets: { ipv4PrefixSet: [] },
    ipv6PrefixSets: { ipv6PrefixSet: [] },
    tags: tagsView([]),
  };
}

/**
 * `DescribeNetworkInterfaces`: each instance's primary network interface, filtered and paged.
 *
 * @internal
 */
export const describeNetworkInterfacesOp: Operation<
  DescribeNetworkInterfacesInput,
  DescribeNetworkInterfacesResponseBody
> = {
  action: 'DescribeNetworkInterfaces',
  read,

  run(state, input) {
    const scope = describeScope(state, input, {
      vpc: input.vpcId,
      vswitch: input.vSwitchId,
      sg: input.securityGroupId,
    });
    if (!scope.ok) return scope;
    const { keys, ownedBy } = scope.value;
    const { networkInterfaceIds: enis, ips } = input;
    const page = entityQuery(state.instances, {
      keys,
      ids: input.none ? [] : input.instanceId !== undefined ? [input.instanceId] : undefined,
      where: (i: Instance) =>
        i.network !== undefined &&
        (enis === undefined || enis.includes(i.network.networkInterfaceId)) &&
        (ips === undefined || ips.includes(i.network.privateIpAddress)) &&
        (ownedBy === undefined || ownedBy(interfaceOwnership(i))),
      skip: input.paging.skip,
      afterSeq: input.paging.afterSeq,
      limit: input.paging.pageSize,
    });
    return ok({
      state,
      response: {
        ...pagingView(input.paging, page),
        networkInterfaceSets: { networkInterfaceSet: page.items.map(interfaceView) },
      },
    });
  },
};
