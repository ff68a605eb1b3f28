// The acceptance bar of the contract issue: by default, at least 99% of the documented request
// parameters of every served operation are accepted (not refused with UnsupportedParameter).
// test/bench/contract-coverage.ts reports the numbers, response fields included.

import { describe, expect, it } from 'vitest';
import { SDK_OPERATIONS } from '../../src/sdk/index.js';
import { measureOperation } from '../fixtures/contract-coverage.js';

describe('documented request parameters, by default', () => {
  it('are accepted at 99% or more over all served operations, each refusal named', () => {
    const measured = SDK_OPERATIONS.map(measureOperation);
    const parameters = measured.reduce((n, m) => n + m.parameters, 0);
    const refused = measured.flatMap((m) => m.refused.map((name) => `${m.action}.${name}`));
    expect(parameters).toBeGreaterThan(500);
    expect((parameters - refused.length) / parameters).toBeGreaterThanOrEqual(0.99);
    // The refusals left are deliberate: documented values whose effect fake-ecs cannot give
    // (an image of a whole instance; policies associated by instance tags, sampled as 'x').
    expect(refused).toEqual(['CreateAutoSnapshotPolicy.AssociationType', 'CreateImage.InstanceId']);
  }, 120_000);
});
