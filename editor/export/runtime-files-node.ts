import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The prebuilt runtime (build/runtime) as path → text, read from disk for the CLI. */
export function readRuntimeFiles(dir = 'build/runtime'): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  if (files['react.js'] === undefined) throw new Error(`${dir}/react.js is missing: run \`npm run build:runtime\` first`);
  return files;
}
