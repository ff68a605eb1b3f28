// Fault rules: the rules in force (remove one, clear all), a form to add one (operation and code
// from the server's catalogue), and "fail the next snapshot" of a disk.

import { control, rpc } from './api.js';
import { alertSlot, emptyRow, errorBox, field, fill, h, head, pageSection } from './dom.js';

export function faultsPage(ctx) {
  const alert = alertSlot();
  const list = h('tbody');
  const action = h(
    'select',
    { id: 'fault-action', name: 'action' },
    h('option', { value: '*' }, '* (every operation)'),
    ctx.catalog.Operations.map((op) => h('option', { value: op }, op)),
  );
  const code = h(
    'select',
    { id: 'fault-code', name: 'code' },
    ctx.catalog.ErrorCodes.map((c) => h('option', { value: c, selected: c === 'Throttling' }, c)),
  );
  const times = h('input', {
    id: 'fault-times',
    name: 'times',
    type: 'number',
    min: 1,
    step: 1,
    placeholder: 'every call',
  });
  const probability = h('input', {
    id: 'fault-probability',
    name: 'probability',
    type: 'number',
    min: 0.01,
    max: 1,
    step: 0.01,
    placeholder: '1',
  });
  const match = h('input', {
    id: 'fault-match',
    name: 'match',
    placeholder: '{"diskId":"d-…"}',
    autocomplete: 'off',
  });
  const add = h(
    'form',
    { class: 'inline-form', 'aria-label': 'Add a fault rule' },
    field('Operation', action),
    field('Error code', code),
    field('Times', times),
    field('Probability', probability),
    field('Match (JSON)', match),
    h('button', { type: 'submit', id: 'fault-add' }, 'Add rule'),
  );
  const disk = h('select', { id: 'fail-disk', name: 'diskId' });
  const failNext = h(
    'form',
    { class: 'inline-form', 'aria-label': 'Fail the next snapshot of a disk' },
    field('Disk', disk),
    h('button', { type: 'submit' }, 'Fail its next snapshot'),
  );

  async function run(work) {
    try {
      await work();
      fill(alert);
    } catch (error) {
      fill(alert, errorBox(error));
    }
    await ctx.changed();
  }

  add.addEventListener('submit', (event) => {
    event.preventDefault();
    run(async () => {
      const rule = { action: action.value, code: code.value };
      if (times.value) rule.times = Number(times.value);
      if (probability.value) rule.probability = Number(probability.value);
      if (match.value.trim()) {
        try {
          rule.match = JSON.parse(match.value);
        } catch {
          throw Object.assign(new Error('Match must be a JSON object such as {"diskId":"d-…"}.'), {
            code: 'InvalidParameter',
          });
        }
      }
      await control('POST', 'faults', rule);
    });
  });
  failNext.addEventListener('submit', (event) => {
    event.preventDefault();
    run(() => control('POST', 'faults/fail-next-snapshot', { diskId: disk.value }));
  });

  const element = pageSection(
    h('h1', { id: 'page-title' }, 'Fault rules'),
    alert,
    h(
      'table',
      { class: 'grid', id: 'faults' },
      head(['Rule', 'Operation', 'Code', 'Left', 'Probability', 'Match', '']),
      list,
    ),
    h(
      'p',
      {},
      h(
        'button',
        {
          type: 'button',
          id: 'faults-clear',
          onclick: () => run(() => control('DELETE', 'faults')),
        },
        'Remove every rule',
      ),
    ),
    h('h2', {}, 'Add a rule'),
    add,
    h('h2', {}, 'Fail the next snapshot of a disk'),
    failNext,
  );
  return {
    element,
    async refresh() {
      const { Rules } = await control('GET', 'faults');
      const rows = Rules.map((r) =>
        h(
          'tr',
          { dataset: { ruleId: r.id } },
          h('td', {}, r.id),
          h('td', {}, r.action),
          h('td', {}, r.code),
          h('td', {}, r.remaining ?? 'every call'),
          h('td', {}, r.probability),
          h(
            'td',
            { class: 'muted' },
            r.match ? JSON.stringify(r.match) : r.predicate ? '(predicate)' : '',
          ),
          h(
            'td',
            {},
            h(
              'button',
              {
                type: 'button',
                id: `remove-${r.id}`,
                onclick: () => run(() => control('DELETE', `faults/${encodeURIComponent(r.id)}`)),
              },
              'Remove',
            ),
          ),
        ),
      );
      fill(list, rows.length > 0 ? rows : emptyRow(7, 'No fault rules: every call runs normally.'));
      // The disk list is an ECS call, which the rules above may well make fail: the rules stay usable.
      const chosen = disk.value;
      try {
        const { Disks } = await rpc('DescribeDisks', { RegionId: ctx.region, PageSize: 100 });
        fill(
          disk,
          Disks.Disk.map((d) =>
            h(
              'option',
              { value: d.DiskId, selected: d.DiskId === chosen },
              `${d.DiskId} (${d.Type}, ${d.InstanceId || 'unattached'})`,
            ),
          ),
        );
      } catch (error) {
        fill(alert, errorBox(error));
      }
    },
    failed: (error) => fill(alert, errorBox(error)),
  };
}
