/**
 * The catalog's schema, as types. The entry files (content/entries/*.yaml) are validated at build
 * and test time by the valibot schema of scripts/content/schema.ts, whose output the compiler
 * checks against `Entry`, and by `catalogRules` (rules.ts: unique ids, every reference resolves).
 */

import type { Stage } from '../path';

/** The languages the product is written in. */
export type Lang = 'en' | 'it';
export const LANGS: readonly Lang[] = ['en', 'it'];

/** A user-visible string in every language. */
export type Localized = Readonly<Record<Lang, string>>;

/** A list of user-visible strings in every language (e.g. symptom phrases). */
export type LocalizedList = Readonly<Record<Lang, readonly string[]>>;

/** One ordered step of a fix. `commands` name entries of the command catalog. */
export interface Step {
	readonly text: Localized;
	/** Admin-center navigation, e.g. "Mail flow > Connectors", when the step is done in a portal. */
	readonly path?: Localized;
	readonly commands?: readonly string[];
	/**
	 * True for a step that must wait for the cause's `gate` (a step that stops mail flow, say): it
	 * is shown only once the admin has said what the gate asks, after the steps that check it.
	 */
	readonly gated?: true;
}

/** What the admin must affirm before a cause's gated steps appear. */
export interface Gate {
	/** The statement the admin affirms, e.g. "every mailbox is in Exchange Online". */
	readonly prompt: Localized;
	/** Why the steps wait: what they would break if the statement were false. */
	readonly warning: Localized;
}

/**
 * A public page a cause or an entry rests on, shown beside it as a link (never fetched). Every
 * cause and every entry has at least one (`catalogRules`).
 */
export interface Source {
	/** The page's own title, as its site gives it (not translated). */
	readonly title: string;
	/** Its https address, on a public host `catalogRules` knows. */
	readonly url: string;
	/** The day the page was read for this fact, YYYY-MM-DD. */
	readonly checked: string;
	/**
	 * For a deadline, a retirement or a rollout: the day the fact holds from, YYYY-MM-DD (the text
	 * says the same date in words).
	 */
	readonly holdsFrom?: string;
	/** What the page does not cover, or where the fact stands unverified. */
	readonly note?: Localized;
}

/** One cause of an error, with its own stable id (the wizard and the paste parser point at it). */
export interface Cause {
	/** Globally unique, kebab-case, stable: used in URLs, `data-cause` and the wizard tree. */
	readonly id: string;
	readonly title: Localized;
	/** Why this happens and how to recognise it. */
	readonly detail: Localized;
	/**
	 * Where on the way this cause makes delivery break (the delivery-path picture), or null for a
	 * cause about routing or ownership (another connector, a partner's server). Every listed cause
	 * of a wizard entry says which; the "not listed" causes and the neighbours' causes have none.
	 */
	readonly stage?: Stage | null;
	/** Ordered fix steps; at least one. */
	readonly fix: readonly Step[];
	/** Command ids that confirm or rule out this cause. */
	readonly verify: readonly string[];
	/**
	 * How admins describe this situation when they search, in each language: what changed and what
	 * they see ("migration finished, servers switched off", "nuovo provider, IP pubblico cambiato").
	 * Search reads them; the page does not show them.
	 */
	readonly situations?: LocalizedList;
	/**
	 * Where Microsoft does not document that this cause produces the entry's code: says so, and what
	 * admins report instead, rather than guessing.
	 */
	readonly codeNote?: Localized;
	/** Present when some fix steps are `gated`: what must be affirmed first. */
	readonly gate?: Gate;
	/**
	 * True for the entry's "something not listed here" cause: the catalog's list is never complete,
	 * so each wizard entry ends with one, whose fix is the next evidence to gather. Always last.
	 */
	readonly unlisted?: true;
	/** The public pages this cause rests on (at least one; the page shows them in its fold). */
	readonly sources?: readonly Source[];
}

/** Which part of the catalog an entry belongs to. */
export type EntryKind = 'connector' | 'other' | 'neighbour';

/**
 * What the first screen knows of an entry before the rest of the catalog has loaded: enough to list
 * it, link it and resolve a code typed in any notation (`virtual:content/brief`, built from
 * content/entries by scripts/content-plugin.ts).
 */
export interface EntryBrief {
	/** The enhanced status code in its transient/documented form, e.g. "4.4.316"; "other" for the catch-all. */
	readonly code: string;
	/** The basic SMTP reply code shown before it, e.g. "450". */
	readonly reply: string;
	readonly kind: EntryKind;
	readonly title: Localized;
	/** Absent from the brief: the meanings are most of the catalog's weight. */
	readonly meaning?: Localized;
	/**
	 * Other notations and texts that mean this entry: the 5.x.x NDR form ("5.4.316"), its wording
	 * ("Message expired, connection refused"), variants ("Cannot establish session with remote server"),
	 * on-premises forms ("SMTPSEND.DNS.NonExistentDomain", "Socket error code 10061").
	 * Codes among them (d.d.d) resolve to this entry in lookups.
	 */
	readonly aliases: readonly string[];
}

/** One error code of the catalog. */
export interface Entry extends EntryBrief {
	/** What the error means, in plain words. */
	readonly meaning: Localized;
	readonly causes: readonly Cause[];
	/**
	 * Ids of causes described under another entry that also produce this code (a stale receive
	 * connector certificate gives 4.4.317 or 4.7.320): the page links them, the wizard asks about them.
	 */
	readonly sharedCauses?: readonly string[];
	/**
	 * A neighbouring code the wizard covers too (5.7.64): it then ends with an `unlisted` cause, as
	 * the connector errors do (`isWizardStart`).
	 */
	readonly wizard?: true;
	/** What to do when the destination is a partner's or third party's server. */
	readonly partner: Localized;
	/** True when the message is queued and retried (about 24 h, older tenants up to 48 h) before an NDR. */
	readonly queued: boolean;
	/** Phrases people type when they see this problem, in each language. */
	readonly symptoms: LocalizedList;
	/**
	 * The literal texts software prints for this error, in any language: the sentence of an NDR,
	 * of Outlook or of a server's reply ("The email address you entered couldn't be found", "Die
	 * eingegebene E-Mail-Adresse konnte nicht gefunden werden"). Search reads them as strongly as
	 * aliases; unlike aliases they stay out of the first screen's brief, and the page does not show
	 * them. Each text belongs to one entry only.
	 */
	readonly wording?: readonly string[];
	/** Codes of related entries (must exist in the catalog). */
	readonly related: readonly string[];
	/** The public pages the code's meaning rests on (at least one; never in the first screen's brief). */
	readonly sources?: readonly Source[];
}

/** A command an admin runs to verify a cause. Placeholders: {host} {domain} {ip} {port} {connector}. */
export interface Command {
	readonly id: string;
	readonly label: Localized;
	/** Shell or PowerShell text, with placeholders. */
	readonly text: string;
	readonly shell: 'powershell' | 'posix' | 'exchange-online' | 'exchange-onprem' | 'any';
	/** What to look for in the output. */
	readonly expect: Localized;
}
