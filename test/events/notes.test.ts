import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { EventLog } from '../../src/events/event-log.js';
import type { CallEvent } from '../../src/index.js';
import type { CommonInput, Operation } from '../../src/operations/operation.js';
import { ok } from '../../src/shared/result.js';
import { initialState } from '../../src/state/ecs-state.js';
import { resolveOptions } from '../../src/world/options.js';

function anEngine(): Engine {
  const { world, seed, startMs } = resolveOptions({ seed: 'notes' });
  return new Engine(initialState(world, seed, startMs), { events: new EventLog() });
}

/** A tiny operation whose transition hands a note to the audit trail. */
const noteOp: Operation<CommonInput & { readonly diskId: string }, { readonly done: true }> = {
  action: 'NoteSomething',
  read: (p) => ({ diskId: p.string('diskId') ?? '' }),
  run: (state, input) =>
    ok({
      state,
      response: { done: true },
      notes: [{ type: 'volume-rollback', detail: { diskId: input.diskId, verdict: 'unsure' } }],
    }),
};

describe('Engine.call', () => {
  describe('when the transition returns notes', () => {
    it('attaches them to the call event, not to the response or the state', () => {
      const engine = anEngine();
      const before = engine.state;
      const response = engine.call(noteOp, { diskId: 'd-1' });
      expect(response).toEqual({ done: true, requestId: response.requestId });
      expect(engine.state).toBe(before);
      const [event] = engine.events.list() as CallEvent[];
      expect(event?.notes).toEqual([
        { type: 'volume-rollback', detail: { diskId: 'd-1', verdict: 'unsure' } },
      ]);
    });
  });

  describe('when the transition returns no notes', () => {
    it('leaves notes off the event', () => {
      const engine = anEngine();
      engine.call(
        { ...noteOp, run: (state) => ok({ state, response: { done: true } }) },
        {
          diskId: 'd-1',
        },
      );
      expect(engine.events.list()[0]).not.toHaveProperty('notes');
    });
  });
});
