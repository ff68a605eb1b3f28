import type { Engine } from '../engine/engine.js';
import { plainRequest } from '../shared/plain-request.js';

type Method = (request: unknown, ...rest: unknown[]) => unknown;

/**
 * Wraps a group of simulation calls (`writeDisk`, `readDisk`, volumes, block access, billing) so
 * that each reads its request once into plain data before its checks run, as ECS operations do
 * in the engine: a getter cannot answer the check one value and the use another, and a request
 * that cannot be read is refused with `InvalidParameter`, never a raw exception.
 *
 * @param engine - The engine (for the refusal's request id).
 * @param api - The calls, or groups of them (`billing`).
 * @returns The same shape, reading once.
 * @internal
 */
export function readingOnce<T extends object>(engine: Engine, api: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(api)) {
    if (typeof member === 'function') {
      const method = member as Method;
      const action = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
      wrapped[name] = (request: unknown, ...rest: unknown[]) => {
        const plain = plainRequest(request);
        if (!plain.ok) return engine.refuse(plain.error, action);
        return method(plain.value, ...rest);
      };
    } else if (typeof member === 'object' && member !== null) {
      wrapped[name] = readingOnce(engine, member);
    } else {
      wrapped[name] = member;
    }
  }
  return wrapped as T;
}
