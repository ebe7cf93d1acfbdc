import type { TestProject } from 'vitest/node';
import { assertChromium } from './chromium';
import { startPreviewServer, type PreviewServer } from './preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Once per e2e run: check Chromium is there (fail, never skip), serve the production build. */
export async function setup(project: TestProject): Promise<void> {
  assertChromium();
  // E2E_DIST lets parallel work serve its own build folder (e.g. `vite build --outDir .tmp/dist-x`).
  server = await startPreviewServer(process.env.E2E_DIST ?? 'dist');
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
