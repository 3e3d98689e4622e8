// React bindings of the theme runtime: a provider and themed components.
export { ThemeProvider, type ThemeProviderProps } from './ThemeProvider.tsx';
export { useTheme, type ThemeContextValue } from './context.ts';
export { App, Header, Title, Card, Button } from './components.tsx';
export { Graph, type GraphProps } from './Graph.tsx';
