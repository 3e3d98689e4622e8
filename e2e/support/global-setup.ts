import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the built editor, served by Vite's preview server. */
    editorUrl: string;
  }
}

/** Serves dist/ on a free loopback port for the whole e2e run. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` (npm run test:e2e does it for you)');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('the preview server did not report a URL');
  project.provide('editorUrl', url);
  return async () => {
    await server.close();
  };
}
