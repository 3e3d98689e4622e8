import { LEGACY_PLOTLY_PY, type Theme } from '../../theme-runtime/index.ts';
import type { PackageOptions } from './package-files.ts';

// Markdown from a theme name: strip what could start markup; names are user text.
const plain = (text: string) => text.replace(/[<>`*_[\]#|\\]/g, '').slice(0, 80);

/** The package's README: install, React, plain plotly.js, plotly.py, CSS, tokens. */
export function packageReadme(theme: Theme, { name }: PackageOptions, fontPackages: string[], propsReference: string): string {
  return `# ${name}

${plain(theme.name)} — a theme made with Design Kit. It restyles React components and Plotly
figures for light and dark mode; your app writes no CSS.

## Install

\`\`\`sh
npm install ./${name.replace(/^@/, '').replace('/', '-')}-<version>.tgz
# for the React components and charts:
npm install react react-dom plotly.js
\`\`\`

## React

\`\`\`tsx
import { useState } from 'react';
import { ThemeProvider, App, Header, Title, Card, Graph, Button } from '${name}/react';${fontPackages.length > 0 ? `\nimport '${name}/fonts'; // the theme's fonts, offline (once, in your entry file)` : ''}

export function Dashboard() {
  const [mode, setMode] = useState<'light' | 'dark'>('light');
  return (
    <ThemeProvider mode={mode}>
      <App>
        <Header>
          <Title>Sales</Title>
          <Button onClick={() => setMode(mode === 'light' ? 'dark' : 'light')}>Toggle dark mode</Button>
        </Header>
        <Card>
          <Graph figure={{ data: [{ type: 'bar', x: ['a', 'b'], y: [1, 2] }] }} />
        </Card>
      </App>
    </ThemeProvider>
  );
}
\`\`\`

\`mode\` may also be \`"system"\` to follow the operating system. Components: App, Header,
Title, Sidebar, Row, Block, Card, CardHeader, CardFooter, ControlCard, ControlItem,
DataCard, Graph, Table, Tabs, Button, Tag, Notification, Report, Page. \`Card\` and \`Graph\`
take \`expandable\` for a full-screen (presentation) toggle; a Card puts it at the end of its
\`CardHeader\`, after any \`action\` of yours there (\`<CardHeader action={<Button>…</Button>}>\`).${fontPackages.length > 0 ? ` Fonts come from ${fontPackages.join(', ')}: \`import '${name}/fonts'\` loads them (a separate import, so \`${name}/react\` also runs in Node and server rendering, where CSS cannot be imported).` : ''}

## What the React entry costs

\`${name}/react\` renders this package's theme with a stylesheet compiled when the package was
exported (\`component-stylesheet.json\`), so an app ships none of the theme compilers:
about 12 KB gzipped with the theme, plus the chart code that loads with plotly.js. A theme of
your own (\`createTheme\` from \`${name}/create\`, or any theme object) needs the compilers:
\`${name}/create\` brings them, so such a theme is styled from the first render, on the
server too; without that import they load the first time another theme appears (the page
shows unstyled for that moment).

## Reports that print

\`<Report>\` holds \`<Page>\`s: on screen, sheets of the theme's paper on a desk; printed (the
print dialog, "Save as PDF", \`page.pdf()\`), each Page starts a new sheet in the theme's paper
size, orientation and margins, with its running header and footer and "Page n of m" in the
margins — and no blank last sheet. A report prints on the paper's colours (light unless the
theme's \`report.paper\` is \`"dark"\`) whatever mode the screen shows: the stylesheet recolours
the components and each Graph inside restyles to the paper's mode while the page prints. A
page longer than a sheet flows onto the next one, repeating table headers. Give
\`h2\`/\`h3\` headings, \`dk-Page__caption\` and \`dk-Page__footnote\` classes the report's type.
(With \`bothModes={false}\` on ThemeProvider the sheet holds one mode only, and a report prints in
the mode shown.)

## Your own plotly.js, events, refs, your own theme

\`\`\`tsx
import Plotly from 'plotly.js-dist-min'; // or a partial bundle
import { ThemeProvider, Card, Graph, useMode } from '${name}/react-core'; // no plotly.js package needed
import { createTheme } from '${name}/create';

const brand = createTheme({ colors: { light: { accent: '#b3261e' } } }); // throws a ThemeError naming each bad value

<ThemeProvider theme={brand} mode="system" plotly={Plotly}>
  <Card className="mine">{/* your classes and inline styles win over the theme */}
    <Graph figure={figure} ref={plotRef} onClick={(e) => select(e.points[0]?.x)} onSelected={…} onRelayout={…} />
  </Card>
</ThemeProvider>
\`\`\`

The components' styles sit in the CSS cascade layer \`design-kit\`, so any unlayered CSS of
yours wins (with Tailwind 4, put \`@layer design-kit, theme, base, components, utilities;\` first).
So does an unlayered element reset such as \`button { color: inherit }\`: layer your resets before
\`design-kit\` (\`@layer reset, design-kit;\`).
\`renderToString\` works in Node and writes the theme's stylesheet into the HTML.

A mode switch, or a new \`theme\`, restyles every \`Graph\` in place, in the same frame: plotly
redraws a chart only when its layout changes (fonts, legend position …), and a heatmap just after
the frame that shows everything else. The stylesheet holds both modes, so switching flips the
provider's \`data-dk-mode\` attribute instead of replacing it. Inside each plot, the \`--dk-*\`
variables are reset: plotly's SVG takes its colours from the template.

## Plotly without React

\`\`\`js
import Plotly from 'plotly.js-dist-min'; // or any plotly.js bundle
import { applyTheme } from '${name}';

Plotly.newPlot('chart', applyTheme({ data: [{ y: [1, 3, 2] }] }, 'dark'));
\`\`\`

## Dash and plotly.py

\`\`\`python
import json, plotly.io as pio
pio.templates["${name.replace(/[^a-z0-9]+/g, '_')}"] = json.load(open("node_modules/${name}/plotly-template.light.json"))
\`\`\`

plotly.py ${LEGACY_PLOTLY_PY} (plotly.js before 2.34) rejects four properties of that template;
load \`plotly-template.legacy.light.json\` (or \`.legacy.dark.json\`) there instead. Its plotly.js
cannot reserve a title's height or anchor a legend below the axis labels, so the legacy template
keeps a fixed band for the title and puts a top or bottom legend on the right.

## matplotlib, seaborn, Altair, ECharts, Streamlit, Quarto

\`\`\`python
import matplotlib.pyplot as plt
plt.style.use("node_modules/${name}/matplotlib.light.mplstyle")   # or .dark

import altair as alt, json
@alt.theme.register("${name.replace(/[^a-z0-9]+/g, '_')}", enable=True)
def theme():
    return {"config": json.load(open("node_modules/${name}/vega-lite.light.json"))}
\`\`\`

\`\`\`js
import * as echarts from 'echarts';
import theme from '${name}/echarts.light.json' with { type: 'json' };
echarts.registerTheme('brand', theme);
echarts.init(element, 'brand');
\`\`\`

- Streamlit: copy the \`[theme]\` tables of \`node_modules/${name}/streamlit.config.toml\` into \`.streamlit/config.toml\`.
- Quarto, Shiny, plotnine: copy \`_brand.yml\` (and \`_brand-dark.yml\`) beside your project; Quarto: \`brand: { light: _brand.yml, dark: _brand-dark.yml }\`.

## Everything else

- Inside \`ThemeProvider\`, plain CSS can use \`var(--dk-accent)\` and the other \`--dk-*\` properties; they follow the mode (a colour the modes differ in is a \`light-dark()\` pair). \`cssVariables(mode)\` gives one mode's values as plain strings, for script.
- \`componentProps(component, mode)\` and \`cssVariables(mode)\` from \`${name}\`.
- \`${name}/theme.css\`: \`--dk-*\` custom properties; dark when \`data-dk-mode="dark"\` or the system prefers it.
- \`${name}/tokens.json\`: W3C Design Tokens (DTCG) for Figma, Style Dictionary and friends.
- \`${name}/theme.json\`: the theme itself; open it in Design Kit to edit.

${propsReference}
`;
}
