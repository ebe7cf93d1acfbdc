import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first render of a screen loads its lazy chunks and locale files through Vite's
// transform; on a busy 2-core machine that can take longer than the default 1 s.
configure({ asyncUtilTimeout: 8000 });

afterEach(() => {
  cleanup();
  if (typeof window !== 'undefined') window.localStorage.clear();
});
