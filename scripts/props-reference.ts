// The package README's component reference, generated from the components' own types: for
// each component exported by theme-runtime/react, the props it declares (with their types
// and doc comments), and the element whose attributes it passes through. build:runtime
// writes it to build/runtime/PROPS.md; editor/export/package-readme.ts appends it.
import ts from 'typescript';

const ENTRY = 'theme-runtime/package/react.tsx';

/** What a component passes through besides its own props, by the props type's base. */
function passesThrough(type: ts.Type, checker: ts.TypeChecker): string | undefined {
  const from = type.getProperties().find((p) => p.getName() === 'onClick' || p.getName() === 'className');
  const declaration = from?.declarations?.[0];
  if (declaration === undefined || !declaration.getSourceFile().fileName.includes('@types/react')) return undefined;
  const element = type.getProperties().find((p) => p.getName() === 'ref');
  const refType = element === undefined ? '' : checker.typeToString(checker.getTypeOfSymbol(element));
  const tag = /Ref<(HTML\w+|SVG\w+|PlotlyElement)/.exec(refType)?.[1];
  return tag === undefined ? 'the HTML attributes of its element' : `the attributes of its \`${tag}\`, and \`ref\``;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function propsReference(): string {
  const program = ts.createProgram([ENTRY, 'theme-runtime/package/theme-data.d.ts', 'theme-runtime/react/plotly-dist.d.ts'], { jsx: ts.JsxEmit.ReactJSX, strict: true, exactOptionalPropertyTypes: true, allowImportingTsExtensions: true, noEmit: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(ENTRY);
  if (source === undefined) throw new Error(`${ENTRY} not found`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`${ENTRY} has no exports`);
  const sections: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const name = exported.getName();
    if (!/^[A-Z]/.test(name)) continue;
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.valueDeclaration;
    if (declaration === undefined) continue;
    const signature = checker.getTypeOfSymbolAtLocation(symbol, declaration).getCallSignatures()[0];
    const parameter = signature?.getParameters()[0];
    if (signature === undefined || parameter === undefined) continue;
    const propsType = checker.getTypeOfSymbol(parameter);
    const own = propsType.getProperties().filter((p) => p.declarations?.some((d) => d.getSourceFile().fileName.includes('/theme-runtime/')) === true && p.getName() !== 'ref');
    const docs = ts.displayPartsToString(symbol.getDocumentationComment(checker));
    const rows = own.map((p) => {
      const type = checker.typeToString(checker.getTypeOfSymbol(p), undefined, ts.TypeFormatFlags.NoTruncation).replace(/ \| undefined$/, '');
      const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
      return `| \`${p.getName()}\`${optional ? '' : ' (required)'} | \`${cell(type)}\` | ${cell(ts.displayPartsToString(p.getDocumentationComment(checker)))} |`;
    });
    const through = passesThrough(propsType, checker);
    sections.push(
      [
        `### ${name}`,
        '',
        ...(docs === '' ? [] : [cell(docs), '']),
        ...(rows.length === 0 ? [] : ['| prop | type | what it does |', '| --- | --- | --- |', ...rows, '']),
        ...(through === undefined ? [] : [`Also takes ${through}.`, '']),
      ].join('\n'),
    );
  }
  return `## Components and their props\n\nGenerated from the components' TypeScript types.\n\n${sections.join('\n')}`;
}
