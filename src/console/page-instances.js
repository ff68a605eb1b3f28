// Instances: the region's instances, each with Manage (its Disks and Instance Snapshots) and the
// power actions. A refused action shows the ECS error code and message.

import { rpc } from './api.js';
import { alertSlot, badge, emptyRow, errorBox, fill, h, head, pageSection } from './dom.js';

const CAN_STOP = new Set(['Running']);
const CAN_START = new Set(['Stopped']);

export function instancesPage(ctx) {
  const alert = alertSlot();
  const body = h('tbody');
  const element = pageSection(
    h('h1', { id: 'page-title' }, 'Instances'),
    alert,
    h(
      'table',
      { class: 'grid', id: 'instances' },
      head(['Instance ID/Name', 'Zone', 'Status', 'Type', 'Image', 'Actions']),
      body,
    ),
  );

  async function act(action, instanceId) {
    try {
      await rpc(action, { InstanceId: instanceId });
      fill(alert);
    } catch (error) {
      fill(alert, errorBox(error));
    }
    await ctx.changed();
  }

  return {
    element,
    async refresh() {
      const { Instances } = await rpc('DescribeInstances', { RegionId: ctx.region, PageSize: 100 });
      const rows = Instances.Instance.map((i) =>
        h(
          'tr',
          { dataset: { instanceId: i.InstanceId } },
          h(
            'td',
            {},
            h('a', { href: `#/instances/${i.InstanceId}/disks` }, i.InstanceId),
            h('div', { class: 'muted' }, i.InstanceName),
          ),
          h('td', {}, i.ZoneId),
          h('td', {}, badge(i.Status)),
          h('td', {}, i.InstanceType),
          h('td', { class: 'muted' }, i.OSName),
          h(
            'td',
            { class: 'actions' },
            h('a', { href: `#/instances/${i.InstanceId}/disks`, class: 'button' }, 'Manage'),
            h(
              'button',
              {
                type: 'button',
                id: `stop-${i.InstanceId}`,
                disabled: !CAN_STOP.has(i.Status),
                onclick: () => act('StopInstance', i.InstanceId),
              },
              'Stop',
            ),
            h(
              'button',
              {
                type: 'button',
                id: `start-${i.InstanceId}`,
                disabled: !CAN_START.has(i.Status),
                onclick: () => act('StartInstance', i.InstanceId),
              },
              'Start',
            ),
          ),
        ),
      );
      fill(body, rows.length > 0 ? rows : emptyRow(6, `No instances in ${ctx.region}.`));
    },
    failed: (error) => fill(alert, errorBox(error)),
  };
}
