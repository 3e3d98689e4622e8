import { COMPONENT_NAMES, componentProps, cssVariables, legacyPlotlyTemplate, plotlyTemplate, toBrandYml, toDesignTokens, toEChartsTheme, toMatplotlibStyle, toStreamlitConfig, toVegaLiteConfig, type Mode, type Theme } from '../../theme-runtime/index.ts';
import { compactStylesheet, modeStylesheet, STYLESHEET_LAYER } from '../../theme-runtime/css/stylesheet.ts';
import { variablesStylesheet } from '../../theme-runtime/css/variables.ts';
import { npmNameField, versionField } from '../../theme-runtime/model/fields.ts';
import { PRECOMPILED_SCOPE } from '../../theme-runtime/react/sheet-compiler.ts';
import { fontsFor } from './fonts.ts';
import { packageReadme } from './package-readme.ts';
import { themeCss } from './theme-css.ts';
import { fileSlug, themeToJson } from './theme-file.ts';

export interface PackageOptions {
  /** npm package name, e.g. `acme-theme` or `@acme/theme`. */
  name: string;
  /** semver, e.g. `1.0.0`. */
  version: string;
}

/** What is wrong with a package name or version, or undefined when both are fine (the theme schema's rules). */
export function checkPackageOptions({ name, version }: PackageOptions): string | undefined {
  const problem = npmNameField.safeParse(name).error ?? versionField.safeParse(version).error;
  return problem?.issues[0]?.message;
}

/** The package's name and version: the theme's own, else its name's slug + `-theme` at 1.0.0. */
export function defaultPackageOptions(theme: Theme): PackageOptions {
  return { name: theme.package?.name ?? `${fileSlug(theme.name)}-theme`, version: theme.package?.version ?? '1.0.0' };
}

/** npm pack's file name: `@acme/theme` 1.0.0 → `acme-theme-1.0.0.tgz`. */
export function tarballName({ name, version }: PackageOptions): string {
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/**
 * The package's entries, built from theme-runtime/package/ by build:runtime, moved from
 * runtime/package/ to the package root; their declarations' relative imports follow.
 */
function packageEntries(runtime: Record<string, string>): Record<string, string> {
  const entry = (path: string) => {
    const text = runtime[path];
    if (text === undefined) throw new Error(`the prebuilt runtime has no ${path}: run \`npm run build:runtime\``);
    return text;
  };
  const atRoot = (declarations: string) =>
    declarations.replace(/(from\s*|import\(\s*)(['"])\.\.\//g, '$1$2./runtime/types/').replace(/(from\s*|import\(\s*)(['"])\.\/(?!runtime\/)/g, '$1$2./runtime/types/package/');
  const files: Record<string, string> = {};
  // Every built module of theme-runtime/package (entries and their shared chunks) at the root.
  for (const [path, text] of Object.entries(runtime)) {
    const name = /^package\/([a-z-]+\.js)$/.exec(path)?.[1];
    if (name !== undefined) files[name] = text;
  }
  for (const name of ['index', 'react', 'react-core', 'create']) {
    entry(`package/${name}.js`);
    files[`${name}.d.ts`] = atRoot(entry(`types/package/${name}.d.ts`));
  }
  files['fonts.d.ts'] = entry('types/package/fonts.d.ts');
  return files;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const byMode = <T>(f: (mode: Mode) => T) => ({ light: f('light'), dark: f('dark') });

/**
 * Every file of the exported npm package, by path inside it. `runtime` is the prebuilt
 * runtime (build/runtime: react.js and the declarations), shared by every package.
 */
export function packageFiles(theme: Theme, runtime: Record<string, string>, options: PackageOptions): Record<string, string> {
  const problem = checkPackageOptions(options);
  if (problem !== undefined) throw new TypeError(problem);
  const fonts = fontsFor(theme);
  const manifest = {
    name: options.name,
    version: options.version,
    description: theme.description ?? `${theme.name}: a Design Kit theme for data apps — React components, Plotly templates, CSS variables and design tokens.`,
    license: 'UNLICENSED',
    type: 'module',
    main: './index.js',
    types: './index.d.ts',
    exports: {
      '.': { types: './index.d.ts', default: './index.js' },
      './react': { types: './react.d.ts', default: './react.js' },
      './react-core': { types: './react-core.d.ts', default: './react-core.js' },
      './create': { types: './create.d.ts', default: './create.js' },
      './fonts': { types: './fonts.d.ts', default: './fonts.js' },
      './theme.json': './theme.json',
      './plotly-template.light.json': './plotly-template.light.json',
      './plotly-template.dark.json': './plotly-template.dark.json',
      './plotly-template.legacy.light.json': './plotly-template.legacy.light.json',
      './plotly-template.legacy.dark.json': './plotly-template.legacy.dark.json',
      './tokens.json': './tokens.json',
      './matplotlib.light.mplstyle': './matplotlib.light.mplstyle',
      './matplotlib.dark.mplstyle': './matplotlib.dark.mplstyle',
      './vega-lite.light.json': './vega-lite.light.json',
      './vega-lite.dark.json': './vega-lite.dark.json',
      './echarts.light.json': './echarts.light.json',
      './echarts.dark.json': './echarts.dark.json',
      './streamlit.config.toml': './streamlit.config.toml',
      './_brand.yml': './_brand.yml',
      './_brand-dark.yml': './_brand-dark.yml',
      './theme.css': './theme.css',
      './package.json': './package.json',
    },
    sideEffects: ['./fonts.js', './theme.css'],
    dependencies: Object.fromEntries(fonts.map((f) => [f.pkg, f.version])),
    peerDependencies: { react: '>=18', 'react-dom': '>=18', 'plotly.js': '>=3' },
    peerDependenciesMeta: { react: { optional: true }, 'react-dom': { optional: true }, 'plotly.js': { optional: true } },
    keywords: ['design-kit', 'theme', 'plotly', 'react', 'design-tokens'],
  };
  const files: Record<string, string> = {
    'package.json': json(manifest),
    'README.md': packageReadme(theme, options, fonts.map((f) => f.pkg), runtime['PROPS.md'] ?? ''),
    ...packageEntries(runtime),
    'fonts.js': `// Offline fonts this theme names (Latin subsets), from @fontsource.\n${fonts.flatMap((f) => f.files).map((file) => `import '${file}';`).join('\n')}\n`,
    'theme.json': themeToJson(theme),
    'plotly-template.light.json': json(plotlyTemplate(theme, 'light')),
    'plotly-template.dark.json': json(plotlyTemplate(theme, 'dark')),
    // For plotly.py before 5.23, which rejects four properties of the current template.
    'plotly-template.legacy.light.json': json(legacyPlotlyTemplate(theme, 'light')),
    'plotly-template.legacy.dark.json': json(legacyPlotlyTemplate(theme, 'dark')),
    'component-props.json': json(byMode((mode) => Object.fromEntries(COMPONENT_NAMES.map((name) => [name, componentProps(theme, mode, name)])))),
    'css-variables.json': json(byMode((mode) => cssVariables(theme, mode))),
    // ThemeProvider's stylesheet for this theme, compiled now so that apps do not ship the compilers.
    'component-stylesheet.json': json({ css: compactStylesheet(modeStylesheet(theme, PRECOMPILED_SCOPE) + variablesStylesheet(theme, PRECOMPILED_SCOPE, STYLESHEET_LAYER)) }),
    'tokens.json': json(toDesignTokens(theme)),
    // The same theme for the team's other chart libraries.
    'matplotlib.light.mplstyle': toMatplotlibStyle(theme, 'light'),
    'matplotlib.dark.mplstyle': toMatplotlibStyle(theme, 'dark'),
    'vega-lite.light.json': json(toVegaLiteConfig(theme, 'light')),
    'vega-lite.dark.json': json(toVegaLiteConfig(theme, 'dark')),
    'echarts.light.json': json(toEChartsTheme(theme, 'light')),
    'echarts.dark.json': json(toEChartsTheme(theme, 'dark')),
    'streamlit.config.toml': toStreamlitConfig(theme),
    '_brand.yml': toBrandYml(theme, 'light'),
    '_brand-dark.yml': toBrandYml(theme, 'dark'),
    'theme.css': themeCss(theme),
  };
  for (const [path, text] of Object.entries(runtime)) if (!path.startsWith('package/') && path !== 'PROPS.md') files[`runtime/${path}`] = text;
  return files;
}
