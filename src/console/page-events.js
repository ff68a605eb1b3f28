// The event trail: every ECS call (with its error code when refused) and every timed transition,
// newest first, filtered by kind, action, resource and errors. It pages the control plane's
// numbered trail with a cursor and keeps the newest matches.

import { control } from './api.js';
import { alertSlot, emptyRow, errorBox, field, fill, h, head, pageSection } from './dom.js';

const KEEP = 200;

function describe(event) {
  if (event.kind === 'transition')
    return `${event.resourceId}: ${event.from ?? '—'} → ${event.to ?? 'released'}${event.created ? ` (started ${event.created.join(', ')})` : ''}`;
  const params = event.parameters && typeof event.parameters === 'object' ? event.parameters : {};
  const ids = Object.entries(params)
    .filter(([k, v]) => typeof v === 'string' && /Id$/.test(k))
    .map(([k, v]) => `${k}=${v}`);
  return ids.join(' ');
}

export function eventsPage(ctx) {
  const alert = alertSlot();
  const list = h('tbody');
  const kind = h(
    'select',
    { id: 'filter-kind', name: 'kind' },
    h('option', { value: '' }, 'Calls and transitions'),
    h('option', { value: 'call' }, 'Calls'),
    h('option', { value: 'transition' }, 'Transitions'),
  );
  const actions = h(
    'datalist',
    { id: 'filter-actions' },
    ctx.catalog.Operations.map((op) => h('option', { value: op })),
  );
  const action = h('input', {
    id: 'filter-action',
    name: 'action',
    list: 'filter-actions',
    placeholder: 'e.g. CreateSnapshot',
    autocomplete: 'off',
  });
  const resource = h('input', {
    id: 'filter-resource',
    name: 'resourceId',
    placeholder: 'i-… d-… s-…',
    autocomplete: 'off',
  });
  const errors = h('input', { id: 'filter-errors', name: 'errors', type: 'checkbox' });
  const reads = h('input', { id: 'filter-reads', name: 'reads', type: 'checkbox', checked: true });
  const form = h(
    'form',
    { class: 'inline-form', 'aria-label': 'Filter events' },
    field('Kind', kind),
    field('Action', action),
    actions,
    field('Resource', resource),
    h(
      'div',
      { class: 'field check' },
      errors,
      h('label', { for: 'filter-errors' }, 'Refused calls only'),
    ),
    h(
      'div',
      { class: 'field check' },
      reads,
      h('label', { for: 'filter-reads' }, 'Hide listings that changed nothing'),
    ),
    h('button', { type: 'submit', id: 'events-filter' }, 'Filter'),
  );
  let cursor = 0;
  let kept = [];
  let query = '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    cursor = 0;
    kept = [];
    ctx.changed();
  });
  const element = pageSection(
    h('h1', { id: 'page-title' }, 'Event trail'),
    form,
    alert,
    h(
      'table',
      { class: 'grid', id: 'events' },
      head(['#', 'Virtual time', 'Kind', 'Action', 'Resources', 'Outcome']),
      list,
    ),
  );
  function filterQuery() {
    const q = new URLSearchParams();
    if (kind.value) q.set('kind', kind.value);
    if (action.value.trim()) q.set('action', action.value.trim());
    if (resource.value.trim()) q.set('resourceId', resource.value.trim());
    if (errors.checked) q.set('errors', 'true');
    if (!reads.checked) q.set('reads', 'shown');
    return q;
  }
  return {
    element,
    async refresh() {
      const q = filterQuery();
      if (q.toString() !== query) {
        query = q.toString();
        cursor = 0;
        kept = [];
      }
      q.delete('reads');
      for (let more = true; more; ) {
        q.set('after', String(cursor));
        q.set('limit', '1000');
        const page = await control('GET', `events?${q}`);
        // A listing (Describe*) that succeeded changed nothing and keeps no response: hidden on request.
        kept.push(
          ...page.Events.filter(
            ({ Event: e }) =>
              !reads.checked || e.kind !== 'call' || e.error || e.response !== undefined,
          ),
        );
        if (kept.length > KEEP) kept = kept.slice(-KEEP);
        more = page.More && page.NextCursor > cursor;
        cursor = page.NextCursor;
      }
      fill(alert);
      const rows = [...kept]
        .reverse()
        .map(({ Seq, Event: e }) =>
          h(
            'tr',
            { dataset: { seq: Seq, kind: e.kind, action: e.action } },
            h('td', { class: 'num' }, Seq),
            h('td', {}, e.time.replace('T', ' ').replace('Z', '')),
            h('td', {}, e.kind),
            h('td', {}, e.action),
            h('td', { class: 'muted wrap' }, describe(e)),
            h(
              'td',
              {},
              e.kind === 'call'
                ? e.error
                  ? h(
                      'span',
                      { class: 'refused' },
                      `${e.error.code} (${e.error.statusCode})${e.fault ? ` by ${e.fault}` : ''}`,
                    )
                  : 'OK'
                : '',
            ),
          ),
        );
      fill(list, rows.length > 0 ? rows : emptyRow(6, 'No events match.'));
    },
    failed: (error) => fill(alert, errorBox(error)),
  };
}
