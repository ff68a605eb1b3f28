/// <reference lib="dom" />
// The web console in a real browser: the seed's procedure (Instances, Manage, Disks, Create
// Snapshot, Instance Snapshots with progress and remaining time as the virtual clock moves), a
// refusal with its real ECS code, the chain picture against the API, fault rules and the trail.

import { copyFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEcs, type Ecs } from '../../src/index.js';
import { type RunningServer, startServer } from '../../src/server/index.js';
import { must } from '../fixtures/must.js';
import { LINUX_IMAGE, REGION } from '../fixtures/world.js';
import { aBrowser, SCREENSHOTS, textOf, untilText } from './browser.js';

const GIB = 2 ** 30;
const { UPDATE_README_SCREENSHOT } = process.env;
let ecs: Ecs;
let server: RunningServer;
let page: Page;
let closeBrowser: () => Promise<void>;
let instanceId: string;
let dataDiskId: string;

function snapshotOf(snapshotId: string) {
  const listed = ecs.describeSnapshots({
    regionId: REGION,
    snapshotIds: JSON.stringify([snapshotId]),
  });
  return must(listed.snapshots.snapshot[0], `snapshot ${snapshotId}`);
}

async function shot(name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}

/** Opens a page of the console, once it shows the world's current virtual time. */
async function open(hash: string) {
  await page.goto(`${server.consoleUrl}${hash}`);
  await page.locator(`#clock-now[data-now="${ecs.clock.now()}"]`).waitFor();
}

/** Moves the virtual clock with the header's form, as a user does (typing, then Enter). */
async function advanceBy(duration: string) {
  const before = await page.locator('#clock-now').getAttribute('data-now');
  await page.fill('#advance-by', duration);
  await page.press('#advance-by', 'Enter');
  await page.waitForFunction(
    (old) => document.getElementById('clock-now')?.getAttribute('data-now') !== old,
    before,
  );
}

beforeAll(async () => {
  ecs = createEcs({ seed: 'console' });
  instanceId = must(
    ecs.runInstances({
      regionId: REGION,
      imageId: LINUX_IMAGE,
      instanceType: 'ecs.g7.large',
      instanceName: 'web-1',
      dataDisk: [{ category: 'cloud_essd', size: 40, diskName: 'data-1' }],
    }).instanceIdSets.instanceIdSet[0],
    'instance',
  );
  ecs.clock.settle();
  const disks = ecs.describeDisks({ regionId: REGION, instanceId }).disks.disk;
  dataDiskId = must(
    disks.find((d) => d.type === 'data'),
    'data disk',
  ).diskId;
  ecs.writeDisk({ diskId: dataDiskId, offset: 0, length: 4 * GIB, fill: 'monday' });
  // The default AccessKey pair: the console signs every ECS call, as any client must.
  server = await startServer({ ecs, console: true, clock: 'manual' });
  ({ page, close: closeBrowser } = await aBrowser());
});

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
});

describe('the web console', () => {
  it('walks the seed: region, Instances, Manage, Disks, Create Snapshot, Instance Snapshots to 100%', async () => {
    await open('');
    expect(await page.locator('#region').inputValue()).toBe(REGION);
    await page.click('nav.side >> text=Instances');
    const row = page.locator(`#instances tr[data-instance-id="${instanceId}"]`);
    await expect(row.textContent()).resolves.toContain('Running');
    await row.locator('text=Manage').click();
    await page.locator('#disks').waitFor();
    expect(await textOf(page, '#page-title')).toBe('Disks');
    const diskRows = await page.locator('#disks tbody tr').allTextContents();
    expect(diskRows.map((r) => /System Disk|Data Disk/.exec(r)?.[0])).toEqual([
      'System Disk',
      'Data Disk',
    ]);
    // One disk at a time: the data disk's own Create Snapshot.
    await page.click(`#create-snapshot-${dataDiskId}`);
    expect(await textOf(page, '#snapshot-disk')).toBe(dataDiskId);
    expect(await page.locator('dialog').textContent()).toContain('Data Disk');
    await page.fill('#snapshot-name', 'before-upgrade');
    await page.press('#snapshot-name', 'Enter'); // the form submits from the keyboard
    const notice = await untilText(page, '.notice', /Snapshot s-\S+ is being created/);
    const snapshotId = must(/s-\S+/.exec(notice)?.[0], 'snapshot id');
    expect(snapshotOf(snapshotId).snapshotName).toBe('before-upgrade');

    await page.click('nav.sub >> text=Instance Snapshots');
    const snapshotRow = `#snapshots tr[data-snapshot-id="${snapshotId}"]`;
    await untilText(page, `${snapshotRow} .percent`, /^0%$/);
    const total = snapshotOf(snapshotId).remainTime;
    expect(total).toBeGreaterThan(10);
    // Half way: the page redraws as the clock moves, with what DescribeSnapshots says now.
    await advanceBy(`PT${Math.floor(total / 2)}S`);
    const midway = snapshotOf(snapshotId);
    const percent = await untilText(
      page,
      `${snapshotRow} .percent`,
      new RegExp(`^${midway.progress}$`),
    );
    expect(Number.parseInt(percent, 10)).toBeGreaterThan(0);
    expect(Number.parseInt(percent, 10)).toBeLessThan(100);
    expect(await textOf(page, `${snapshotRow} .remain`)).toMatch(/\d+ (min|s)/);
    expect(await page.locator(`${snapshotRow} progress`).getAttribute('value')).toBe(
      String(Number.parseInt(percent, 10)),
    );
    await shot('instance-snapshots-midway');
    // The README's picture: refreshed on request, so a run leaves the checkout as it was.
    if (UPDATE_README_SCREENSHOT)
      copyFileSync(
        `${SCREENSHOTS}instance-snapshots-midway.png`,
        new URL('../../docs/console.png', import.meta.url).pathname,
      );

    await page.click('#settle');
    await untilText(page, `${snapshotRow} .percent`, /^100%$/);
    expect(await page.locator(snapshotRow).getAttribute('data-status')).toBe('accomplished');
    expect(snapshotOf(snapshotId).status).toBe('accomplished');
    await shot('instance-snapshots-done');
  });

  it('shows the real ECS refusal when the instance is being stopped', async () => {
    await open('#/instances');
    await page.click(`#stop-${instanceId}`);
    await untilText(page, `#instances tr[data-instance-id="${instanceId}"]`, /Stopping/);
    await page.click(`#instances tr[data-instance-id="${instanceId}"] >> text=Manage`);
    await page.click(`#create-snapshot-${dataDiskId}`);
    await page.fill('#snapshot-name', 'while-stopping');
    await page.click('#snapshot-ok');
    const code = await textOf(page, 'dialog .error-code');
    const message = await textOf(page, 'dialog .error-message');
    // What the facade answers the same request: the console shows the code and message as they are.
    let refused: { code?: string; data?: { Message?: string } } = {};
    try {
      ecs.createSnapshot({ diskId: dataDiskId, snapshotName: 'while-stopping' });
    } catch (error) {
      refused = error as typeof refused;
    }
    expect(code).toBe('IncorrectInstanceStatus');
    expect(refused.code).toBe(code);
    expect(message).toBe(refused.data?.Message);
    await shot('refused-while-stopping');
    await page.keyboard.press('Escape');
    await page.click('#settle');
  });

  it('draws each disk chain as the API describes it: capacity, held blocks, and what deleting frees', async () => {
    ecs.clock.settle();
    ecs.startInstance({ instanceId });
    ecs.clock.settle();
    ecs.writeDisk({ diskId: dataDiskId, offset: GIB, length: GIB, fill: 'tuesday' });
    ecs.createSnapshot({ diskId: dataDiskId, snapshotName: 'tuesday' });
    ecs.clock.settle();
    ecs.writeDisk({ diskId: dataDiskId, offset: 3 * GIB, length: 3 * GIB, fill: 'wednesday' });
    ecs.createSnapshot({ diskId: dataDiskId, snapshotName: 'wednesday' });
    ecs.clock.settle();
    await open(`#/chains/${dataDiskId}`);
    await page.locator('#chain').waitFor();
    const link = must(
      ecs.describeSnapshotLinks({ regionId: REGION, diskIds: JSON.stringify([dataDiskId]) })
        .snapshotLinks.snapshotLink[0],
      'chain',
    );
    const blockSize = ecs.state.world.blockSize;
    expect(Number(await page.locator('#chain').getAttribute('data-total-bytes'))).toBe(
      link.totalSize,
    );
    const rows = await page.locator('#chain tr.chain-row').evaluateAll((trs) =>
      trs.map((tr) => ({
        snapshotId: tr.getAttribute('data-snapshot-id') ?? '',
        held: Number(tr.getAttribute('data-held')),
        own: Number(tr.getAttribute('data-own')),
        freed: Number(tr.getAttribute('data-freed')),
      })),
    );
    expect(rows).toHaveLength(link.totalCount);
    let ownSum = 0;
    for (const row of rows) {
      const { snapshotId } = row;
      let held = 0;
      let nextToken: string | undefined;
      do {
        const listed = ecs.listSnapshotBlocks({ snapshotId, maxResults: 10000, nextToken });
        held += listed.blocks.length;
        nextToken = listed.nextToken;
      } while (nextToken);
      expect(row.held).toBe(held);
      ownSum += row.own;
      // Deleting it (in a copy of the world) frees exactly what the picture says.
      const twin = createEcs({ from: ecs.export() });
      twin.deleteSnapshot({ snapshotId });
      const after = twin.describeSnapshotLinks({
        regionId: REGION,
        diskIds: JSON.stringify([dataDiskId]),
      }).snapshotLinks.snapshotLink[0];
      expect(link.totalSize - (after?.totalSize ?? 0)).toBe(row.freed * blockSize);
    }
    expect(ownSum * blockSize).toBe(link.totalSize);
    expect(await page.locator('#chain svg.strip rect.cell-freed').count()).toBeGreaterThan(0);
    await shot('snapshot-chain');
  });

  it('adds and removes fault rules, and shows the injected refusal', async () => {
    await open('#/faults');
    await page.selectOption('#fault-action', 'CreateSnapshot');
    await page.selectOption('#fault-code', 'Throttling');
    await page.fill('#fault-times', '1');
    await page.click('#fault-add');
    await page.locator('#faults tr[data-rule-id="fault-1"]').waitFor();
    expect(ecs.faults.rules).toEqual([
      { id: 'fault-1', action: 'CreateSnapshot', code: 'Throttling', remaining: 1, probability: 1 },
    ]);
    await shot('fault-rules');
    await open(`#/instances/${instanceId}/disks`);
    await page.click(`#create-snapshot-${dataDiskId}`);
    await page.fill('#snapshot-name', 'throttled');
    await page.click('#snapshot-ok');
    expect(await textOf(page, 'dialog .error-code')).toBe('Throttling');
    await page.keyboard.press('Escape');
    expect(ecs.faults.rules).toEqual([]); // spent
    // A rule on every operation makes the console's own listings fail too: the rules stay usable.
    await open('#/faults');
    await page.click('#fault-add');
    await page.locator('#faults tr[data-rule-id="fault-2"]').waitFor();
    expect(await textOf(page, '.alert-slot .error-code')).toBe('Throttling');
    await page.click('#remove-fault-2');
    await untilText(page, '#faults', /No fault rules/);
    expect(ecs.faults.rules).toEqual([]);
  });

  it('filters the event trail', async () => {
    await open('#/events');
    await page.fill('#filter-action', 'CreateSnapshot');
    await page.check('#filter-errors');
    await page.click('#events-filter');
    // The console's refused call, the test's own, and the injected throttling.
    await page.waitForFunction(
      () => document.querySelectorAll('#events tbody tr[data-seq]').length === 3,
    );
    const outcomes = (await page.locator('#events tbody tr').allTextContents()).join('\n');
    expect(outcomes.match(/IncorrectInstanceStatus \(400\)/g)).toHaveLength(2);
    expect(outcomes).toContain('Throttling (403) by fault-1');
    await shot('event-trail');
  });

  it('charts the capacity and the hourly bill', async () => {
    ecs.clock.advance('PT6H');
    await open('#/billing');
    await page.locator('#bill-chart').waitFor();
    const usage = ecs.describeSnapshotsUsage({ regionId: REGION });
    expect(await textOf(page, '#usage-count')).toBe(String(usage.snapshotCount));
    const now = ecs.clock.now();
    const from = new Date(Date.parse(`${now.slice(0, 13)}:00:00Z`) - 48 * 3_600_000).toISOString();
    const bill = ecs.billing.statement({ regionId: REGION, from, to: now });
    expect(await page.locator('#bill-chart rect.bar').count()).toBe(bill.lines.length);
    await untilText(page, '#bill-total', new RegExp(`^USD ${bill.total.toFixed(6)}$`));
    await shot('capacity-and-bill');
  });

  it('labels every form control and works from the keyboard alone', async () => {
    for (const hash of [
      '#/instances',
      `#/instances/${instanceId}/disks`,
      '#/chains',
      '#/billing',
      '#/events',
      '#/faults',
      '#/world',
    ]) {
      await open(hash);
      await page.locator('#page-title').waitFor();
      const unlabelled = await page.evaluate(() =>
        Array.from(document.querySelectorAll('input, select, textarea'))
          .filter(
            (c) => !c.getAttribute('aria-label') && !document.querySelector(`label[for="${c.id}"]`),
          )
          .map((c) => c.outerHTML),
      );
      expect(unlabelled, hash).toEqual([]);
    }
    // Tab from the top of the Disks page to the data disk's Create Snapshot, then Enter, type, Enter.
    await open(`#/instances/${instanceId}/disks`);
    await page.locator(`#create-snapshot-${dataDiskId}`).waitFor();
    const target = `create-snapshot-${dataDiskId}`;
    let tabs = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== target && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThan(40);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('snapshot-name');
    await page.keyboard.type('from-the-keyboard');
    await page.keyboard.press('Enter');
    const notice = await untilText(page, '.notice', /Snapshot s-\S+ is being created/);
    const snapshotId = must(/s-\S+/.exec(notice)?.[0], 'snapshot id');
    expect(snapshotOf(snapshotId).snapshotName).toBe('from-the-keyboard');
  });
});
