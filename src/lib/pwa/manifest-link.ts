/**
 * Where the web app manifest is (vite-plugin-pwa's default name). The build takes its link out of
 * index.html and the app adds it back once the first screen is painted: the browser fetches the
 * manifest and an icon as soon as it sees the link, which on a slow network competes with the files
 * the first screen needs. No imports: the build reads this file too.
 */
export const MANIFEST_LINK = '<link rel="manifest" href="./manifest.webmanifest">';
export const MANIFEST_HREF = './manifest.webmanifest';

/** Adds the manifest link to the page, once. */
export function linkManifest(doc: Document = document): void {
  if (doc.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = MANIFEST_HREF;
  doc.head.append(link);
}
