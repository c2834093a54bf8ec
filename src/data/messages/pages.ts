import type { Lang } from '../../lib/catalog/types';
import { enPages } from './en-pages';
import { itPages } from './it-pages';
import type { Messages, PageMessageKey } from './index';

/**
 * The other pages' interface text, in every language (the tests read them together; the app loads
 * the reader's language's file alone, components/parts.ts).
 */
export const pageMessages: Readonly<Record<Lang, Messages<PageMessageKey>>> = {
	en: enPages,
	it: itPages
};
