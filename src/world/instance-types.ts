/**
 * An instance type as the catalogue describes it: what `DescribeInstanceTypes` returns and what
 * `RunInstances` checks.
 *
 * @example
 * ```ts
 * const type = DEFAULT_INSTANCE_TYPES.find((t) => t.instanceTypeId === 'ecs.g7.large');
 * type?.memorySize; //=> 8
 * ```
 * @category Catalogue
 */
export interface InstanceTypeDetails {
  /** The type, e.g. `ecs.g7.large`. */
  readonly instanceTypeId: string;
  /** Its family, e.g. `ecs.g7`. */
  readonly instanceTypeFamily: string;
  /** The family's generation, e.g. `ecs-6`. */
  readonly generation: string;
  /** `General-purpose`, `Compute-optimized`, `Memory-optimized` or `Shared`. */
  readonly instanceCategory: string;
  /** `X86` or `ARM`. */
  readonly cpuArchitecture: 'X86' | 'ARM';
  /** vCPUs. */
  readonly cpuCoreCount: number;
  /** Memory in GiB. */
  readonly memorySize: number;
  /** Cloud disks an instance of the type can have attached, system disk included. */
  readonly diskQuantity: number;
  /** Elastic network interfaces. */
  readonly eniQuantity: number;
  /** Private IPv4 addresses per network interface. */
  readonly eniPrivateIpAddressQuantity: number;
  /** Inbound and outbound internal bandwidth, kbit/s. */
  readonly instanceBandwidth: number;
  /** Inbound and outbound packet rate, packets per second. */
  readonly instancePps: number;
  /** The processor. */
  readonly physicalProcessorModel: string;
  /** Base clock, GHz. */
  readonly cpuSpeedFrequency: number;
  /** Turbo clock, GHz. */
  readonly cpuTurboFrequency: number;
  /** Burstable types: the baseline CPU share in percent (0 for the others). */
  readonly baselineCredit: number;
}

interface FamilySpec {
  readonly family: string;
  readonly generation: string;
  readonly category: string;
  readonly architecture: 'X86' | 'ARM';
  /** GiB of memory per vCPU. */
  readonly memoryPerCpu: number;
  readonly processor: string;
  readonly speed: number;
  readonly turbo: number;
  readonly sizes: readonly string[];
}

/** Per size: vCPUs, disks, ENIs, IPs per ENI, bandwidth (kbit/s), packets per second. */
const SIZES: Readonly<Record<string, readonly [number, number, number, number, number, number]>> = {
  large: [2, 17, 3, 6, 2_048_000, 900_000],
  xlarge: [4, 17, 4, 15, 3_072_000, 1_000_000],
  '2xlarge': [8, 17, 4, 15, 5_120_000, 1_600_000],
  '4xlarge': [16, 25, 8, 30, 10_240_000, 3_000_000],
  '8xlarge': [32, 33, 8, 30, 16_384_000, 6_000_000],
};

const ALL_SIZES = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge'];

const FAMILIES: readonly FamilySpec[] = [
  ['ecs.g6', 'ecs-5', 'General-purpose', 4, 'Intel Xeon(Cascade Lake) Platinum 8269CY', 2.5, 3.2],
  ['ecs.c6', 'ecs-5', 'Compute-optimized', 2, 'Intel Xeon(Cascade Lake) Platinum 8269CY', 2.5, 3.2],
  ['ecs.r6', 'ecs-5', 'Memory-optimized', 8, 'Intel Xeon(Cascade Lake) Platinum 8269CY', 2.5, 3.2],
  ['ecs.g7', 'ecs-6', 'General-purpose', 4, 'Intel Xeon(Ice Lake) Platinum 8369B', 2.7, 3.5],
  ['ecs.c7', 'ecs-6', 'Compute-optimized', 2, 'Intel Xeon(Ice Lake) Platinum 8369B', 2.7, 3.5],
  ['ecs.r7', 'ecs-6', 'Memory-optimized', 8, 'Intel Xeon(Ice Lake) Platinum 8369B', 2.7, 3.5],
  [
    'ecs.g8i',
    'ecs-7',
    'General-purpose',
    4,
    'Intel Xeon(Sapphire Rapids) Platinum 8475B',
    2.7,
    3.2,
  ],
  [
    'ecs.c8i',
    'ecs-7',
    'Compute-optimized',
    2,
    'Intel Xeon(Sapphire Rapids) Platinum 8475B',
    2.7,
    3.2,
  ],
  [
    'ecs.r8i',
    'ecs-7',
    'Memory-optimized',
    8,
    'Intel Xeon(Sapphire Rapids) Platinum 8475B',
    2.7,
    3.2,
  ],
].map(([family, generation, category, memoryPerCpu, processor, speed, turbo]) => ({
  family: family as string,
  generation: generation as string,
  category: category as string,
  architecture: 'X86' as const,
  memoryPerCpu: memoryPerCpu as number,
  processor: processor as string,
  speed: speed as number,
  turbo: turbo as number,
  sizes: ALL_SIZES,
}));

const ARM_FAMILY: FamilySpec = {
  family: 'ecs.g8y',
  generation: 'ecs-7',
  category: 'General-purpose',
  architecture: 'ARM',
  memoryPerCpu: 4,
  processor: 'YiTian 710',
  speed: 2.75,
  turbo: 2.75,
  sizes: ['large', 'xlarge', '2xlarge', '4xlarge'],
};

function sized(f: FamilySpec, size: string): InstanceTypeDetails {
  const [cpu, disks, enis, ips, bandwidth, pps] = SIZES[size] ?? [2, 17, 3, 6, 1_000_000, 500_000];
  return Object.freeze({
    instanceTypeId: `${f.family}.${size}`,
    instanceTypeFamily: f.family,
    generation: f.generation,
    instanceCategory: f.category,
    cpuArchitecture: f.architecture,
    cpuCoreCount: cpu,
    memorySize: cpu * f.memoryPerCpu,
    diskQuantity: disks,
    eniQuantity: enis,
    eniPrivateIpAddressQuantity: ips,
    instanceBandwidth: bandwidth,
    instancePps: pps,
    physicalProcessorModel: f.processor,
    cpuSpeedFrequency: f.speed,
    cpuTurboFrequency: f.turbo,
    baselineCredit: 0,
  });
}

/** Burstable t6 types: 2 vCPUs with a baseline share of 20%. */
function burstable(id: string, memorySize: number): InstanceTypeDetails {
  return Object.freeze({
    ...sized({ ...FAMILIES[0], family: 'ecs.t6', category: 'Shared' } as FamilySpec, 'large'),
    instanceTypeId: id,
    memorySize,
    diskQuantity: 17,
    eniQuantity: 2,
    eniPrivateIpAddressQuantity: 2,
    instanceBandwidth: 400_000,
    instancePps: 100_000,
    baselineCredit: 20,
  });
}

/**
 * The instance types a world offers by default: the g6/c6/r6, g7/c7/r7 and g8i/c8i/r8i families
 * (large to 8xlarge), the ARM g8y family and three burstable t6 types. Figures are realistic, not
 * copied from any one region's price list.
 *
 * @example
 * ```ts
 * DEFAULT_INSTANCE_TYPES.some((t) => t.instanceTypeId === 'ecs.c7.xlarge'); //=> true
 * ```
 * @category Catalogue
 */
export const DEFAULT_INSTANCE_TYPES: readonly InstanceTypeDetails[] = Object.freeze([
  burstable('ecs.t6-c1m1.large', 2),
  burstable('ecs.t6-c1m2.large', 4),
  burstable('ecs.t6-c1m4.large', 8),
  ...FAMILIES.flatMap((f) => f.sizes.map((size) => sized(f, size))),
  ...ARM_FAMILY.sizes.map((size) => sized(ARM_FAMILY, size)),
]);
