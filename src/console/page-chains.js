// Snapshot chains: one per disk with snapshots (DescribeSnapshotLinks), and a disk's chain as a
// picture: a row per snapshot, a column per stretch of the disk's blocks, showing which blocks
// each snapshot holds, which it captured first, and what deleting it would free.

import { rpc } from './api.js';
import { blocksOf, chainModel } from './chain-model.js';
import {
  alertSlot,
  badge,
  bytes,
  emptyRow,
  errorBox,
  fill,
  h,
  head,
  pageSection,
  s,
} from './dom.js';

const COLUMNS = 64;
const CELL_W = 6;
const ROW_H = 18;

function chainList(ctx, links) {
  const rows = links.map((l) =>
    h(
      'tr',
      { dataset: { diskId: l.SourceDiskId } },
      h('td', {}, h('a', { href: `#/chains/${l.SourceDiskId}` }, l.SourceDiskId)),
      h('td', {}, l.InstanceId || '—'),
      h('td', {}, l.SourceDiskType),
      h('td', {}, `${l.SourceDiskSize} GiB`),
      h('td', { class: 'num' }, l.TotalCount),
      h('td', { class: 'num' }, bytes(l.TotalSize)),
    ),
  );
  return h(
    'table',
    { class: 'grid', id: 'chains' },
    head(['Disk', 'Instance', 'Type', 'Size', 'Snapshots', 'Chain capacity']),
    h('tbody', {}, rows.length > 0 ? rows : emptyRow(6, `No snapshot chains in ${ctx.region}.`)),
  );
}

/** Which kind of cell a snapshot's stretch of blocks is, strongest first. */
function cellKind(row, from, to) {
  let kind = 'none';
  for (let i = from; i < to; i++) {
    if (row.freed.has(i)) return 'freed';
    if (row.own.has(i)) kind = 'own';
    else if (kind === 'none' && row.held.has(i)) kind = 'held';
  }
  return kind;
}

/** One snapshot's blocks as a strip: a column per stretch of the disk. */
function strip(row, volumeBlocks) {
  const columns = Math.min(COLUMNS, Math.max(1, volumeBlocks));
  const per = Math.ceil(volumeBlocks / columns);
  const width = columns * CELL_W;
  const cells = Array.from({ length: columns }, (_, c) => {
    const kind = cellKind(row, c * per, Math.min(volumeBlocks, (c + 1) * per));
    return kind === 'none'
      ? null
      : s('rect', {
          x: c * CELL_W,
          y: 0,
          width: CELL_W - 1,
          height: ROW_H,
          class: `cell cell-${kind}`,
        });
  });
  return s(
    'svg',
    {
      viewBox: `0 0 ${width} ${ROW_H}`,
      width,
      height: ROW_H,
      role: 'img',
      'aria-label': `Blocks of ${row.snapshot.SnapshotId}: ${row.held.size} held, ${row.own.size} captured first, ${row.freed.size} held only here; a column is ${per} blocks`,
      class: 'strip',
    },
    s('rect', { x: 0, y: 0, width: width - 1, height: ROW_H, class: 'lane' }),
    cells,
  );
}

function legend() {
  const item = (kind, text) =>
    h(
      'li',
      {},
      s(
        'svg',
        { width: 14, height: 14, 'aria-hidden': 'true' },
        s('rect', { width: 14, height: 14, class: `cell cell-${kind}` }),
      ),
      ' ',
      text,
    );
  return h(
    'ul',
    { class: 'legend' },
    item('held', 'held, captured by an older snapshot'),
    item('own', 'captured first by this snapshot, shared with a newer one'),
    item('freed', 'held by this snapshot only: deleting it frees these'),
  );
}

let cache = { key: '', listed: new Map() };

function byCreation(a, b) {
  if (a.CreationTime !== b.CreationTime) return a.CreationTime < b.CreationTime ? -1 : 1;
  return a.SnapshotId < b.SnapshotId ? -1 : 1;
}

/** Lists the blocks of every readable snapshot (into `snap.blocks`); returns the sizes. */
async function listBlocks(link, list) {
  const sizes = { blockSize: 0, volumeSize: link?.SourceDiskSize ?? 0 };
  // Tokens name a version by its oldest holder, so they change when a snapshot goes: the lists
  // are kept only while the chain's snapshots and their statuses stay the same.
  const key = `${link?.TotalSize}|${list.map((x) => `${x.SnapshotId}:${x.Status}:${x.Available}`).join(',')}`;
  if (cache.key !== key) cache = { key, listed: new Map() };
  for (const snap of list) {
    if (snap.Status === 'failed' || !snap.Available) continue;
    if (!cache.listed.has(snap.SnapshotId))
      cache.listed.set(snap.SnapshotId, await blocksOf(snap.SnapshotId));
    const listed = cache.listed.get(snap.SnapshotId);
    snap.blocks = listed.blocks;
    sizes.blockSize = listed.blockSize;
    sizes.volumeSize = listed.volumeSize;
  }
  return sizes;
}

function chainRow(row, volumeBlocks, size) {
  const snap = row.snapshot;
  const readable = Boolean(snap.blocks);
  const amount = (set) => (readable ? size(set.size) : '—');
  const unreadable = snap.Status === 'failed' ? 'failed: holds no data' : 'blocks not readable yet';
  return h(
    'tr',
    {
      class: 'chain-row',
      dataset: {
        snapshotId: snap.SnapshotId,
        held: readable ? row.held.size : '',
        own: readable ? row.own.size : '',
        freed: readable ? row.freed.size : '',
      },
    },
    h(
      'th',
      { scope: 'row' },
      snap.SnapshotId,
      h('div', { class: 'muted' }, snap.SnapshotName ?? ''),
    ),
    h('td', {}, badge(snap.Status), ' ', snap.Progress),
    h('td', { class: 'num' }, amount(row.held)),
    h('td', { class: 'num' }, amount(row.own)),
    h('td', { class: 'num' }, amount(row.freed)),
    h(
      'td',
      { class: 'strip-cell' },
      readable ? strip(row, volumeBlocks) : h('span', { class: 'muted' }, unreadable),
    ),
  );
}

async function chainDetail(ctx, diskId) {
  const [{ SnapshotLinks }, { Snapshots }] = await Promise.all([
    rpc('DescribeSnapshotLinks', { RegionId: ctx.region, DiskIds: JSON.stringify([diskId]) }),
    rpc('DescribeSnapshots', { RegionId: ctx.region, DiskId: diskId, PageSize: 100 }),
  ]);
  const link = SnapshotLinks.SnapshotLink[0];
  const list = [...Snapshots.Snapshot].sort(byCreation);
  const { blockSize, volumeSize } = await listBlocks(link, list);
  const model = chainModel(list);
  const volumeBlocks = blockSize > 0 ? Math.ceil((volumeSize * 1024 ** 3) / blockSize) : 1;
  const size = (n) => bytes(n * blockSize);
  const headings = [
    'Snapshot (oldest first)',
    'Status',
    'Holds',
    'Captured first',
    'Deleting frees',
    `Blocks 0 to ${volumeBlocks - 1}`,
  ];
  return h(
    'div',
    {
      class: 'chain',
      id: 'chain',
      dataset: { totalBytes: model.totalBlocks * blockSize, blockSize },
    },
    h(
      'p',
      { class: 'summary' },
      `Chain ${link?.SnapshotLinkId ?? '—'} of ${diskId}: ${list.length} snapshot(s), capacity `,
      h('strong', { id: 'chain-capacity' }, bytes(model.totalBlocks * blockSize)),
      ` (DescribeSnapshotLinks says ${bytes(link?.TotalSize ?? 0)}).`,
    ),
    legend(),
    h(
      'table',
      { class: 'grid chain-table' },
      head(headings),
      h(
        'tbody',
        {},
        model.rows.map((row) => chainRow(row, volumeBlocks, size)),
      ),
    ),
  );
}

export function chainsPage(ctx, diskId) {
  const alert = alertSlot();
  const content = h('div');
  const element = pageSection(
    diskId
      ? h('p', { class: 'crumbs' }, h('a', { href: '#/chains' }, 'Snapshot chains'), ` / ${diskId}`)
      : null,
    h('h1', { id: 'page-title' }, diskId ? 'Snapshot chain' : 'Snapshot chains'),
    alert,
    content,
  );
  return {
    element,
    async refresh() {
      if (diskId) {
        fill(content, await chainDetail(ctx, diskId));
        return;
      }
      const { SnapshotLinks } = await rpc('DescribeSnapshotLinks', {
        RegionId: ctx.region,
        PageSize: 100,
      });
      fill(content, chainList(ctx, SnapshotLinks.SnapshotLink));
    },
    failed: (error) => fill(alert, errorBox(error)),
  };
}
