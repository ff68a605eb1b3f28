import type { TaskApi } from '../async-tasks/api.js';
import type { CatalogueApi } from '../catalogue/api.js';
import type { DurationInput } from '../clock/duration.js';
import type { DiskApi } from '../disks/api.js';
import type { DiskEncryptionApi } from '../disks/encryption-api.js';
import type { Ecs } from '../facade/create-ecs.js';
import type { SnapshotGroupApi } from '../groups/api.js';
import type { InstanceApi } from '../instances/api.js';
import type { InstanceFleetApi } from '../instances/fleet-api.js';
import type { KeyPairApi } from '../keypairs/api.js';
import type { NetworkApi } from '../network/api.js';
import type { EcsMethodName } from '../operations/table.js';
import type { AutoSnapshotPolicyApi } from '../policies/api.js';
import type { SnapshotApi } from '../snapshots/api.js';
import type { TagApi } from '../tags/api.js';

/**
 * The ECS operations fake-ecs implements, named like the official SDK client's methods.
 *
 * @example
 * ```ts
 * const name: SdkOperationName = 'createSnapshot';
 * ```
 * @category SDK client
 */
export type SdkOperationName =
  | keyof InstanceApi
  | keyof DiskApi
  | keyof DiskEncryptionApi
  | keyof SnapshotApi
  | keyof SnapshotGroupApi
  | keyof AutoSnapshotPolicyApi
  | keyof CatalogueApi
  | keyof NetworkApi
  | keyof KeyPairApi
  | keyof InstanceFleetApi
  | keyof TagApi
  | keyof TaskApi;

/** `true` when the documented names above are exactly the operation table's rows. */
type NamesMatchTable = [SdkOperationName] extends [EcsMethodName]
  ? [EcsMethodName] extends [SdkOperationName]
    ? true
    : Exclude<EcsMethodName, SdkOperationName>
  : Exclude<SdkOperationName, EcsMethodName>;
/** A compile error here names an operation missing from one of the two lists. */
const namesMatchTable: NamesMatchTable = true;
void namesMatchTable;

/**
 * The request an operation takes: the facade's request type, which the SDK's request classes
 * satisfy.
 *
 * @example
 * ```ts
 * const request: SdkRequest<'createSnapshot'> = { diskId: 'd-bp1...', snapshotName: 'daily' };
 * ```
 * @category SDK client
 */
export type SdkRequest<M extends SdkOperationName> = Parameters<Ecs[M]>[0];

/**
 * The response body an operation resolves with: the facade's body, with `requestId`.
 *
 * @example
 * ```ts
 * const body: SdkResponseBody<'createSnapshot'> = { requestId: '...', snapshotId: 's-bp1...' };
 * ```
 * @category SDK client
 */
export type SdkResponseBody<M extends SdkOperationName> = ReturnType<Ecs[M]>;

/**
 * What every SDK client method resolves with, like the SDK's `<Op>Response` models.
 *
 * @example
 * ```ts
 * const res = await client.createSnapshot({ diskId });
 * res.statusCode; //=> 200
 * res.body.snapshotId; //=> 's-bp1...'
 * ```
 * @category SDK client
 */
export interface SdkResponse<B> {
  /** Response headers: `content-type` and `x-acs-request-id`. */
  headers: Record<string, string>;
  /** Always 200: failures reject instead. */
  statusCode: 200;
  /** The response body, as the facade returns it (plain data, not an SDK model instance). */
  body: B;
}

/**
 * An SDK-shaped client: for every {@link SdkOperationName}, `op(request)` and
 * `opWithOptions(request, runtime)`, as in the official `@alicloud/ecs20140526` `Client`.
 *
 * @example
 * ```ts
 * const client: EcsSdkClient = createClient(ecs);
 * await client.describeSnapshotsWithOptions({ regionId: 'cn-hangzhou' }, {});
 * ```
 * @category SDK client
 */
export type EcsSdkClient = {
  readonly [M in SdkOperationName]: (
    request: SdkRequest<M>,
  ) => Promise<SdkResponse<SdkResponseBody<M>>>;
} & {
  readonly [M in SdkOperationName as `${M}WithOptions`]: (
    request: SdkRequest<M>,
    runtime: object,
  ) => Promise<SdkResponse<SdkResponseBody<M>>>;
};

/**
 * What {@link createClient} needs from a world: its ECS operations and its clock.
 *
 * @example
 * ```ts
 * const target: SdkClientTarget = createEcs({ seed: 1 });
 * ```
 * @category SDK client
 */
export type SdkClientTarget = Pick<Ecs, SdkOperationName | 'clock'>;

/**
 * Options of {@link createClient}.
 *
 * @example
 * ```ts
 * const options: SdkClientOptions = { autoAdvance: 'PT10S' };
 * ```
 * @category SDK client
 */
export interface SdkClientOptions {
  /**
   * Virtual time that passes after every call, answered or refused (an ISO 8601 duration,
   * milliseconds or a date-fns `Duration`), so polling loops written against the real cloud
   * finish. Default: none, the clock only moves when the test moves it.
   */
  readonly autoAdvance?: DurationInput | undefined;
}
