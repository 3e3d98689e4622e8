// React bindings of the theme runtime: a provider and the themed components, named after
// what Dash users know from Dash Design Kit.
export { ThemeProvider, type ThemeProviderProps, type ModePreference } from './ThemeProvider.tsx';
export { useTheme, useMode, type ThemeContextValue } from './context.ts';
export { useSystemMode } from './system-mode.ts';
export { App, Header, Title, Sidebar, Row, Block, type BlockProps, type ElementProps } from './layout.tsx';
export { Card, CardHeader, CardFooter, ControlCard, ControlItem, DataCard, type CardProps, type CardHeaderProps, type ControlCardProps, type ControlItemProps, type DataCardProps } from './cards.tsx';
export { Button, Tag, Notification, Tabs, type ButtonProps, type TagProps, type NotificationProps, type TabsProps, type TabItem } from './controls.tsx';
export { Table, type TableProps, type TableColumn } from './Table.tsx';
export { Report, Page, type PageProps } from './report.tsx';
export { Graph, type GraphProps } from './Graph.tsx';
export type { GraphEventName, GraphEventHandlers, PlotlyElement } from './graph-events.ts';
export type { PlotlySource } from './plotly-source.ts';
export type { PlotlyModule } from './plotly-loader.ts';
export type { FullscreenProps } from './fullscreen.ts';
// For the exported package's entries: its own theme's sheet, compiled ahead.
export { registerPrecompiled, type PrecompiledSheet } from './sheet-compiler.ts';
