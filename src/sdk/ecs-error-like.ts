import type { EcsErrorData } from '../shared/ecs-error.js';

/**
 * Tells an `EcsError` by its shape, so that one thrown by another copy of the package (the main
 * entry and a subpath are bundled separately) is recognised too.
 *
 * @param error - Anything caught.
 * @returns Whether it is an `EcsError`.
 * @internal
 */
export function isEcsErrorLike(
  error: unknown,
): error is Error & { statusCode: number; data: EcsErrorData } {
  if (!(error instanceof Error) || error.name !== 'EcsError') return false;
  const { statusCode, data } = error as Error & { statusCode?: unknown; data?: unknown };
  return typeof statusCode === 'number' && typeof data === 'object' && data !== null;
}
