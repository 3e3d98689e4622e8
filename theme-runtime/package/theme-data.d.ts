// The JSON files an exported package carries beside its entries, compiled from the theme at
// export time (editor/export/package-files.ts writes them). The entries import them by these
// names; here they get the types of what writes them.
/* eslint-disable @typescript-eslint/consistent-type-imports */

declare module '*/theme.json' {
  const document: import('../model/types.ts').Theme & { $schema?: string };
  export default document;
}

declare module '*/plotly-template.light.json' {
  const template: import('../plotly/types.ts').PlotlyTemplate;
  export default template;
}

declare module '*/plotly-template.dark.json' {
  const template: import('../plotly/types.ts').PlotlyTemplate;
  export default template;
}

declare module '*/component-props.json' {
  const props: Record<import('../model/types.ts').Mode, Record<import('../props/types.ts').ComponentName, import('../props/types.ts').ComponentProps>>;
  export default props;
}

declare module '*/css-variables.json' {
  const variables: Record<import('../model/types.ts').Mode, Record<string, string>>;
  export default variables;
}

declare module '*/component-stylesheet.json' {
  /** ThemeProvider's stylesheet and CSS variables, both modes, scoped under PRECOMPILED_SCOPE (react/sheet-compiler.ts). */
  const sheet: { css: string };
  export default sheet;
}
