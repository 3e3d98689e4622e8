// Must NOT typecheck: proves the package's declarations are real types, not `any`.
import { componentProps, plotlyTemplate } from 'acme-theme';

componentProps('Carousel');
plotlyTemplate('sepia');
