/**
 * The catalog as a compact table, like Microsoft's table of NDR codes: code, title, class and a
 * one-line meaning, sorted and filtered. Pure.
 */
import type { EntryBrief, Lang } from '../catalog/types';
import { fold } from '../search/fold';

/** The class of a code (RFC 3463 §3.1): 4 transient (retried), 5 permanent; `other` for the catch-all. */
export type CodeClass = 'transient' | 'permanent' | 'other';

export interface OverviewRow {
	readonly code: string;
	readonly reply: string;
	readonly title: string;
	readonly codeClass: CodeClass;
	/** The first sentence of the meaning; empty until the full catalog has loaded. */
	readonly meaning: string;
}

export type SortKey = 'code' | 'title' | 'class';
export type SortDirection = 'ascending' | 'descending';

/** The meaning's first sentence, at most `max` characters (cut at a word). */
export function oneLine(text: string, max = 140): string {
	const sentence = /^.*?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();
	if (sentence.length <= max) return sentence;
	const cut = sentence.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** The rows of the catalog in a language. */
export function overviewRows(entries: readonly EntryBrief[], lang: Lang): OverviewRow[] {
	return entries.map((entry) => ({
		code: entry.code,
		reply: entry.reply,
		title: entry.title[lang],
		codeClass:
			entry.kind === 'other' ? 'other' : entry.code.startsWith('5.') ? 'permanent' : 'transient',
		meaning: entry.meaning ? oneLine(entry.meaning[lang]) : ''
	}));
}

/** Codes compared part by part as numbers (4.4.32 before 4.4.312), the catch-all last. */
function compareCodes(a: string, b: string): number {
	const parts = (code: string) =>
		code.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : Infinity));
	const [pa, pb] = [parts(a), parts(b)];
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? -1) - (pb[i] ?? -1);
		if (d !== 0 && !Number.isNaN(d)) return d;
	}
	return a.localeCompare(b);
}

const CLASS_ORDER: readonly CodeClass[] = ['transient', 'permanent', 'other'];

/** The rows sorted by a column (ties by code). */
export function sortRows(
	rows: readonly OverviewRow[],
	key: SortKey,
	direction: SortDirection,
	lang: Lang
): OverviewRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const by = (a: OverviewRow, b: OverviewRow): number =>
		key === 'title'
			? a.title.localeCompare(b.title, lang, { sensitivity: 'base' })
			: key === 'class'
				? CLASS_ORDER.indexOf(a.codeClass) - CLASS_ORDER.indexOf(b.codeClass)
				: 0;
	return [...rows].sort((a, b) => sign * (by(a, b) || compareCodes(a.code, b.code)));
}

/**
 * The rows whose code, reply, title or meaning hold every word of the filter (accents and case
 * folded; a code typed with or without its reply: "450 4.4.316", "4.4.316", "44316").
 */
export function filterRows(rows: readonly OverviewRow[], filter: string): OverviewRow[] {
	const words = fold(filter).split(/\s+/).filter(Boolean);
	if (words.length === 0) return [...rows];
	return rows.filter((row) => {
		const text = fold(
			`${row.reply} ${row.code} ${row.code.replace(/\./g, '')} ${row.title} ${row.meaning}`
		);
		return words.every((word) => text.includes(word));
	});
}
