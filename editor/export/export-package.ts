import type { Theme } from '../../theme-runtime/index.ts';
import { downloadBytes } from './download.ts';
import { defaultPackageOptions, packageFiles, tarballName } from './package-files.ts';
import { loadRuntimeFiles } from './runtime-files-browser.ts';
import { tarball } from './tarball.ts';

/** Builds the theme's npm package in the browser and downloads it as <name>-<version>.tgz. */
export async function exportPackage(theme: Theme): Promise<string> {
  const options = defaultPackageOptions(theme);
  const bytes = tarball(packageFiles(theme, await loadRuntimeFiles(), options));
  const name = tarballName(options);
  downloadBytes(name, bytes, 'application/gzip');
  return name;
}
