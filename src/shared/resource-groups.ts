import { type EcsError, ecsError } from './ecs-error.js';
import { err, ok, type Result } from './result.js';

/**
 * The resource group every resource joins when its request names none, as a real account's
 * default resource group.
 *
 * @example
 * ```ts
 * DEFAULT_RESOURCE_GROUP_ID; //=> 'rg-acfmdefault000000'
 * ```
 * @category World
 */
export const DEFAULT_RESOURCE_GROUP_ID = 'rg-acfmdefault000000';

const RESOURCE_GROUP = /^rg-[a-z0-9]{4,40}$/;

/**
 * Checks a resource group id. Resource groups live in Resource Manager, which fake-ecs does not
 * model, so every well-formed `rg-` id is taken to exist; a malformed one is
 * `InvalidResourceGroup.NotFound`.
 *
 * @param resourceGroupId - The id given, if any.
 * @returns The group (the default one when none was given), or the error.
 * @internal
 */
export function resolveResourceGroup(
  resourceGroupId: string | undefined,
): Result<string, EcsError<'InvalidResourceGroup.NotFound'>> {
  if (resourceGroupId === undefined || resourceGroupId === '') return ok(DEFAULT_RESOURCE_GROUP_ID);
  if (RESOURCE_GROUP.test(resourceGroupId)) return ok(resourceGroupId);
  return err(
    ecsError(
      'InvalidResourceGroup.NotFound',
      `The ResourceGroup provided does not exist in our records: ${JSON.stringify(resourceGroupId)} is not an rg- id.`,
    ),
  );
}

/**
 * The `stores` of an operation whose only stored parameter is `ResourceGroupId`: kept on the
 * resource to be returned by its describe (docs/fidelity.md).
 *
 * @example
 * ```ts
 * const op = { action: 'CreateSnapshot', stores: RESOURCE_GROUP_STORED };
 * ```
 * @internal
 */
export const RESOURCE_GROUP_STORED: readonly string[] = Object.freeze(['ResourceGroupId']);
