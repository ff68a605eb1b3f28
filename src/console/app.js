// The console's shell: region, virtual clock, navigation, and a refresh whenever the world moves
// (the clock changed, or the event stream told of a call or a transition).

import { ApiError, control } from './api.js';
import { fill } from './dom.js';
import { billingPage } from './page-billing.js';
import { chainsPage } from './page-chains.js';
import { eventsPage } from './page-events.js';
import { faultsPage } from './page-faults.js';
import { instancePage } from './page-instance.js';
import { instancesPage } from './page-instances.js';
import { worldPage } from './page-world.js';

const main = document.getElementById('main');
const regionSelect = document.getElementById('region');
const clockNow = document.getElementById('clock-now');
const clockError = document.getElementById('clock-error');

const ctx = {
  region: localStorage.getItem('fake-ecs-region') ?? 'cn-hangzhou',
  catalog: { Operations: [], ErrorCodes: [], Regions: [] },
  now: '',
  /** Redraw the current page now (after an action of the console itself). */
  changed: () => refresh(),
};

const ROUTES = [
  [/^#\/instances\/([^/]+)\/(disks|snapshots)$/, (m) => instancePage(ctx, m[1], m[2])],
  [/^#\/instances\/([^/]+)$/, (m) => instancePage(ctx, m[1], 'disks')],
  [/^#\/chains\/([^/]+)$/, (m) => chainsPage(ctx, m[1])],
  [/^#\/chains$/, () => chainsPage(ctx)],
  [/^#\/billing$/, () => billingPage(ctx)],
  [/^#\/events$/, () => eventsPage(ctx)],
  [/^#\/faults$/, () => faultsPage(ctx)],
  [/^#\/world$/, () => worldPage(ctx)],
  [/^/, () => instancesPage(ctx)],
];

let page;
let pending = Promise.resolve();
let again = false;

/** Runs the page's refresh, one at a time; a request during one runs once more afterwards. */
function refresh() {
  if (again) return pending;
  again = true;
  pending = pending.then(async () => {
    again = false;
    // Pages are redrawn whole: keep the keyboard focus on the control of the same id.
    const focused = document.activeElement?.id;
    try {
      await page?.refresh();
    } catch (error) {
      page?.failed?.(error);
    }
    if (focused && document.activeElement === document.body)
      document.getElementById(focused)?.focus();
  });
  return pending;
}

function route() {
  const hash = location.hash || '#/instances';
  for (const [pattern, make] of ROUTES) {
    const match = pattern.exec(hash);
    if (!match) continue;
    page = make(match);
    fill(main, page.element);
    const section = hash.split('/')[1];
    for (const link of document.querySelectorAll('[data-nav]'))
      link.toggleAttribute('aria-current', link.dataset.nav === section);
    refresh();
    return;
  }
}

async function readClock() {
  try {
    const clock = await control('GET', 'clock');
    clockError.textContent = '';
    if (clock.Now !== ctx.now) {
      ctx.now = clock.Now;
      clockNow.textContent = clock.Now.replace('T', ' ').replace('Z', ' UTC');
      clockNow.dataset.now = clock.Now;
      // Only a page that shows time passing (progress, remaining time) redraws as the clock moves.
      if (page?.live?.()) refresh();
    }
  } catch (error) {
    clockError.textContent =
      error instanceof ApiError ? `${error.code}: ${error.message}` : 'The server does not answer.';
  }
}

async function moveClock(path) {
  try {
    await control('POST', path);
    clockError.textContent = '';
  } catch (error) {
    clockError.textContent = `${error.code}: ${error.message}`;
  }
  await readClock();
}

document.getElementById('clock-advance').addEventListener('submit', (event) => {
  event.preventDefault();
  const by = document.getElementById('advance-by').value.trim();
  moveClock(`clock/advance?by=${encodeURIComponent(by)}`);
});
document.getElementById('settle').addEventListener('click', () => moveClock('clock/settle'));

regionSelect.addEventListener('change', () => {
  ctx.region = regionSelect.value;
  localStorage.setItem('fake-ecs-region', ctx.region);
  route();
});

/**
 * A change of the world: a transition, a call that changed something (a call keeps its response
 * only then), or another world. The console's own listings are calls too: they change nothing,
 * so they do not make the page redraw itself again and again.
 */
function isChange(message) {
  if (message.type === 'world') return true;
  const { Event } = JSON.parse(message.data);
  return Event.kind === 'transition' || Event.response !== undefined;
}

/** The event stream: each change redraws the page (at most once per 100 ms). */
async function listen() {
  const latest = await control('GET', `events?after=${Number.MAX_SAFE_INTEGER}&limit=1`);
  const stream = new EventSource(`/__fake-ecs/events/stream?after=${latest.NextCursor}`);
  let timer;
  const soon = (message) => {
    if (!isChange(message)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      readClock();
      refresh();
    }, 100);
  };
  stream.addEventListener('ecs', soon);
  stream.addEventListener('world', soon);
  stream.addEventListener('close', () => stream.close());
}

async function start() {
  ctx.catalog = await control('GET', 'catalog');
  const regions = ctx.catalog.Regions.map((r) => r.RegionId);
  if (!regions.includes(ctx.region)) ctx.region = regions[0];
  fill(
    regionSelect,
    regions.map((id) => {
      const option = document.createElement('option');
      option.value = id;
      option.textContent = id;
      option.selected = id === ctx.region;
      return option;
    }),
  );
  await readClock();
  window.addEventListener('hashchange', route);
  route();
  setInterval(readClock, 1000);
  listen();
}

start();
