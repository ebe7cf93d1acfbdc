/** The dashboard's views, in the order the projector steps through them. */
export const VIEWS = ['overview', 'ladder', 'map', 'dimensions', 'recommendations', 'cbam', 'completeness'] as const;
export type ViewId = (typeof VIEWS)[number];

export function isView(x: unknown): x is ViewId {
  return typeof x === 'string' && (VIEWS as readonly string[]).includes(x);
}
