import type { Lang } from '../../lib/catalog/types';
import { enPages } from './en-pages';
import { itPages } from './it-pages';
import type { Messages, PageMessageKey } from './index';

/** The other pages' interface text, in every language: loaded with the first of them. */
export const pageMessages: Readonly<Record<Lang, Messages<PageMessageKey>>> = {
	en: enPages,
	it: itPages
};
