import EcsClient from '@alicloud/ecs20140526';
import type { Ecs } from '../../src/index.js';
import {
  DEFAULT_CREDENTIAL,
  type RunningServer,
  type StartServerOptions,
  startServer,
} from '../../src/server/index.js';
import { REGION } from '../fixtures/world.js';

/** The SDK's client class (its CommonJS default export, reached the same way under ESM). */
type ClientClass = typeof EcsClient.default;
const Client: ClientClass =
  (EcsClient as unknown as { default?: ClientClass }).default ??
  (EcsClient as unknown as ClientClass);

/** The official SDK's client, as a user constructs it against a local endpoint (reference 1.1). */
export type SdkClient = InstanceType<ClientClass>;

/** Options of {@link anSdkClient}. */
export interface SdkClientConfig {
  readonly accessKeyId?: string;
  readonly accessKeySecret?: string;
  /** `'v2'` switches the SDK to the legacy HMAC-SHA1 RPC signature. */
  readonly signatureAlgorithm?: 'v2';
}

/** An unmodified SDK client pointed at a running server. */
export function anSdkClient(
  server: Pick<RunningServer, 'endpoint'>,
  config: SdkClientConfig = {},
): SdkClient {
  return new Client({
    accessKeyId: config.accessKeyId ?? DEFAULT_CREDENTIAL.accessKeyId,
    accessKeySecret: config.accessKeySecret ?? DEFAULT_CREDENTIAL.accessKeySecret,
    endpoint: server.endpoint,
    protocol: 'http',
    regionId: REGION,
    ...(config.signatureAlgorithm ? { signatureAlgorithm: config.signatureAlgorithm } : {}),
  } as ConstructorParameters<ClientClass>[0]);
}

/** Starts a server over `ecs` (manual clock unless told), and returns it with a closer. */
export async function aServer(
  ecs: Ecs,
  options: Omit<StartServerOptions, 'ecs'> = {},
): Promise<RunningServer> {
  return startServer({ ecs, clock: 'manual', ...options });
}

/** What an SDK promise rejected with, as plain fields. */
export async function rejectionOf(promise: Promise<unknown>): Promise<{
  name: string;
  code: string;
  statusCode: number;
  message: string;
  data: { Code: string; Message: string; RequestId: string; HostId: string; Recommend: string };
}> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error('expected the SDK call to reject, but it resolved');
}
