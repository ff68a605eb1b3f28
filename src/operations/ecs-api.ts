import type { TaskApi } from '../async-tasks/api.js';
import type { CatalogueApi } from '../catalogue/api.js';
import type { DiskApi } from '../disks/api.js';
import type { DiskEncryptionApi } from '../disks/encryption-api.js';
import type { SnapshotGroupApi } from '../groups/api.js';
import type { InstanceApi } from '../instances/api.js';
import type { InstanceFleetApi } from '../instances/fleet-api.js';
import type { KeyPairApi } from '../keypairs/api.js';
import type { NetworkApi } from '../network/api.js';
import type { AutoSnapshotPolicyApi } from '../policies/api.js';
import type { SnapshotApi } from '../snapshots/api.js';
import type { TagApi } from '../tags/api.js';

/**
 * The ECS API half of the facade: every aggregate's documented `*Api` interface together. The
 * operation table (`./table.ts`) must have exactly one row per method of it, which the type
 * checker enforces. A new aggregate's `*Api` interface is added here and to `Ecs`'s `extends`.
 *
 * @internal
 */
export type EcsApi = InstanceApi &
  DiskApi &
  DiskEncryptionApi &
  SnapshotApi &
  SnapshotGroupApi &
  AutoSnapshotPolicyApi &
  CatalogueApi &
  NetworkApi &
  KeyPairApi &
  InstanceFleetApi &
  TagApi &
  TaskApi;
