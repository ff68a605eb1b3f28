import type { Engine } from '../engine/engine.js';
import type { EcsApi } from '../operations/ecs-api.js';
import { OPERATION_ROWS } from '../operations/table.js';

/**
 * The ECS API half of the facade, derived from the operation table: one method per row, each
 * running its operation through the engine.
 *
 * @param engine - The facade's engine.
 * @returns A method per operation, named like the SDK client's.
 * @internal
 */
export function bindOperations(engine: Engine): EcsApi {
  const api: Record<string, (request: unknown) => object> = {};
  for (const { method, op } of OPERATION_ROWS) api[method] = (request) => engine.call(op, request);
  // The table's type check (operations/table.ts) guarantees every EcsApi method has its row.
  return api as unknown as EcsApi;
}
