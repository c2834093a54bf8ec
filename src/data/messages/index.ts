import type { Lang } from '../../lib/catalog/types';
import { en, type StartMessageKey } from './en';
import type { PageMessageKey } from './en-pages';
import { it } from './it';

export type { PageMessageKey, StartMessageKey };
/** Every interface text's key: the first screen's and the other pages'. */
export type MessageKey = StartMessageKey | PageMessageKey;
export type Messages<K extends MessageKey = MessageKey> = Readonly<Record<K, string>>;

/**
 * The first screen's interface text, in every language (a few kilobytes: a switch of language
 * never waits for a download). `it` is typed against `en`, so a missing key fails the build.
 */
export const startMessages: Readonly<Record<Lang, Messages<StartMessageKey>>> = { en, it };
