import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../theme-runtime/index.ts';
import { startWith, useEditor } from './editor-store.ts';

describe('editor store', () => {
  beforeEach(() => startWith(DEFAULT_THEME));

  it('undoes a whole colour drag in one step and redoes it', () => {
    const { setRole, endGesture } = useEditor.getState();
    for (let i = 0; i < 60; i++) setRole('accent', `#00${i.toString(16).padStart(2, '0')}ff`, 'drag:accent');
    endGesture();
    expect(useEditor.getState().theme.colors.light.accent).toBe('#003bff');
    useEditor.getState().undo();
    expect(useEditor.getState().theme.colors.light.accent).toBe(DEFAULT_THEME.colors.light.accent);
    useEditor.getState().redo();
    expect(useEditor.getState().theme.colors.light.accent).toBe('#003bff');
  });

  it('edits the mode being shown', () => {
    useEditor.getState().setMode('dark');
    useEditor.getState().setRole('text', '#eeeeee');
    expect(useEditor.getState().theme.colors.dark.text).toBe('#eeeeee');
    expect(useEditor.getState().theme.colors.light.text).toBe(DEFAULT_THEME.colors.light.text);
  });

  it('makes loading a preset one undoable step', () => {
    useEditor.getState().setRole('accent', '#ff0000');
    useEditor.getState().loadPreset('midnight');
    expect(useEditor.getState().theme.name).toBe('Midnight');
    useEditor.getState().undo();
    expect(useEditor.getState().theme.colors.light.accent).toBe('#ff0000');
  });

  it('does not record an edit that changes nothing', () => {
    useEditor.getState().setRole('accent', DEFAULT_THEME.colors.light.accent);
    expect(useEditor.getState().history.past).toHaveLength(0);
  });
});
