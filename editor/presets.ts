import { formatIssue, parseTheme, type Theme } from '../theme-runtime/index.ts';

export interface Preset {
  /** File name without `.json`, e.g. `okabe-ito`. */
  id: string;
  theme: Theme;
}

/** The preset a new editor session opens with. */
export const DEFAULT_PRESET_ID = 'design-kit';

// Presets are data like any other theme file: they come in through parseTheme too.
const files = import.meta.glob<unknown>('../presets/*.json', { eager: true, import: 'default' });

export const PRESETS: readonly Preset[] = Object.entries(files)
  .flatMap(([path, data]) => {
    const id = path.replace(/^.*\/(.+)\.json$/, '$1');
    const result = parseTheme(data);
    if (!result.ok) {
      console.error(`preset ${id} is invalid:\n${result.errors.map(formatIssue).join('\n')}`);
      return [];
    }
    return [{ id, theme: result.theme }];
  })
  // The default comes first; the rest alphabetically.
  .sort((a, b) => (a.id === DEFAULT_PRESET_ID ? -1 : b.id === DEFAULT_PRESET_ID ? 1 : a.theme.name.localeCompare(b.theme.name)));
