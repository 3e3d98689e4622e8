import postcss, { type Root } from 'postcss';
import { componentStylesheet, cssVariables, DEFAULT_THEME, parseTheme, plotlyTemplate, toDdkTheme, toDesignTokens, type Theme } from '../../theme-runtime/index.ts';
import { EXPORT_FORMATS } from '../export/formats.ts';
import { checkPackageOptions, defaultPackageOptions, packageFiles, tarballName } from '../export/package-files.ts';
import { readRuntimeFiles } from '../export/runtime-files-node.ts';
import { themeCss } from '../export/theme-css.ts';
import { themeFileName, themeToJson } from '../export/theme-file.ts';

// Hostile theme strings against every place a theme string travels: CSS (the components'
// stylesheet, custom properties, theme.css), generated files (the package, its manifest and
// README), file names, and the exported data. Shared by the unit suite and
// `npm run test:robustness`. The DOM half (the editor shows names as text, never as markup)
// is the e2e suite's, and a lint rule keeps innerHTML and friends out of the source.

/** Values built to escape whatever they are put into. */
export const HOSTILE_STRINGS: readonly { label: string; value: string }[] = [
  { label: 'closing style tag and script', value: '</style><script>alert(1)</script>' },
  { label: 'quoted declaration break-out', value: '"; } body { display:none' },
  { label: 'bare declaration break-out', value: 'x; } body { display: none } .y {' },
  { label: 'url(javascript:)', value: 'url(javascript:alert(1))' },
  { label: 'expression()', value: 'expression(alert(1))' },
  { label: 'CSS escapes', value: 'Inter\\3b } body \\7b  display: none' },
  { label: 'a lone backslash', value: 'Inter\\' },
  { label: 'newlines', value: 'Inter\n}\nbody { display: none' },
  { label: 'comment close', value: 'Inter */ body { display: none } /*' },
  { label: 'comment open', value: 'Inter /*' },
  { label: 'unbalanced quote', value: '"Inter' },
  { label: 'unbalanced parenthesis', value: 'Inter (' },
  { label: '!important', value: 'Inter !important' },
  { label: '@import', value: '@import url(https://evil.example/x.css)' },
  { label: 'JavaScript string break-out', value: "'; alert(1); //" },
  { label: 'template literal', value: '${alert(1)}`' },
  { label: 'HTML and Markdown', value: '<img src=x onerror=alert(1)> [x](javascript:alert(1))' },
  { label: 'path traversal', value: '../../etc/passwd' },
  { label: 'Windows device name', value: 'CON' },
  { label: 'bidi override and NUL', value: '\u202eevil\u0000' },
  { label: 'very long', value: 'A'.repeat(100_000) },
];

/** Theme strings, and how each is set on a theme. Colours stand for the values a JavaScript app could pass unchecked. */
const SLOTS: readonly { slot: string; set: (theme: Theme, value: string) => Theme }[] = [
  { slot: 'name', set: (t, v) => ({ ...t, name: v }) },
  { slot: 'description', set: (t, v) => ({ ...t, description: v }) },
  { slot: 'body font', set: (t, v) => ({ ...t, typography: { ...t.typography, body: { ...t.typography.body, family: v } } }) },
  { slot: 'heading font', set: (t, v) => ({ ...t, typography: { ...t.typography, heading: { ...t.typography.heading, family: v } } }) },
  { slot: 'mono font', set: (t, v) => ({ ...t, typography: { ...t.typography, mono: { ...t.typography.mono, family: v } } }) },
  { slot: 'accent colour', set: (t, v) => ({ ...t, colors: { ...t.colors, light: { ...t.colors.light, accent: v } } }) },
];

export interface InjectionCase {
  /** `slot ← label → sink`, for reports. */
  name: string;
  /** What went wrong: empty when the value stayed in its place (or was refused). */
  run: () => string[];
}

const SCOPE = 'dk-scope';
const FILE_NAME = /^[a-z0-9][a-z0-9.-]{0,120}$/;
// The real prebuilt runtime: its entries are what must come out the same for any theme.
const runtime = readRuntimeFiles();

/** The rules of a stylesheet as the browser would see them: where each sits, its selector, and its declarations. */
function rules(root: Root): { at: string; selector: string; decls: [string, string][] }[] {
  const out: { at: string; selector: string; decls: [string, string][] }[] = [];
  root.walk((node) => {
    if (node.type !== 'rule' && node.type !== 'atrule') return;
    let at = '';
    for (let p = node.parent; p && p.type !== 'root'; p = p.parent) if (p.type === 'atrule') at = `@${p.name} ${p.params} ${at}`;
    const selector = node.type === 'rule' ? node.selector : `@${node.name} ${node.params}`;
    const decls = (node.nodes ?? []).flatMap((d) => (d.type === 'decl' ? [[d.prop, d.value] as [string, string]] : []));
    out.push({ at, selector, decls });
  });
  return out;
}

/**
 * Compares a stylesheet compiled with a hostile value to the one compiled without: the same
 * rules with the same selectors in the same places, no declaration added, and every value
 * either unchanged or the hostile value itself standing as that one value.
 */
export function sameRules(css: string, baseline: string, value: string): string[] {
  let parsed: Root;
  try {
    parsed = postcss.parse(css);
  } catch (e) {
    return [`the stylesheet no longer parses: ${String(e).slice(0, 120)}`];
  }
  const got = rules(parsed);
  const want = rules(postcss.parse(baseline));
  if (got.length !== want.length) return [`${got.length} rules instead of ${want.length}`];
  const problems: string[] = [];
  got.forEach((rule, i) => {
    const base = want[i];
    if (base === undefined || rule.selector !== base.selector || rule.at !== base.at) {
      problems.push(`rule ${i + 1} is "${rule.at}${rule.selector}", expected "${base?.at ?? ''}${base?.selector ?? ''}"`);
      return;
    }
    const baseDecls = new Map(base.decls);
    for (const [prop, v] of rule.decls) {
      if (!baseDecls.has(prop)) problems.push(`${rule.selector} gained "${prop}"`);
      else if (v !== baseDecls.get(prop) && !v.includes(value)) problems.push(`${rule.selector} { ${prop} } changed to "${v.slice(0, 60)}"`);
    }
  });
  // Stylesheets get inlined into <style> elements, where "</style>" would end the element.
  if (/<\/?[a-z!]/i.test(css)) problems.push('markup in the stylesheet');
  return problems;
}

/** Runs a sink; a thrown error means the value was refused, which is not an injection. */
function refusing(sink: () => string[]): string[] {
  try {
    return sink();
  } catch {
    return [];
  }
}

function sinks(theme: Theme, value: string): Record<string, () => string[]> {
  const parsed = parseTheme(JSON.parse(JSON.stringify(theme)) as unknown);
  return {
    // The runtime, given the raw value the way a JavaScript app could hand it over.
    'component stylesheet': () =>
      refusing(() => [
        ...sameRules(componentStylesheet(theme, 'light', SCOPE), componentStylesheet(DEFAULT_THEME, 'light', SCOPE), value),
        ...sameRules(componentStylesheet(theme, 'dark', SCOPE), componentStylesheet(DEFAULT_THEME, 'dark', SCOPE), value),
      ]),
    'CSS custom properties': () =>
      refusing(() =>
        Object.entries(cssVariables(theme, 'light')).flatMap(([k, v]) => {
          const block = `:root { ${k}: ${v}; }`;
          return /^--dk-[a-z0-9-]+$/.test(k) ? sameRules(block, `:root { ${k}: x; }`, v) : [`variable name ${k}`];
        }),
      ),
    'theme.css': () => refusing(() => sameRules(themeCss(theme), themeCss(DEFAULT_THEME), value)),
    // Everything the editor writes starts from parseTheme: refused there, or carried as data.
    'theme file and exports': () => {
      if (!parsed.ok) return [];
      const t = parsed.theme;
      const problems: string[] = [];
      const back = parseTheme(JSON.parse(themeToJson(t)) as unknown);
      if (!back.ok || JSON.stringify(back.theme) !== JSON.stringify(t)) problems.push('the theme file does not read back as the same data');
      for (const data of [plotlyTemplate(t, 'light'), toDesignTokens(t), toDdkTheme(t, 'dark')]) {
        if (JSON.stringify(JSON.parse(JSON.stringify(data))) !== JSON.stringify(data)) problems.push('an export is not plain JSON data');
      }
      return problems;
    },
    'file names': () => {
      if (!parsed.ok) return [];
      const names = [themeFileName(parsed.theme), tarballName(defaultPackageOptions(parsed.theme)), ...EXPORT_FORMATS.map((f) => f.file(parsed.theme).name)];
      return names.filter((n) => !FILE_NAME.test(n) || n.includes('..') || /^(con|prn|aux|nul|com\d|lpt\d)\./.test(n)).map((n) => `unsafe file name ${JSON.stringify(n.slice(0, 60))}`);
    },
    'runtime package': () => {
      if (!parsed.ok) return [];
      const options = defaultPackageOptions(parsed.theme);
      const problems: string[] = [];
      const optionProblem = checkPackageOptions(options);
      if (optionProblem !== undefined) problems.push(`package name: ${optionProblem}`);
      const files = packageFiles(parsed.theme, runtime, options);
      const plain = packageFiles(DEFAULT_THEME, runtime, options);
      // Code is the same whatever the theme: the theme lives in JSON beside it.
      for (const code of ['index.js', 'index.d.ts', 'react.js', 'react.d.ts']) if (files[code] !== plain[code]) problems.push(`${code} depends on the theme`);
      // fonts.js names bundled font packages from a fixed list, never the theme's text.
      for (const line of (files['fonts.js'] ?? '').split('\n')) {
        if (line !== '' && !line.startsWith('//') && !/^import '@fontsource\/[a-z0-9-]+\/[a-z0-9-]+\.css';$/.test(line)) problems.push(`fonts.js line "${line.slice(0, 60)}"`);
      }
      for (const [path, text] of Object.entries(files)) {
        if (!path.endsWith('.json')) continue;
        try {
          JSON.parse(text);
        } catch {
          problems.push(`${path} is not JSON`);
        }
      }
      if (/<(script|img|style)/i.test(files['README.md'] ?? '')) problems.push('markup in README.md');
      return problems;
    },
  };
}

/** Every hostile string in every theme slot, into every sink. */
export function injectionCases(): InjectionCase[] {
  const cases: InjectionCase[] = [];
  for (const { label, value } of HOSTILE_STRINGS) {
    for (const { slot, set } of SLOTS) {
      for (const [sink, run] of Object.entries(sinks(set(DEFAULT_THEME, value), value))) cases.push({ name: `${slot} ← ${label} → ${sink}`, run });
    }
  }
  return cases;
}
