import { create } from 'zustand';
import { DEFAULT_THEME, withRole, type ColorRole, type Mode, type Theme } from '../../theme-runtime/index.ts';
import { DEFAULT_PRESET_ID, PRESETS } from '../presets.ts';

export interface EditorState {
  theme: Theme;
  /** Which mode the preview shows and the colour fields edit. */
  mode: Mode;
  /** The preset the theme started from, until the person loads another. */
  presetId: string;
  loadPreset: (id: string) => void;
  /** Sets a role in the mode being edited. `color` must be normalised (parseTheme/normalizeColor). */
  setRole: (role: ColorRole, color: string) => void;
  setMode: (mode: Mode) => void;
}

const initialPreset = PRESETS.find((p) => p.id === DEFAULT_PRESET_ID) ?? PRESETS[0];

export const useEditor = create<EditorState>()((set) => ({
  theme: initialPreset?.theme ?? DEFAULT_THEME,
  mode: 'light',
  presetId: initialPreset?.id ?? DEFAULT_PRESET_ID,
  loadPreset: (id) =>
    set(() => {
      const preset = PRESETS.find((p) => p.id === id);
      return preset ? { theme: preset.theme, presetId: id } : {};
    }),
  setRole: (role, color) => set((s) => ({ theme: withRole(s.theme, s.mode, role, color) })),
  setMode: (mode) => set({ mode }),
}));
