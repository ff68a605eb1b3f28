import type * as $Ecs from '@alicloud/ecs20140526';
import { describe, expectTypeOf, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import type {
  createClient,
  EcsSdkClient,
  SdkClientTarget,
  SdkOperationName,
} from '../../src/sdk/index.js';
import type { SdkData } from './sdk-shape.js';

/** The official client class (the CJS package's `default` export, seen from ESM). */
type Client = $Ecs.default;

type WithOptions = `${SdkOperationName}WithOptions`;
type ClientMethods = SdkOperationName | WithOptions;

/**
 * The official client's methods for those operations, with data-only responses: the SDK's
 * `<Op>Response` models are classes with `validate()` / `toMap()`, which a plain
 * `{ headers, statusCode, body }` cannot be.
 */
type SdkDataClient = {
  [M in ClientMethods]: Client[M] extends (...args: infer A) => Promise<infer R>
    ? (...args: A) => Promise<SdkData<R>>
    : never;
};

describe('createClient', () => {
  it('returns an EcsSdkClient', () => {
    expectTypeOf<ReturnType<typeof createClient>>().toEqualTypeOf<EcsSdkClient>();
  });

  it('covers every ECS operation of the facade', () => {
    type FacadeOps = Exclude<
      keyof Ecs,
      | 'clock'
      | 'state'
      | 'writeDisk'
      | 'readDisk'
      | 'diskPerformance'
      | 'listSnapshotBlocks'
      | 'listChangedBlocks'
      | 'getSnapshotBlock'
      | 'billing'
      | 'events'
      | 'on'
      | 'faults'
      | 'createVolume'
      | 'writeVolume'
      | 'readVolume'
      | 'describeVolumes'
      | 'checkConsistency'
      | 'export'
    >;
    expectTypeOf<SdkOperationName>().toEqualTypeOf<FacadeOps>();
  });

  it('has only methods the official Client has', () => {
    expectTypeOf<ClientMethods>().toExtend<keyof Client>();
  });

  it('is assignable to the official Client for those methods, responses as data', () => {
    expectTypeOf<EcsSdkClient>().toExtend<SdkDataClient>();
  });

  it('is not assignable to Pick<Client, ...> itself: SDK responses are model classes', () => {
    expectTypeOf<EcsSdkClient>().not.toExtend<Pick<Client, ClientMethods>>();
  });

  it('accepts the official SDK request classes and runtime options', () => {
    type Create = EcsSdkClient['createSnapshotWithOptions'];
    expectTypeOf<$Ecs.CreateSnapshotRequest>().toExtend<Parameters<Create>[0]>();
    type Runtime = Parameters<Client['createSnapshotWithOptions']>[1];
    expectTypeOf<Runtime>().toExtend<Parameters<Create>[1]>();
  });

  it('resolves with the SDK response shape and typed bodies', () => {
    type Res = Awaited<ReturnType<EcsSdkClient['describeSnapshots']>>;
    expectTypeOf<Res['statusCode']>().toEqualTypeOf<200>();
    expectTypeOf<Res['body']>().toExtend<SdkData<$Ecs.DescribeSnapshotsResponseBody>>();
    expectTypeOf<Res['body']['snapshots']['snapshot'][number]['progress']>().toBeString();
  });

  it('rejects a client whose body has a wrongly typed field (the check has teeth)', () => {
    type Wrong = Omit<SdkDataClient, 'createSnapshot'> & {
      createSnapshot(
        request: $Ecs.CreateSnapshotRequest,
      ): Promise<{ body: { snapshotId: number } }>;
    };
    expectTypeOf<Wrong>().not.toExtend<SdkDataClient>();
  });

  it('takes a world from createEcs', () => {
    expectTypeOf<Ecs>().toExtend<SdkClientTarget>();
  });
});
