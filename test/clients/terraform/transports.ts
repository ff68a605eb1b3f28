// Two real clients behind one "call an action with its wire parameters" function, the way the
// Terraform provider calls ECS (an action name and a map of wire-named parameters, lists as arrays
// that the client flattens to `Key.N` / `Key.N.Sub`):
//   - `@alicloud/pop-core`, the legacy RPC client (HMAC-SHA1, `SignatureVersion=1.0`, POST form);
//   - the official SDK `@alicloud/ecs20140526`: each call goes through the action's own typed method
//     (`client.runInstances(new RunInstancesRequest(...))`), the request model built from the wire
//     map by the SDK's own `cast`, the answer read back through the model's `toMap()`.

import * as $Ecs from '@alicloud/ecs20140526';
import RPCClient from '@alicloud/pop-core';
import * as $dara from '@darabonba/typescript';
import { DEFAULT_CREDENTIAL, type RunningServer } from '../../../src/server/index.js';
import { anSdkClient } from '../../server/helpers.js';

/** A JSON answer, read by wire names. */
export type Wire = Record<string, unknown>;

/** Calls one ECS action; rejects with an error carrying the ECS `code`. */
export type CallAction = (action: string, params: Wire) => Promise<Wire>;

/** Nested objects as the provider writes them for the RPC client: `SystemDisk.Category`. (pop-core
 * flattens arrays itself, to `Key.N` and `Key.N.Sub`, but not objects.) */
function dotted(params: Wire, prefix = ''): Wire {
  const flat: Wire = {};
  for (const [key, value] of Object.entries(params)) {
    if (value && typeof value === 'object' && !Array.isArray(value))
      Object.assign(flat, dotted(value as Wire, `${prefix}${key}.`));
    else flat[`${prefix}${key}`] = value;
  }
  return flat;
}

/** The legacy RPC client, sending wire names as given (`formatParams: false`: the policy actions
 * take lower-camel keys, which pop-core would otherwise capitalise). */
export function popCoreCaller(server: Pick<RunningServer, 'url'>): CallAction {
  const client = new RPCClient({
    endpoint: server.url.replace(/\/$/, ''),
    apiVersion: '2014-05-26',
    accessKeyId: DEFAULT_CREDENTIAL.accessKeyId,
    accessKeySecret: DEFAULT_CREDENTIAL.accessKeySecret,
  });
  return (action, params) =>
    client.request<Wire>(action, dotted(params), { method: 'POST', formatParams: false });
}

type ModelClass = new (map?: Record<string, unknown>) => { toMap(): Wire };
type TypedMethod = (request: unknown) => Promise<{ body?: { toMap(): Wire } }>;

/** The official SDK, through each action's typed method. */
export function officialSdkCaller(server: Pick<RunningServer, 'endpoint'>): CallAction {
  const client = anSdkClient(server) as unknown as Record<string, TypedMethod>;
  const models = $Ecs as unknown as Record<string, ModelClass | undefined>;
  return async (action, params) => {
    const Request = models[`${action}Request`];
    const method = client[action.charAt(0).toLowerCase() + action.slice(1)];
    if (!Request || typeof method !== 'function') throw new Error(`the SDK has no ${action}`);
    const response = await method.call(client, $dara.cast(params, new Request({})));
    return response.body?.toMap() ?? {};
  };
}
