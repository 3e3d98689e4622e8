import { gzipSync } from 'fflate';
import { createTar } from 'nanotar';

// npm pack's fixed timestamp (1985-10-26 08:15 UTC): equal inputs give equal bytes.
const MTIME = Date.UTC(1985, 9, 26, 8, 15, 0);

/**
 * An npm package tarball (.tgz) of `files` (paths inside the package), byte-for-byte the
 * same for the same input: sorted entries, fixed times and owners, no gzip timestamp.
 * Runs in the browser and in Node alike.
 */
export function tarball(files: Record<string, string | Uint8Array>): Uint8Array {
  const encoder = new TextEncoder();
  const entries = Object.keys(files)
    .sort()
    .map((path) => {
      const data = files[path] ?? '';
      return { name: `package/${path}`, data: typeof data === 'string' ? encoder.encode(data) : data };
    });
  const tar = createTar(entries, { attrs: { mode: '644', uid: 0, gid: 0, mtime: MTIME, user: '', group: '' } });
  return gzipSync(tar, { level: 9, mtime: 0 });
}
