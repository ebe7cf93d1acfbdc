import { FORBIDDEN_KEYS } from '../assessment/assessment';
import type { PathSegment } from './import-errors';

interface Node {
  value: unknown;
  parent: Node | null;
  segment: PathSegment | null;
}

const pathOf = (node: Node): PathSegment[] => {
  const out: PathSegment[] = [];
  for (let n: Node | null = node; n && n.segment !== null; n = n.parent) out.push(n.segment);
  return out.reverse();
};

/**
 * Finds the first `__proto__`, `constructor` or `prototype` key anywhere in parsed JSON.
 * JSON.parse keeps `__proto__` as an own key, harmless until some code copies it with
 * `obj[key] = …`; such a file is refused outright. The walk is iterative (a 5 MB file can
 * nest millions deep) and records parents instead of copying paths, so it stays linear.
 */
export function findForbiddenKey(root: unknown): { path: PathSegment[]; key: string } | null {
  const stack: Node[] = [{ value: root, parent: null, segment: null }];
  while (stack.length) {
    const node = stack.pop()!;
    const v = node.value;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], parent: node, segment: i });
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) return { path: pathOf({ value: null, parent: node, segment: key }), key };
      stack.push({ value: (v as Record<string, unknown>)[key], parent: node, segment: key });
    }
  }
  return null;
}
