// What an exported theme package's main entry is built from: the compilers and nothing
// that parses or audits (no zod, no chroma-js), so the package stays a few kilobytes.
export { resolveTheme, resolveColor } from '../model/resolve.ts';
export { plotlyTemplate } from '../plotly/template.ts';
export { applyTheme } from '../plotly/apply.ts';
export { componentProps } from '../props/component-props.ts';
export { COMPONENT_NAMES } from '../props/types.ts';
export { cssVariables } from '../css/variables.ts';
export { COLOR_ROLES } from '../model/roles.ts';
