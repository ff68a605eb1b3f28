import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DISK_OPERATIONS,
  DISK_TRANSITIONS,
  INSTANCE_OPERATIONS,
  INSTANCE_TRANSITIONS,
} from '../../src/index.js';

const doc = readFileSync(new URL('../../docs/lifecycles.md', import.meta.url), 'utf8');
const [instancePart = '', diskPart = ''] = doc.split('\n## Disks\n');
const tables = {
  INSTANCE_TRANSITIONS: [instancePart, INSTANCE_TRANSITIONS],
  INSTANCE_OPERATIONS: [instancePart, INSTANCE_OPERATIONS],
  DISK_TRANSITIONS: [diskPart, DISK_TRANSITIONS],
  DISK_OPERATIONS: [diskPart, DISK_OPERATIONS],
} as const;

describe('docs/lifecycles.md', () => {
  describe.each(Object.entries(tables))('when compared with %s', (_name, [section, table]) => {
    it.each(Object.entries(table))('documents %s with exactly its statuses', (key, statuses) => {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
      expect(row).toBeDefined();
      const listed = [...((row ?? '').split('|')[2]?.matchAll(/`([^`]+)`/g) ?? [])].map(
        (m) => m[1],
      );
      expect(listed).toEqual([...(statuses as readonly string[])]);
    });
  });
});
