import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFixtureText as fixture } from '../../theme-runtime/test-support/fixtures.ts';
import { readThemeFile, type FileImport } from './read-theme-file.ts';

const firstError = (r: FileImport) => (r.ok ? undefined : r.errors[0]?.message);


describe('readThemeFile', () => {
  it('recognises each format it imports', () => {
    expect(readThemeFile(readFileSync(new URL('../../presets/midnight.json', import.meta.url), 'utf8'), 'midnight.json')).toMatchObject({ ok: true, format: 'Design Kit theme' });
    expect(readThemeFile(fixture('plotly-templates/seaborn.json'), 'seaborn.json')).toMatchObject({ ok: true, format: 'Plotly template', theme: { name: 'seaborn' } });
    expect(readThemeFile(fixture('ddk-themes/ddk-app-full.json'), 'ddk-app-full.json')).toMatchObject({ ok: true, format: 'DDK theme' });
    expect(readThemeFile(JSON.stringify({ color: { light: { accent: { $type: 'color', $value: '#123456' } } } }), 'tokens.json')).toMatchObject({ ok: true, format: 'design tokens' });
  });

  it('explains what is wrong with a file it cannot use', () => {
    expect(readThemeFile('{"version": 1, "colors": {"light": {"accent": "blue-ish"}}}', 'mine.json')).toMatchObject({ ok: false, errors: [{ path: '/colors/light/accent' }] });
    expect(firstError(readThemeFile('{oops', 'broken.json'))).toMatch(/^broken.json is not JSON/);
    expect(firstError(readThemeFile('[1, 2]', 'list.json'))).toMatch(/is not a Design Kit theme, a Plotly template/);
  });

  it('refuses a huge file by its size, before parsing it', () => {
    const result = readThemeFile(' '.repeat(5 * 1024 * 1024), 'huge.json');
    expect(firstError(result)).toMatch(/huge.json is 5.0 MB/);
  });
});
