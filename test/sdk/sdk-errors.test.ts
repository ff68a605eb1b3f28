import { describe, expect, it } from 'vitest';
import { createEcs, EcsError, type EcsErrorData } from '../../src/index.js';
import {
  AlibabaCloudError,
  ClientError,
  createClient,
  type SdkClientTarget,
  ServerError,
  ThrottlingError,
  toSdkError,
} from '../../src/sdk/index.js';

const BODY: EcsErrorData = {
  Code: 'Throttling.User',
  Message: 'Request was denied due to user flow control.',
  RequestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E',
  HostId: 'ecs.cn-hangzhou.aliyuncs.com',
  Recommend: 'https://api.alibabacloud.com/troubleshoot?q=Throttling.User',
};

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

describe('toSdkError', () => {
  describe('when the code contains Throttling', () => {
    it.each([400, 403, 503])('returns a ThrottlingError whatever the status (%i)', (status) => {
      const e = toSdkError({ statusCode: status, data: BODY });
      expect(e).toBeInstanceOf(ThrottlingError);
      expect(e).toBeInstanceOf(AlibabaCloudError);
      expect(e.name).toBe('ThrottlingError');
      expect(e.statusCode).toBe(status);
      expect(e.retryAfter).toBeUndefined();
    });
  });

  describe('when the status is 4xx', () => {
    it('returns a ClientError with the SDK fields', () => {
      const source = new EcsError('InvalidDiskId.NotFound', { requestId: 'REQ-1' });
      const e = toSdkError(source);
      expect(e).toBeInstanceOf(ClientError);
      expect(e).toBeInstanceOf(Error);
      expect(e.name).toBe('ClientError');
      expect(e.code).toBe('InvalidDiskId.NotFound');
      expect(e.statusCode).toBe(404);
      expect(e.requestId).toBe('REQ-1');
      expect(e.data).toEqual(source.data);
      expect(e.data).not.toBe(source.data);
      expect(e.accessDeniedDetail).toBeNull();
      expect(e.cause).toBe(source);
    });

    it('formats the message like the SDK', () => {
      const e = toSdkError(new EcsError('InvalidDiskId.NotFound', { requestId: 'REQ-1' }));
      expect(e.message).toBe(
        'InvalidDiskId.NotFound: code: 404, The specified disk does not exist. request id: REQ-1',
      );
    });

    it("gives description and detail as the string 'undefined', as the SDK does for ECS bodies", () => {
      const e = toSdkError(new EcsError('IncorrectDiskStatus'));
      expect(e.description).toBe('undefined');
      expect(e.detail).toBe('undefined');
    });
  });

  describe('when the status is 5xx', () => {
    it('returns a ServerError', () => {
      const e = toSdkError(new EcsError('InternalError', { requestId: 'R' }));
      expect(e).toBeInstanceOf(ServerError);
      expect(e.name).toBe('ServerError');
      expect(e.statusCode).toBe(500);
      expect(e.accessDeniedDetail).toBeUndefined();
      expect(e.message).toMatch(/^InternalError: code: 500, .+ request id: R$/);
    });
  });
});

describe('createClient', () => {
  describe('when the facade refuses a call', () => {
    it('rejects with a ClientError carrying the answer (404 InvalidDiskId.NotFound)', async () => {
      const client = createClient(createEcs({ seed: 1 }));
      const e = await rejectionOf(client.resizeDisk({ diskId: 'd-nope', newSize: 100 }));
      expect(e).toBeInstanceOf(ClientError);
      const error = e as ClientError;
      expect(error.name).toBe('ClientError');
      expect(error.code).toBe('InvalidDiskId.NotFound');
      expect(error.statusCode).toBe(404);
      expect(error.requestId).toMatch(
        /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
      );
      expect(error.data).toEqual({
        Code: 'InvalidDiskId.NotFound',
        Message: error.data.Message,
        RequestId: error.requestId,
        HostId: 'ecs.aliyuncs.com',
        Recommend: expect.stringContaining('q=InvalidDiskId.NotFound'),
      });
      expect(error.message).toBe(
        `InvalidDiskId.NotFound: code: 404, ${error.data.Message} request id: ${error.requestId}`,
      );
      expect(error.cause).toBeInstanceOf(EcsError);
    });

    it('rejects through opWithOptions too', async () => {
      const client = createClient(createEcs({ seed: 1 }));
      const e = await rejectionOf(client.createSnapshotWithOptions({}, {}));
      expect(e).toMatchObject({ name: 'ClientError', code: 'MissingParameter', statusCode: 400 });
    });

    it('returns a rejected promise instead of throwing', () => {
      const client = createClient(createEcs({ seed: 1 }));
      const pending = client.resizeDisk({ diskId: 'd-nope', newSize: 100 });
      expect(pending).toBeInstanceOf(Promise);
      return expect(pending).rejects.toBeInstanceOf(ClientError);
    });

    it('leaves the state unchanged', async () => {
      const ecs = createEcs({ seed: 1 });
      const before = ecs.state;
      const now = ecs.clock.now();
      await rejectionOf(createClient(ecs).attachDisk({ diskId: 'd-nope', instanceId: 'i-nope' }));
      expect(ecs.state).toBe(before);
      expect(ecs.clock.now()).toBe(now);
    });
  });

  describe('when the facade throws something other than an EcsError', () => {
    it('rejects with it unchanged', async () => {
      const bug = new TypeError('bug');
      const target = {
        deleteDisk: () => {
          throw bug;
        },
      } as unknown as SdkClientTarget;
      await expect(createClient(target).deleteDisk({ diskId: 'd-1' })).rejects.toBe(bug);
    });
  });
});
