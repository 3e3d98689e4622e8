// Imported for its effect: ThemeProvider compiles any theme synchronously from the first
// render (the editor, whose theme changes on every edit; benches that build their own pages).
import { provideSheetCompiler } from '../css/compiler.ts';

provideSheetCompiler();
