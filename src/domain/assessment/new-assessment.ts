import type { Assessment } from './assessment';

/** A fresh, empty assessment. Ids are random so files from many devices never collide. */
export function createAssessment(
  instrumentVersion: string,
  now: number,
  id: string = randomId(),
  name = '',
): Assessment {
  return { id, name, createdAt: now, updatedAt: now, instrumentVersion, answers: {} };
}

/** A random id safe for file names and URLs. */
export function randomId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
