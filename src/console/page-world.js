// The world: save it (GET /__fake-ecs/world), restore a saved one, or reset to a seed.

import { control } from './api.js';
import { alertSlot, errorBox, field, fill, h, pageSection } from './dom.js';

export function worldPage(ctx) {
  const alert = alertSlot();
  const seed = h('input', {
    id: 'reset-seed',
    name: 'seed',
    autocomplete: 'off',
    placeholder: "the server's seed",
  });
  const file = h('input', {
    id: 'import-file',
    name: 'file',
    type: 'file',
    accept: 'application/json,.json',
  });
  async function run(work, done) {
    try {
      await work();
      fill(alert, h('div', { class: 'notice', role: 'status' }, done));
    } catch (error) {
      fill(alert, errorBox(error));
    }
    await ctx.changed();
  }
  const reset = h(
    'form',
    { class: 'inline-form', 'aria-label': 'Reset the world' },
    field('Seed', seed),
    h('button', { type: 'submit' }, 'Reset the world'),
  );
  reset.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = seed.value.trim();
    const body = text === '' ? {} : { seed: /^\d+$/.test(text) ? Number(text) : text };
    run(() => control('POST', 'world/reset', body), 'The world was reset.');
  });
  const restore = h(
    'form',
    { class: 'inline-form', 'aria-label': 'Restore a saved world' },
    field('Saved world (JSON)', file),
    h('button', { type: 'submit' }, 'Restore'),
  );
  restore.addEventListener('submit', (event) => {
    event.preventDefault();
    run(async () => {
      const chosen = file.files?.[0];
      if (!chosen)
        throw Object.assign(
          new Error('Choose a file saved from this page or GET /__fake-ecs/world.'),
          { code: 'MissingParameter' },
        );
      await control('POST', 'world/import', JSON.parse(await chosen.text()));
    }, 'The saved world is served now.');
  });
  const element = pageSection(
    h('h1', { id: 'page-title' }, 'World'),
    alert,
    h(
      'p',
      {},
      'Reset and restore replace the world this server serves: every client sees the new one.',
    ),
    h('h2', {}, 'Save'),
    h(
      'p',
      {},
      h(
        'a',
        { class: 'button', href: '/__fake-ecs/world', download: 'fake-ecs-world.json' },
        'Download the world (JSON)',
      ),
    ),
    h('h2', {}, 'Restore'),
    restore,
    h('h2', {}, 'Reset to a seed'),
    reset,
  );
  return { element, refresh: async () => {}, failed: (error) => fill(alert, errorBox(error)) };
}
