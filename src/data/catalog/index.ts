import { indexCatalog } from '../../lib/catalog/lookup';
import type { Entry } from '../../lib/catalog/types';
import { connectorEntries } from './connector';
import { neighbourEntries } from './neighbours';

/** The whole catalog: the connector errors of the source article first, then neighbouring codes. */
export const catalog: readonly Entry[] = [...connectorEntries, ...neighbourEntries];

/** The catalog's lookup tables, built once when loaded (cheap: maps over a few dozen entries). */
export const catalogIndex = indexCatalog(catalog);
