import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_NEEDS } from '../route-needs';

const root = join(__dirname, '../../..');

describe('ROUTE_NEEDS, the list the build writes into index.html', () => {
  it('names the same page module for each screen as the router loads', () => {
    const routes = readFileSync(join(root, 'src/app/routes.tsx'), 'utf8');
    const loaded = Object.fromEntries(
      [...routes.matchAll(/(\w+): lazyWithPreload\(\(\) => import\('@\/([^']+)'\)\)/g)].map((m) => [m[1], `src/${m[2]}.tsx`]),
    );
    const listed = Object.fromEntries(Object.entries(ROUTE_NEEDS).map(([segment, needs]) => [segment, needs.page]));
    expect(Object.keys(loaded).length).toBeGreaterThan(5);
    expect(listed).toEqual(loaded);
  });

  it('names files and text namespaces that exist', () => {
    for (const needs of Object.values(ROUTE_NEEDS)) {
      expect(existsSync(join(root, needs.page)), needs.page).toBe(true);
      for (const ns of needs.namespaces) {
        for (const lng of ['en', 'zh-CN']) expect(existsSync(join(root, 'locales', lng, `${ns}.json`)), `${lng}/${ns}`).toBe(true);
      }
    }
  });
});
