// Capacity and bill: the region's snapshot capacity (DescribeSnapshotsUsage) now, and hour by
// hour over the last two days (the billing statement): capacity as a line, the hourly amount as
// bars.

import { control, rpc } from './api.js';
import { alertSlot, bytes, errorBox, field, fill, h, pageSection, s } from './dom.js';

const W = 880;
const H = 260;
const PAD = { left: 56, right: 96, top: 16, bottom: 36 };

function hourFloor(iso) {
  return `${iso.slice(0, 13)}:00:00Z`;
}

function chart(lines) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const maxGiB = Math.max(1, ...lines.map((l) => l.sizeGiB));
  const maxUsd = Math.max(0.000001, ...lines.map((l) => l.amount));
  const step = innerW / Math.max(1, lines.length);
  const x = (i) => PAD.left + i * step;
  const yGiB = (v) => PAD.top + innerH - (v / maxGiB) * innerH;
  const yUsd = (v) => PAD.top + innerH - (v / maxUsd) * innerH;
  const bars = lines.map((l, i) =>
    s(
      'rect',
      {
        x: x(i) + 1,
        y: yUsd(l.amount),
        width: Math.max(1, step - 2),
        height: PAD.top + innerH - yUsd(l.amount),
        class: 'bar',
      },
      s('title', {}, `${l.hour}: USD ${l.amount.toFixed(6)} for ${l.billableGiB} billable GiB`),
    ),
  );
  const path = lines
    .map(
      (l, i) =>
        `${i === 0 ? 'M' : 'L'}${(x(i) + step / 2).toFixed(1)},${yGiB(l.sizeGiB).toFixed(1)}`,
    )
    .join(' ');
  const ticks = lines
    .map((l, i) => [l, i])
    .filter(([, i]) => i % 6 === 0)
    .map(([l, i]) =>
      s(
        'text',
        { x: x(i) + step / 2, y: H - 14, class: 'tick', 'text-anchor': 'middle' },
        l.hour.slice(5, 13).replace('T', ' '),
      ),
    );
  return s(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      width: W,
      height: H,
      role: 'img',
      'aria-label': `Snapshot capacity (line, up to ${maxGiB} GiB) and hourly bill (bars, up to USD ${maxUsd.toFixed(6)}) per hour`,
      class: 'bill-svg',
      id: 'bill-chart',
    },
    s('line', {
      x1: PAD.left,
      y1: PAD.top + innerH,
      x2: W - PAD.right,
      y2: PAD.top + innerH,
      class: 'axis',
    }),
    s(
      'text',
      { x: PAD.left - 6, y: PAD.top + 10, class: 'tick', 'text-anchor': 'end' },
      `${maxGiB} GiB`,
    ),
    s('text', { x: PAD.left - 6, y: PAD.top + innerH, class: 'tick', 'text-anchor': 'end' }, '0'),
    s(
      'text',
      { x: W - PAD.right + 6, y: PAD.top + 10, class: 'tick usd' },
      `$${maxUsd.toFixed(6)}`,
    ),
    bars,
    s('path', { d: path, class: 'capacity-line' }),
    ticks,
  );
}

export function billingPage(ctx) {
  const alert = alertSlot();
  const content = h('div');
  const hours = h(
    'select',
    { id: 'bill-hours' },
    [24, 48, 168].map((n) => h('option', { value: n, selected: n === 48 }, `${n} hours`)),
  );
  hours.addEventListener('change', () => ctx.changed());
  const element = pageSection(
    h('h1', { id: 'page-title' }, 'Capacity and bill'),
    h(
      'form',
      { class: 'inline-form', onsubmit: (e) => e.preventDefault() },
      field('Period', hours),
    ),
    alert,
    content,
  );
  let shownHour = '';
  return {
    element,
    // The chart is per hour: it is redrawn when the virtual clock enters another hour.
    live: () => hourFloor(ctx.now) !== shownHour,
    async refresh() {
      const now = ctx.now;
      shownHour = hourFloor(now);
      const from = new Date(Date.parse(hourFloor(now)) - Number(hours.value) * 3600_000)
        .toISOString()
        .replace('.000Z', 'Z');
      const [usage, bill] = await Promise.all([
        rpc('DescribeSnapshotsUsage', { RegionId: ctx.region }),
        Date.parse(now) > Date.parse(from)
          ? control('GET', `billing?regionId=${ctx.region}&from=${from}&to=${now}`)
          : Promise.resolve({ lines: [], total: 0, unitPrice: 0 }),
      ]);
      fill(
        content,
        h(
          'dl',
          { class: 'facts wide' },
          h('dt', {}, 'Snapshots now'),
          h('dd', { id: 'usage-count' }, usage.SnapshotCount),
          h('dt', {}, 'Capacity now'),
          h('dd', { id: 'usage-size' }, bytes(usage.SnapshotSize)),
          h('dt', {}, 'Price'),
          h('dd', {}, `USD ${bill.unitPrice} per GiB-month, 5 GiB free`),
          h('dt', {}, 'Bill over the period'),
          h('dd', { id: 'bill-total' }, `USD ${bill.total.toFixed(6)}`),
        ),
        h(
          'figure',
          {},
          chart(bill.lines),
          h(
            'figcaption',
            {},
            "Line: the largest snapshot capacity in each hour (GiB). Bars: the hour's bill (USD).",
          ),
        ),
      );
    },
    failed: (error) => fill(alert, errorBox(error)),
  };
}
