import { describe, expect, it } from 'vitest';
import { EcsError, type EcsErrorCode, ERROR_CATALOG, isEcsError } from '../../src/index.js';
import { expectEcsError } from '../fixtures/ecs-errors.js';
import { aRunningInstance, aWorld, REGION } from '../fixtures/world.js';

const REQUEST_ID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

describe('EcsError', () => {
  describe('when a facade call fails', () => {
    it('formats message like the SDK: "<Code>: code: <status>, <Message> request id: <RequestId>"', () => {
      const ecs = aWorld();
      const e = expectEcsError(
        () => ecs.stopInstance({ instanceId: 'i-missing' }),
        'InvalidInstanceId.NotFound',
        404,
      );
      expect(e.message).toBe(
        `InvalidInstanceId.NotFound: code: 404, ${e.data.Message} request id: ${e.requestId}`,
      );
      expect(e.data.Message).toBe('The specified InstanceId i-missing does not exist.');
    });

    it('carries the error body the SDK exposes in data', () => {
      const ecs = aWorld();
      const e = expectEcsError(
        () => ecs.describeInstances({ regionId: REGION, status: 'Gone' }),
        'InvalidStatus.NotFound',
        404,
      );
      expect(e.data).toEqual({
        Code: 'InvalidStatus.NotFound',
        Message: e.description,
        RequestId: e.requestId,
        HostId: 'ecs.cn-hangzhou.aliyuncs.com',
        Recommend: `https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=InvalidStatus.NotFound&product=Ecs&requestId=${e.requestId}`,
      });
      expect(Object.isFrozen(e.data)).toBe(true);
    });

    it('is an Error named EcsError with an uppercase UUID request id and the action', () => {
      const ecs = aWorld();
      const e = expectEcsError(() => ecs.startInstance({}), 'MissingParameter', 400);
      expect(e).toBeInstanceOf(Error);
      expect(e.name).toBe('EcsError');
      expect(e.requestId).toMatch(REQUEST_ID);
      expect(e.action).toBe('StartInstance');
      expect(isEcsError(e)).toBe(true);
      expect(isEcsError(e, 'MissingParameter')).toBe(true);
      expect(isEcsError(e, 'InvalidParameter')).toBe(false);
    });

    it('answers from the global endpoint when the request has no region', () => {
      const ecs = aWorld();
      const e = expectEcsError(
        () => ecs.rebootInstance({ instanceId: 'i-missing' }),
        'InvalidInstanceId.NotFound',
      );
      expect(e.data.HostId).toBe('ecs.aliyuncs.com');
    });

    it('gives every failed call its own request id', () => {
      const ecs = aWorld();
      const ids = new Set(
        [1, 2, 3].map(
          () =>
            expectEcsError(
              () => ecs.startInstance({ instanceId: 'i-x' }),
              'InvalidInstanceId.NotFound',
            ).requestId,
        ),
      );
      expect(ids.size).toBe(3);
    });

    it('names simulation calls by their method', () => {
      const ecs = aWorld();
      const e = expectEcsError(
        () => ecs.writeDisk({ diskId: 'd-missing', offset: 0, data: 'x' }),
        'InvalidDiskId.NotFound',
      );
      expect(e.action).toBe('WriteDisk');
      expect(e.requestId).toMatch(REQUEST_ID);
    });
  });

  describe('when the catalogue documents a status per operation', () => {
    it('uses 400 for IncorrectInstanceStatus in AttachDisk and 403 elsewhere', () => {
      expect(new EcsError('IncorrectInstanceStatus', { action: 'AttachDisk' }).statusCode).toBe(
        400,
      );
      expect(new EcsError('IncorrectInstanceStatus', { action: 'StopInstance' }).statusCode).toBe(
        403,
      );
      expect(new EcsError('IncorrectInstanceStatus').statusCode).toBe(403);
    });

    it('answers a refused StopInstance with 403', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs);
      ecs.stopInstance({ instanceId: id });
      expectEcsError(() => ecs.stopInstance({ instanceId: id }), 'IncorrectInstanceStatus', 403);
    });

    it('uses 404 for InvalidDescription.Malformed in CreateSnapshot and 400 in RunInstances', () => {
      expect(
        new EcsError('InvalidDescription.Malformed', { action: 'CreateSnapshot' }).statusCode,
      ).toBe(404);
      const ecs = aWorld();
      expectEcsError(
        () =>
          ecs.runInstances({ regionId: REGION, imageId: 'x', instanceType: 'y', description: 'x' }),
        'InvalidImageId.NotFound',
      );
    });
  });

  describe('when built directly', () => {
    it('uses the catalogue message and an empty request id', () => {
      const e = new EcsError('IncorrectDiskStatus');
      expect(e.description).toBe(ERROR_CATALOG.IncorrectDiskStatus.message);
      expect(e.message).toBe(
        `IncorrectDiskStatus: code: 403, ${ERROR_CATALOG.IncorrectDiskStatus.message} request id: `,
      );
      expect(e.data.HostId).toBe('ecs.aliyuncs.com');
    });

    it('keeps code and message when answered to a call', () => {
      const e = new EcsError('InvalidParameter', { message: 'Bad.' }).answeredAs(
        'REQ',
        'DescribeDisks',
        'ecs.cn-shanghai.aliyuncs.com',
      );
      expect(e.message).toBe('InvalidParameter: code: 400, Bad. request id: REQ');
      expect(e.data.HostId).toBe('ecs.cn-shanghai.aliyuncs.com');
    });
  });
});

describe('ERROR_CATALOG', () => {
  const codes = Object.keys(ERROR_CATALOG) as EcsErrorCode[];

  it.each(codes)('gives %s an HTTP error status and a message', (code) => {
    const entry = ERROR_CATALOG[code];
    // 405 and 413 are the HTTP endpoint's (UnsupportedHTTPMethod, Request.TooLarge); 503 is
    // ServiceUnavailable, which only an injected fault answers.
    expect([400, 403, 404, 405, 413, 500, 501, 503]).toContain(entry.httpStatus);
    expect(entry.message.length).toBeGreaterThan(10);
  });

  it('has the statuses of the ECS reference for the common codes', () => {
    expect({
      MissingParameter: ERROR_CATALOG.MissingParameter.httpStatus,
      InvalidParameter: ERROR_CATALOG.InvalidParameter.httpStatus,
      DryRunOperation: ERROR_CATALOG.DryRunOperation.httpStatus,
      IdempotentParameterMismatch: ERROR_CATALOG.IdempotentParameterMismatch.httpStatus,
      'InvalidRegionId.NotFound': ERROR_CATALOG['InvalidRegionId.NotFound'].httpStatus,
      'InvalidInstanceId.NotFound': ERROR_CATALOG['InvalidInstanceId.NotFound'].httpStatus,
      IncorrectInstanceStatus: ERROR_CATALOG.IncorrectInstanceStatus.httpStatus,
      'InvalidDiskId.NotFound': ERROR_CATALOG['InvalidDiskId.NotFound'].httpStatus,
      IncorrectDiskStatus: ERROR_CATALOG.IncorrectDiskStatus.httpStatus,
    }).toEqual({
      MissingParameter: 400,
      InvalidParameter: 400,
      DryRunOperation: 400,
      IdempotentParameterMismatch: 403,
      'InvalidRegionId.NotFound': 404,
      'InvalidInstanceId.NotFound': 404,
      IncorrectInstanceStatus: 403,
      'InvalidDiskId.NotFound': 404,
      IncorrectDiskStatus: 403,
    });
    expect(ERROR_CATALOG.DryRunOperation.message).toBe(
      'Request validation has been passed with DryRun flag set.',
    );
  });
});
