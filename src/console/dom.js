// A few DOM helpers, so pages read as the markup they build. No framework: the console's pages
// are tables, forms and two SVG pictures, redrawn whole when the world changes.

const SVG_NS = 'http://www.w3.org/2000/svg';

function assign(el, attrs) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function')
      el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: `h('button', { type: 'submit' }, 'OK')`. */
export function h(tag, attrs, ...children) {
  return append(assign(document.createElement(tag), attrs), children);
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  return append(assign(document.createElementNS(SVG_NS, tag), attrs), children);
}

/** A table head row: one column heading per title. */
export function head(titles) {
  return h(
    'thead',
    {},
    h(
      'tr',
      {},
      titles.map((t) => h('th', { scope: 'col' }, t)),
    ),
  );
}

/** The row a table shows when it has nothing to list. */
export function emptyRow(columns, text) {
  return h('tr', {}, h('td', { colspan: columns, class: 'empty' }, text));
}

/** A console page: a section titled by its heading. */
export function pageSection(...children) {
  return h('section', { class: 'page', 'aria-labelledby': 'page-title' }, ...children);
}

/** Where a page shows its refusals and notices. */
export function alertSlot() {
  return h('div', { class: 'alert-slot' });
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A labelled form field: the label's `for` names the control's id. */
export function field(label, control, hint) {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: control.id }, label),
    control,
    hint ? h('small', { id: `${control.id}-hint` }, hint) : null,
  );
}

/** A refusal as the console shows it: the ECS error code, then its message. */
export function errorBox(error) {
  if (!error) return h('div', { class: 'error', role: 'alert', hidden: true });
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('strong', { class: 'error-code' }, error.code ?? 'Error'),
    ' ',
    h('span', { class: 'error-message' }, error.message),
    error.requestId ? h('small', {}, ` (request ${error.requestId})`) : null,
  );
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** Bytes as `1.5 GiB`. */
export function bytes(n) {
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value >= 10 ? 0 : 1)} ${UNITS[unit]}`;
}

/** Seconds as `1 h 02 min`, `3 min 20 s` or `45 s`. */
export function duration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  if (minutes > 0) return `${minutes} min ${String(rest).padStart(2, '0')} s`;
  return `${rest} s`;
}

/** A status as a coloured badge. */
export function badge(status) {
  return h('span', { class: `badge badge-${String(status).toLowerCase()}` }, status);
}
