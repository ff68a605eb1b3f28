import { describe, expect, it } from 'vitest';
import type { Ecs, EcsErrorCode } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import {
  anInstance,
  anInstanceIn,
  aRunRequest,
  aStoppedInstance,
  aWorld,
  disksOf,
  REGION,
} from '../fixtures/world.js';

/** A busy world: a Running and a Stopped instance, one still Pending, a remembered client token. */
function aBusyWorld() {
  const ecs = aWorld();
  const running = anInstanceIn(ecs, 'Running', { dataDisk: [{ size: 20 }] });
  const stopped = aStoppedInstance(ecs);
  ecs.runInstances(aRunRequest({ clientToken: 'once' }));
  const pending = anInstance(ecs);
  ecs.writeDisk({ diskId: must(disksOf(ecs, running)[1]).diskId, offset: 0, data: 'before' });
  return { ecs, running, stopped, pending };
}

type World = ReturnType<typeof aBusyWorld>;

/** A documented parameter fake-ecs does not model, with a value of the wrong type. */
// A documented parameter of the wrong type, as an untyped caller (JavaScript, JSON) could send it.
const withBadBandwidth = { ...aRunRequest(), internetMaxBandwidthOut: 'lots' as unknown as number };

const REFUSALS: [string, (w: World) => unknown, EcsErrorCode][] = [
  [
    'runInstances with an unknown image',
    ({ ecs }) => ecs.runInstances(aRunRequest({ imageId: 'nope' })),
    'InvalidImageId.NotFound',
  ],
  [
    'runInstances with dryRun',
    ({ ecs }) => ecs.runInstances(aRunRequest({ dryRun: true })),
    'DryRunOperation',
  ],
  [
    'runInstances reusing a token',
    ({ ecs }) => ecs.runInstances(aRunRequest({ clientToken: 'once', amount: 2 })),
    'IdempotentParameterMismatch',
  ],
  [
    'runInstances with a documented parameter of the wrong type',
    ({ ecs }) => ecs.runInstances(withBadBandwidth),
    'InvalidParameter',
  ],
  [
    'startInstance on Running',
    ({ ecs, running }) => ecs.startInstance({ instanceId: running }),
    'IncorrectInstanceStatus',
  ],
  [
    'startInstance with dryRun',
    ({ ecs, stopped }) => ecs.startInstance({ instanceId: stopped, dryRun: true }),
    'DryRunOperation',
  ],
  [
    'stopInstance on Pending',
    ({ ecs, pending }) => ecs.stopInstance({ instanceId: pending }),
    'IncorrectInstanceStatus',
  ],
  [
    'stopInstance on an unknown id',
    ({ ecs }) => ecs.stopInstance({ instanceId: 'i-none' }),
    'InvalidInstanceId.NotFound',
  ],
  [
    'rebootInstance on Stopped',
    ({ ecs, stopped }) => ecs.rebootInstance({ instanceId: stopped }),
    'IncorrectInstanceStatus',
  ],
  [
    'deleteInstance on Running',
    ({ ecs, running }) => ecs.deleteInstance({ instanceId: running }),
    'IncorrectInstanceStatus',
  ],
  [
    'deleteInstance with dryRun',
    ({ ecs, stopped }) => ecs.deleteInstance({ instanceId: stopped, dryRun: true }),
    'DryRunOperation',
  ],
  [
    'describeInstances with a bad token',
    ({ ecs }) => ecs.describeInstances({ regionId: REGION, nextToken: 'x' }),
    'InvalidParameter',
  ],
  [
    'describeInstanceStatus without region',
    ({ ecs }) => ecs.describeInstanceStatus({}),
    'MissingParameter',
  ],
  [
    'describeImages in an unknown region',
    ({ ecs }) => ecs.describeImages({ regionId: 'mars-1' }),
    'InvalidRegionId.NotFound',
  ],
  [
    'writeDisk on a Stopped instance',
    ({ ecs, stopped }) =>
      ecs.writeDisk({ diskId: must(disksOf(ecs, stopped)[0]).diskId, offset: 0, data: 'x' }),
    'IncorrectInstanceStatus',
  ],
  [
    'writeDisk with a later bad write',
    ({ ecs, running }) =>
      ecs.writeDisk({
        diskId: must(disksOf(ecs, running)[1]).diskId,
        writes: [
          { offset: 0, data: 'after' },
          { offset: -1, data: 'x' },
        ],
      }),
    'InvalidParameter',
  ],
  [
    'readDisk on a Creating disk',
    ({ ecs, pending }) =>
      ecs.readDisk({ diskId: must(disksOf(ecs, pending)[0]).diskId, offset: 0, length: 1 }),
    'IncorrectDiskStatus',
  ],
];

describe('a refused call', () => {
  describe.each(REFUSALS)('when %s', (_what, call, code) => {
    it(`throws ${code} and leaves ecs.state the very same object`, () => {
      const world = aBusyWorld();
      const clock = world.ecs.clock.now();
      expectRefused(world.ecs, () => call(world), code);
      expect(world.ecs.clock.now()).toBe(clock);
    });
  });

  describe('when it is followed by the same successful calls as in an untouched world', () => {
    it('leads to a byte-identical state: refusals consume nothing of the world', () => {
      const refused = aBusyWorld();
      for (const [, call] of REFUSALS) expect(() => call(refused)).toThrow();
      const untouched = aBusyWorld();
      for (const w of [refused, untouched]) {
        anInstance(w.ecs);
        w.ecs.clock.settle();
      }
      expect(JSON.stringify(refused.ecs.state)).toBe(JSON.stringify(untouched.ecs.state));
    });
  });
});

describe('readDisk', () => {
  describe('when it succeeds', () => {
    it('leaves ecs.state the very same object', () => {
      const { ecs, running }: { ecs: Ecs; running: string } = aBusyWorld();
      const before = ecs.state;
      ecs.readDisk({ diskId: must(disksOf(ecs, running)[1]).diskId, offset: 0, length: 6 });
      expect(ecs.state).toBe(before);
    });
  });
});
