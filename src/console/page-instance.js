// An instance's Manage page, as in the ECS console's procedure: Disks (each with Create Snapshot,
// one disk at a time) and Instance Snapshots (progress, estimated remaining time and status,
// redrawn as the virtual clock moves).

import { rpc } from './api.js';
import { alertSlot, badge, duration, emptyRow, errorBox, field, fill, h, head } from './dom.js';

const DISK_TYPE = { system: 'System Disk', data: 'Data Disk' };

function progressCell(snapshot) {
  const percent = Number.parseInt(snapshot.Progress, 10) || 0;
  return h(
    'td',
    { class: 'progress-cell' },
    h('progress', {
      max: 100,
      value: percent,
      'aria-label': `Progress of ${snapshot.SnapshotId}`,
    }),
    h('span', { class: 'percent' }, snapshot.Progress),
  );
}

function remainCell(snapshot) {
  if (snapshot.Status !== 'progressing') return h('td', { class: 'muted' }, '—');
  return h('td', { class: 'remain' }, duration(snapshot.RemainTime));
}

/** The Create Snapshot dialog for one disk. */
function openCreateSnapshot(instanceId, disk, done) {
  const dialog = document.getElementById('dialog');
  const alert = alertSlot();
  const name = h('input', {
    id: 'snapshot-name',
    name: 'name',
    required: true,
    maxlength: 128,
    autocomplete: 'off',
    'aria-describedby': 'snapshot-name-hint',
  });
  const description = h('input', {
    id: 'snapshot-description',
    name: 'description',
    maxlength: 256,
  });
  const form = h(
    'form',
    { method: 'dialog', class: 'dialog-form' },
    h('h2', { id: 'dialog-title' }, 'Create Snapshot'),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Instance'),
      h('dd', {}, instanceId),
      h('dt', {}, 'Disk'),
      h('dd', { id: 'snapshot-disk' }, disk.DiskId),
      h('dt', {}, 'Type'),
      h('dd', {}, DISK_TYPE[disk.Type] ?? disk.Type),
    ),
    field(
      'Snapshot name',
      name,
      '2 to 128 characters, starting with a letter; not starting with auto or http.',
    ),
    field('Description (optional)', description),
    alert,
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'submit', class: 'primary', id: 'snapshot-ok' }, 'OK'),
      h('button', { type: 'button', onclick: () => dialog.close() }, 'Cancel'),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const created = await rpc('CreateSnapshot', {
        DiskId: disk.DiskId,
        SnapshotName: name.value,
        Description: description.value,
      });
      dialog.close();
      done(created.SnapshotId);
    } catch (error) {
      fill(alert, errorBox(error));
    }
  });
  fill(dialog, form);
  dialog.showModal();
  name.focus();
}

export function instancePage(ctx, instanceId, tab) {
  const alert = alertSlot();
  const content = h('div', { class: 'tab-content' });
  const title = tab === 'disks' ? 'Disks' : 'Instance Snapshots';
  const element = h(
    'section',
    { class: 'page manage', 'aria-labelledby': 'page-title' },
    h(
      'p',
      { class: 'crumbs' },
      h('a', { href: '#/instances' }, 'Instances'),
      ' / ',
      h('span', { id: 'manage-instance' }, instanceId),
    ),
    h(
      'div',
      { class: 'manage-frame' },
      h(
        'nav',
        { class: 'sub', 'aria-label': 'Instance' },
        h(
          'a',
          {
            href: `#/instances/${instanceId}/disks`,
            'aria-current': tab === 'disks' ? 'page' : null,
          },
          'Disks',
        ),
        h(
          'a',
          {
            href: `#/instances/${instanceId}/snapshots`,
            'aria-current': tab === 'snapshots' ? 'page' : null,
          },
          'Instance Snapshots',
        ),
      ),
      h('div', {}, h('h1', { id: 'page-title' }, title), alert, content),
    ),
  );

  function created(snapshotId) {
    fill(
      alert,
      h(
        'div',
        { class: 'notice', role: 'status' },
        `Snapshot ${snapshotId} is being created. `,
        h('a', { href: `#/instances/${instanceId}/snapshots` }, 'See Instance Snapshots'),
      ),
    );
    ctx.changed();
  }

  async function disks() {
    const { Disks } = await rpc('DescribeDisks', {
      RegionId: ctx.region,
      InstanceId: instanceId,
      PageSize: 100,
    });
    const rows = Disks.Disk.map((d) =>
      h(
        'tr',
        { dataset: { diskId: d.DiskId } },
        h('td', {}, d.DiskId, h('div', { class: 'muted' }, d.DiskName)),
        h('td', {}, DISK_TYPE[d.Type] ?? d.Type),
        h('td', {}, d.Category),
        h('td', {}, `${d.Size} GiB`),
        h('td', {}, badge(d.Status)),
        h(
          'td',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              id: `create-snapshot-${d.DiskId}`,
              onclick: () => openCreateSnapshot(instanceId, d, created),
            },
            'Create Snapshot',
          ),
          h('a', { href: `#/chains/${d.DiskId}`, class: 'button' }, 'Snapshot chain'),
        ),
      ),
    );
    fill(
      content,
      h(
        'table',
        { class: 'grid', id: 'disks' },
        head(['Disk ID/Name', 'Type', 'Category', 'Size', 'Status', 'Actions']),
        h('tbody', {}, rows.length > 0 ? rows : emptyRow(6, 'No disks.')),
      ),
    );
  }

  let progressing = false;

  async function snapshots() {
    const { Snapshots } = await rpc('DescribeSnapshots', {
      RegionId: ctx.region,
      InstanceId: instanceId,
      PageSize: 100,
    });
    progressing = Snapshots.Snapshot.some((x) => x.Status === 'progressing');
    const list = [...Snapshots.Snapshot].sort((a, b) =>
      a.CreationTime < b.CreationTime ? 1 : a.CreationTime > b.CreationTime ? -1 : 0,
    );
    const rows = list.map((s) =>
      h(
        'tr',
        { dataset: { snapshotId: s.SnapshotId, status: s.Status } },
        h('td', {}, s.SnapshotId, h('div', { class: 'muted' }, s.SnapshotName ?? '')),
        h('td', {}, s.SourceDiskId),
        h('td', {}, DISK_TYPE[s.SourceDiskType] ?? s.SourceDiskType),
        progressCell(s),
        remainCell(s),
        h('td', {}, badge(s.Status)),
        h(
          'td',
          { class: 'muted' },
          s.CreationTime.slice(0, 10),
          h('br'),
          s.CreationTime.slice(11, 19),
        ),
      ),
    );
    fill(
      content,
      h(
        'table',
        { class: 'grid', id: 'snapshots' },
        head([
          'Snapshot ID/Name',
          'Disk ID',
          'Disk type',
          'Progress',
          'Remaining time',
          'Status',
          'Created',
        ]),
        h('tbody', {}, rows.length > 0 ? rows : emptyRow(7, 'No snapshots of this instance.')),
      ),
    );
  }

  return {
    element,
    refresh: tab === 'disks' ? disks : snapshots,
    live: () => tab === 'snapshots' && progressing,
    failed: (error) => fill(alert, errorBox(error)),
  };
}
