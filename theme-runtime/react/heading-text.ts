import { Children, useContext, type ReactNode } from 'react';
import { titleCase } from '../text/title-case.ts';
import { TitleCaseContext } from './context.ts';

/**
 * A heading's text in the theme's title case. "Capitalize" is applied here, to the words,
 * not by CSS `text-transform`, which would turn "(ms)" into "(Ms)"; upper- and lowercase
 * stay CSS's (they have no such exceptions). Only text children change.
 */
export function useHeadingText(children: ReactNode): ReactNode {
  const capitalize = useContext(TitleCaseContext);
  return capitalize ? Children.map(children, (child) => (typeof child === 'string' ? titleCase(child) : child)) : children;
}
