// The `fake-ecs/sdk` entry point: an async client with the official SDK client's method
// signatures over a world, and errors shaped like the SDK's. An adapter: no business rules.

export { createClient, SDK_OPERATIONS } from './create-client.js';
export {
  AlibabaCloudError,
  ClientError,
  type SdkErrorFields,
  type SdkErrorSource,
  ServerError,
  ThrottlingError,
  toSdkError,
} from './sdk-errors.js';
export type {
  EcsSdkClient,
  SdkClientOptions,
  SdkClientTarget,
  SdkOperationName,
  SdkRequest,
  SdkResponse,
  SdkResponseBody,
} from './sdk-types.js';
