import type { Lang } from '../../lib/catalog/types';
import { en, type MessageKey } from './en';
import { it } from './it';

export type { MessageKey };
export type Messages = Readonly<Record<MessageKey, string>>;

/** The interface text of every language; `it` is typed against `en`, so a missing key fails the build. */
export const messages: Readonly<Record<Lang, Messages>> = { en, it };
