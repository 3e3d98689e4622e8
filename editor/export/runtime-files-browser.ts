// The prebuilt runtime (build/runtime, made by `npm run build:runtime`) for packages
// exported in the browser. Loaded on first export only: most sessions never need it.
const loaders = import.meta.glob<string>('../../build/runtime/**/*', { query: '?raw', import: 'default' });

export async function loadRuntimeFiles(): Promise<Record<string, string>> {
  const entries = await Promise.all(Object.entries(loaders).map(async ([path, load]) => [path.replace(/^.*\/build\/runtime\//, ''), await load()] as const));
  const files = Object.fromEntries(entries);
  if (files['react.js'] === undefined) throw new Error('the editor was built without its runtime (run `npm run build:runtime`)');
  return files;
}
