import { type EcsError, ecsError } from '../shared/ecs-error.js';
import type { EcsErrorCode } from '../shared/error-catalog.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  DISK_CATEGORIES,
  type DiskCategory,
  dataDiskSizeRange,
  PERFORMANCE_LEVELS,
  type PerformanceLevel,
  systemDiskSizeRange,
} from './categories.js';

/**
 * Where a disk is being specified; it selects the error codes ECS uses there.
 *
 * @internal
 */
export type DiskSpecContext = 'SystemDisk' | 'DataDisk' | 'CreateDisk';

const CODES: Record<DiskSpecContext, { category: EcsErrorCode; size: EcsErrorCode }> = {
  SystemDisk: {
    category: 'InvalidSystemDiskCategory.ValueNotSupported',
    size: 'InvalidSystemDiskSize.ValueNotSupported',
  },
  DataDisk: {
    category: 'InvalidDataDiskCategory.ValueNotSupported',
    size: 'InvalidDataDiskSize.ValueNotSupported',
  },
  CreateDisk: {
    category: 'InvalidDiskCategory.ValueNotSupported',
    size: 'InvalidSize.ValueNotSupported',
  },
};

/**
 * A validated disk specification.
 *
 * @internal
 */
export interface DiskSpec {
  readonly category: DiskCategory;
  readonly performanceLevel: PerformanceLevel | null;
  readonly size: number;
}

/** The ESSD performance level (default `PL1`); other categories take none. */
function resolveLevel(
  category: DiskCategory,
  requested: string | undefined,
): Result<PerformanceLevel | null, EcsError> {
  if (category !== 'cloud_essd') {
    if (requested === undefined) return ok(null);
    return err(
      ecsError(
        'InvalidParameter',
        `The specified PerformanceLevel applies to cloud_essd disks only, not ${category}.`,
      ),
    );
  }
  const level = (requested ?? 'PL1') as PerformanceLevel;
  if (PERFORMANCE_LEVELS.includes(level)) return ok(level);
  return err(
    ecsError(
      'InvalidParameter',
      `The specified PerformanceLevel ${level} is not valid; use PL0, PL1, PL2 or PL3.`,
    ),
  );
}

/**
 * Validates a disk's category, performance level and size with the ranges of the ECS reference.
 *
 * @param where - The context (selects error codes).
 * @param choice - What the request asked for.
 * @param defaults - The default category and size when not given.
 * @returns The spec, or the ECS error for that context.
 * @internal
 */
export function resolveDiskSpec(
  where: DiskSpecContext,
  choice: {
    readonly category: string | undefined;
    readonly performanceLevel: string | undefined;
    readonly size: number | undefined;
  },
  defaults: { readonly category: DiskCategory; readonly size: number | undefined },
): Result<DiskSpec, EcsError> {
  const codes = CODES[where];
  const category = (choice.category ?? defaults.category) as DiskCategory;
  if (!DISK_CATEGORIES.includes(category)) {
    return err(
      ecsError(
        codes.category,
        `The specified disk category ${category} is not supported; use one of ${DISK_CATEGORIES.join(', ')}.`,
      ),
    );
  }
  const resolved = resolveLevel(category, choice.performanceLevel);
  if (!resolved.ok) return resolved;
  const level = resolved.value;
  const size = choice.size ?? defaults.size;
  if (size === undefined)
    return err(
      ecsError(
        'MissingParameter',
        `The input parameter ${where === 'CreateDisk' ? 'Size' : `${where}.Size`} that is mandatory for processing this request is not supplied.`,
      ),
    );
  const range =
    where === 'SystemDisk'
      ? systemDiskSizeRange(category, level)
      : dataDiskSizeRange(category, level);
  if (size < range.min || size > range.max) {
    return err(
      ecsError(
        codes.size,
        `The specified size ${size} GiB is outside ${range.min}-${range.max} GiB for ${category}${level ? ` ${level}` : ''}.`,
      ),
    );
  }
  return ok({ category, performanceLevel: level, size });
}
