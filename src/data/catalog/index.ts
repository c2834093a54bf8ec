import { catalog } from 'virtual:content/catalog';
import { indexCatalog } from '../../lib/catalog/lookup';

/**
 * The whole catalog, from content/entries (one YAML file per entry, validated by the content
 * plugin): the connector errors of the source article first, then neighbouring codes.
 */
export { catalog };

/** The catalog's lookup tables, built once when loaded (cheap: maps over a few dozen entries). */
export const catalogIndex = indexCatalog(catalog);
