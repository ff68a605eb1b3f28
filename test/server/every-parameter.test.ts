// Every documented parameter of every served operation, sent over HTTP by the official SDK one at
// a time on top of a request that succeeds: each gets an answer of the documented shape (a 200
// with a body, or an ECS error with its code and a 4xx status), never a dropped connection or 500.

import * as $Ecs from '@alicloud/ecs20140526';
import { describe, expect, it } from 'vitest';
import { requestContract } from '../../src/contract/contract.js';
import { SDK_OPERATIONS } from '../../src/sdk/index.js';
import { actionOf } from '../fixtures/contract-coverage.js';
import { withParameter } from '../fixtures/contract-samples.js';
import { aServedWorld, SERVED_REQUESTS } from '../fixtures/served-requests.js';
import { anSdkClient, aServer } from './helpers.js';

const Models = $Ecs as unknown as Record<string, new (map: object) => object>;

type Method = (request: object) => Promise<{ statusCode: number; body: { requestId?: string } }>;

/** `ok` for an answer of the documented shape, else what came instead. */
async function answerTo(call: () => ReturnType<Method>): Promise<string> {
  try {
    const res = await call();
    return res.statusCode === 200 && typeof res.body.requestId === 'string' ? 'ok' : 'no body';
  } catch (error) {
    const e = error as { code?: unknown; statusCode?: unknown; data?: { RequestId?: unknown } };
    const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
    const shaped =
      typeof e.code === 'string' &&
      /^[A-Z][A-Za-z0-9.]+$/.test(e.code) &&
      typeof e.data?.RequestId === 'string' &&
      status >= 400 &&
      status < 500;
    return shaped ? 'ok' : `${String(e.code)} ${status}`;
  }
}

describe.each(SDK_OPERATIONS)('%s over HTTP', (method) => {
  it('answers each documented parameter with a 200 or an ECS error of a 4xx status', async () => {
    const action = actionOf(method);
    const Request = Models[`${action}Request`];
    if (!Request) throw new Error(`the SDK has no ${action}Request`);
    const { ecs, ids } = aServedWorld();
    const server = await aServer(ecs);
    const client = anSdkClient(server) as unknown as Record<string, Method>;
    const fields = requestContract(action) ?? [];
    const answers: string[] = [];
    try {
      for (const field of fields) {
        const request = new Request(withParameter(SERVED_REQUESTS[method](ids), field));
        const answer = await answerTo(() => (client[method] as Method).call(client, request));
        answers.push(`${field.wire}: ${answer}`);
      }
    } finally {
      await server.close();
    }
    expect(fields.length).toBeGreaterThan(0);
    expect(answers).toEqual(fields.map((f) => `${f.wire}: ok`));
  });
});
