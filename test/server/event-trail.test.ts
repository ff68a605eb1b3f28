import { describe, expect, it } from 'vitest';
import { EventTrail } from '../../src/server/event-trail.js';
import { aDiskInUse, anInstantWorld } from '../snapshots/helpers.js';

describe('EventTrail', () => {
  it('keeps the newest events within its limit, numbered on, and says which is the oldest kept', () => {
    const ecs = anInstantWorld();
    const trail = new EventTrail(3);
    trail.follow(ecs);
    const { diskId } = aDiskInUse(ecs);
    for (let i = 0; i < 4; i++)
      ecs.describeDisks({ regionId: 'cn-hangzhou', diskIds: JSON.stringify([diskId]) });
    const total = ecs.events.length;
    const page = trail.page(0, 100, {});
    expect(page.entries.map((e) => e.seq)).toEqual([total - 2, total - 1, total]);
    expect(page).toMatchObject({ oldest: total - 2, next: total, more: false });
    expect(page.entries[2]?.event).toBe(ecs.events[total - 1]);
  });

  it('continues its numbering across a world swap and tells its listeners', () => {
    const first = anInstantWorld();
    const trail = new EventTrail(100);
    trail.follow(first);
    aDiskInUse(first);
    const before = first.events.length;
    const heard: unknown[] = [];
    trail.subscribe((news) => heard.push('world' in news ? news : news.seq));
    const second = anInstantWorld();
    aDiskInUse(second);
    trail.follow(second, 'import');
    expect(heard[0]).toEqual({ world: 'import', seq: before });
    expect(heard[1]).toBe(before + 1);
    expect(trail.page(0, 1000, {}).entries.map((e) => e.event)).toEqual(second.events);
    first.describeDisks({ regionId: 'cn-hangzhou' }); // the old world is no longer followed
    expect(heard).toHaveLength(1 + second.events.length);
    trail.stop();
  });
});
