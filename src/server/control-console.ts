// The web console, when the server was started with it (`console: true`, `fake-ecs serve`):
//   GET /__fake-ecs/console/           -> the page (index.html) and its files, from the package
//   GET /__fake-ecs/console/session    -> { AccessKeyId, AccessKeySecret } (null when unsigned)
// The console signs its ECS API calls with the server's first AccessKey pair, like any client.

import { sendFile } from './console-files.js';
import type { ControlRoute } from './control-context.js';
import { controlError, controlOk } from './control-reply.js';

const OFF = controlError(
  'InvalidAction.NotFound',
  'The web console is off: start the server with { console: true } (fake-ecs serve has it on).',
);

/**
 * The console endpoints.
 *
 * @internal
 */
export const CONSOLE_ROUTES: readonly ControlRoute[] = [
  {
    method: 'GET',
    path: 'console',
    run(ctx, { res }) {
      if (!ctx.console) return OFF;
      res.writeHead(302, { location: '/__fake-ecs/console/', 'content-length': 0 });
      res.end();
      return 'streamed';
    },
  },
  {
    method: 'GET',
    path: 'console/session',
    run(ctx) {
      if (!ctx.console) return OFF;
      const key = ctx.credentials === 'any' ? undefined : ctx.credentials[0];
      return controlOk({
        AccessKeyId: key?.accessKeyId ?? null,
        AccessKeySecret: key?.accessKeySecret ?? null,
      });
    },
  },
  {
    method: 'GET',
    path: 'console/:file',
    run(ctx, { res, param }) {
      if (!ctx.console) return OFF;
      const file = ctx.console.files.get(param === '' ? 'index.html' : param);
      if (!file)
        return controlError(
          'InvalidAction.NotFound',
          `The console has no file ${JSON.stringify(param.slice(0, 64))}.`,
        );
      sendFile(res, file);
      return 'streamed';
    },
  },
];
