// The app's own stylesheets, imported for their side effect, as Vite apps do.
declare module '*.css';
