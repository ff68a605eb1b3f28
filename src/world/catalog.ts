import { DEFAULT_INSTANCE_TYPES } from './instance-types.js';

/**
 * A public image from the catalogue `describeImages` serves with `imageOwnerAlias: 'system'`.
 *
 * @example
 * ```ts
 * const image = PUBLIC_IMAGES[0]; image.size; //=> 40
 * ```
 * @category Instances
 */
export interface PublicImage {
  /** The image id, as real ECS names public images. */
  readonly imageId: string;
  /** The display name. */
  readonly imageName: string;
  /** The operating system's name. */
  readonly osName: string;
  /** `linux` or `windows`. */
  readonly osType: 'linux' | 'windows';
  /** The distribution. */
  readonly platform: string;
  /** The CPU architecture. */
  readonly architecture: 'x86_64' | 'arm64';
  /** The image size in GiB: the smallest system disk it fits on. */
  readonly size: number;
  /** How many bytes of the system disk the image writes: a new system disk starts with them. */
  readonly usedBytes: number;
}

const GIB = 1024 ** 3;

/**
 * The public images fake-ecs knows.
 *
 * @example
 * ```ts
 * PUBLIC_IMAGES.map((i) => i.osName);
 * //=> ['Alibaba Cloud Linux 3.2104 LTS 64 bit', 'Ubuntu 22.04 64 bit', 'Windows Server 2022 Datacenter 64 bit (English)']
 * ```
 * @category Instances
 */
export const PUBLIC_IMAGES: readonly PublicImage[] = Object.freeze(
  (
    [
      {
        imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
        imageName: 'aliyun_3_x64_20G_alibase_20240528.vhd',
        osName: 'Alibaba Cloud Linux 3.2104 LTS 64 bit',
        osType: 'linux',
        platform: 'Aliyun',
        architecture: 'x86_64',
        size: 20,
        usedBytes: 2.5 * GIB,
      },
      {
        imageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
        imageName: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
        osName: 'Ubuntu 22.04 64 bit',
        osType: 'linux',
        platform: 'Ubuntu',
        architecture: 'x86_64',
        size: 20,
        usedBytes: 3 * GIB,
      },
      {
        imageId: 'win2022_21H2_x64_dtc_en-us_40G_alibase_20240515.vhd',
        imageName: 'win2022_21H2_x64_dtc_en-us_40G_alibase_20240515.vhd',
        osName: 'Windows Server 2022 Datacenter 64 bit (English)',
        osType: 'windows',
        platform: 'Windows Server 2022',
        architecture: 'x86_64',
        size: 40,
        usedBytes: 14 * GIB,
      },
    ] as const
  ).map((image) => Object.freeze(image)),
);

/**
 * An instance type: vCPUs and memory.
 *
 * @example
 * ```ts
 * INSTANCE_TYPES['ecs.g7.large']; //=> { cpu: 2, memory: 8192 }
 * ```
 * @category Instances
 */
export interface InstanceTypeSpec {
  /** vCPUs. */
  readonly cpu: number;
  /** Memory in MiB. */
  readonly memory: number;
}

/**
 * The default catalogue's instance types, vCPUs and memory in MiB (the full details are in
 * {@link DEFAULT_INSTANCE_TYPES}; a world's own catalogue may differ).
 *
 * @example
 * ```ts
 * Object.keys(INSTANCE_TYPES).includes('ecs.c7.large'); //=> true
 * ```
 * @category Instances
 */
export const INSTANCE_TYPES: Readonly<Record<string, InstanceTypeSpec>> = Object.freeze(
  Object.fromEntries(
    DEFAULT_INSTANCE_TYPES.map((t) => [
      t.instanceTypeId,
      Object.freeze({ cpu: t.cpuCoreCount, memory: Math.round(t.memorySize * 1024) }),
    ]),
  ),
);
