import type { Entry } from '../../lib/catalog/types';
import { connectorEntries } from './connector';
import { neighbourEntries } from './neighbours';

/** The whole catalog: the connector errors of the source article first, then neighbouring codes. */
export const catalog: readonly Entry[] = [...connectorEntries, ...neighbourEntries];
