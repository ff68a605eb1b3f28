import { instanceNotFound } from '../instances/errors.js';
import { putInstance } from '../instances/store.js';
import type { Instance } from '../instances/types.js';
import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { entityGet } from '../shared/entity-table.js';
import { fieldReader, fieldsOf, jsonIds, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import type { TransitionFn } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import { findKeyPair, keyPairNotFound } from './store.js';

/**
 * `AttachKeyPair` / `DetachKeyPair` parameters (the SDK's `AttachKeyPairRequest`,
 * `DetachKeyPairRequest`).
 *
 * @example
 * ```ts
 * const request: KeyPairBindingRequest = { regionId: 'cn-hangzhou', keyPairName: 'deploy', instanceIds: '["i-bp67acfmxazb4p0001"]' };
 * ```
 * @category Key pairs
 */
export interface KeyPairBindingRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The key pair (required). */
  keyPairName?: string | undefined;
  /** The instances (required): a JSON array of 1-50 instance ids. */
  instanceIds?: string | undefined;
}

/**
 * One instance's outcome in an `AttachKeyPair` / `DetachKeyPair` answer.
 *
 * @example
 * ```ts
 * const result: KeyPairBindingResult = { instanceId: 'i-bp67acfmxazb4p0001', success: 'true', code: '200', message: 'successful' };
 * ```
 * @category Key pairs
 */
export interface KeyPairBindingResult {
  /** The instance. */
  instanceId: string;
  /** `'true'` or `'false'` (a string on the wire). */
  success: string;
  /** `'200'`, or the error code. */
  code: string;
  /** `'successful'`, or the error message. */
  message: string;
}

/**
 * `AttachKeyPair` / `DetachKeyPair` response body: counts are strings, as on the wire.
 *
 * @example
 * ```ts
 * const body: KeyPairBindingResponseBody = { keyPairName: 'deploy', totalCount: '1', failCount: '0', results: { result: [] } };
 * ```
 * @category Key pairs
 */
export interface KeyPairBindingResponseBody {
  /** The key pair. */
  keyPairName: string;
  /** How many instances were named. */
  totalCount: string;
  /** How many failed. */
  failCount: string;
  /** One outcome per instance. */
  results: {
    /** The outcomes. */
    result: KeyPairBindingResult[];
  };
}

const FIELDS = fieldsOf<KeyPairBindingRequest>()(() => ({
  regionId: text.required(),
  keyPairName: text.required(),
  instanceIds: jsonIds(50, () =>
    ecsError(
      'InvalidInstanceIds.Malformed',
      'The specified parameter InstanceIds is not valid: expected a JSON array of 1 to 50 instance ids.',
    ),
  ).required(),
}));

type BindingInput = InputOf<typeof FIELDS>;

const readBinding = fieldReader(FIELDS);

/** A key pair can be bound while the instance is Running (effective after a restart) or Stopped. */
const BINDABLE = new Set(['Running', 'Stopped']);

const SUCCESS = { success: 'true', code: '200', message: 'successful' };

/** Why an instance cannot take part, or `undefined` when it can. */
function bindingFailure(
  instance: Instance | undefined,
  instanceId: string,
  regionId: string,
): { code: string; message: string } | undefined {
  if (!instance || instance.regionId !== regionId) {
    const error = instanceNotFound(instanceId);
    return { code: error.code, message: error.description };
  }
  if (!BINDABLE.has(instance.status))
    return {
      code: 'IncorrectInstanceStatus',
      message: `The current status of the resource does not support this operation: instance ${instanceId} is ${instance.status}; expected Running or Stopped.`,
    };
  return undefined;
}

/**
 * The key pair an instance is bound to afterwards: attaching replaces another key pair;
 * detaching leaves an instance bound to another key pair alone.
 */
function boundAfter(attach: boolean, bound: string | null, keyPairName: string): string | null {
  if (attach) return keyPairName;
  return bound === keyPairName ? null : bound;
}

/** Binds or unbinds each instance on its own, collecting one result per instance. */
function bindEach(
  instances: EcsState['instances'],
  input: BindingInput,
  attach: boolean,
): { instances: EcsState['instances']; result: KeyPairBindingResult[] } {
  let table = instances;
  const result: KeyPairBindingResult[] = [];
  for (const instanceId of new Set(input.instanceIds)) {
    const found = entityGet(table, instanceId);
    const failure = bindingFailure(found, instanceId, input.regionId);
    if (failure || !found) {
      result.push({ instanceId, success: 'false', ...(failure ?? SUCCESS) });
      continue;
    }
    const bound = found.keyPairName ?? null;
    const next = boundAfter(attach, bound, input.keyPairName);
    if (next !== bound) table = putInstance(table, { ...found, keyPairName: next });
    result.push({ instanceId, ...SUCCESS });
  }
  return { instances: table, result };
}

function bindingRun(attach: boolean): TransitionFn<BindingInput, KeyPairBindingResponseBody> {
  return (state, input) => {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const keyPair = findKeyPair(state, input.regionId, input.keyPairName);
    if (!keyPair) return err(keyPairNotFound(input.keyPairName));
    if (input.instanceIds.length === 0)
      return err(
        ecsError('InvalidInstanceIds.Malformed', 'The specified parameter InstanceIds is empty.'),
      );
    const { instances, result } = bindEach(state.instances, input, attach);
    const failCount = result.filter((r) => r.success === 'false').length;
    return ok({
      state: instances === state.instances ? state : commit(state, { instances }),
      response: {
        keyPairName: keyPair.keyPairName,
        totalCount: String(result.length),
        failCount: String(failCount),
        results: { result },
      },
    });
  };
}

/**
 * `AttachKeyPair`: binds a key pair to instances (replacing the one they had); each instance
 * answers on its own (`results`), so one unknown instance fails alone.
 *
 * @internal
 */
export const attachKeyPairOp: Operation<BindingInput, KeyPairBindingResponseBody> = {
  action: 'AttachKeyPair',
  read: readBinding,
  run: bindingRun(true),
};

/**
 * `DetachKeyPair`: unbinds the key pair from the instances that have it.
 *
 * @internal
 */
export const detachKeyPairOp: Operation<BindingInput, KeyPairBindingResponseBody> = {
  action: 'DetachKeyPair',
  read: readBinding,
  run: bindingRun(false),
};
