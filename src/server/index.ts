// The `fake-ecs/server` entry point: a world served over HTTP as an ECS endpoint for the
// unmodified official SDK. An adapter: no business rules.

export type { ServerCredential } from './signed-claims.js';
export {
  DEFAULT_CREDENTIAL,
  type RunningServer,
  type StartServerOptions,
  startServer,
} from './start-server.js';
