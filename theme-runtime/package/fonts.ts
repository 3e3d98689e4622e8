// The declarations of the package's `fonts` entry. Its code (fonts.js) is a list of
// @fontsource stylesheet imports for the fonts the theme names, written at export time;
// importing it is all it does, so it exports nothing.
export {};
