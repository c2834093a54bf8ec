import realworldSet from './realworld.json';
import holdoutSet from './search-holdout.json';
import tuningSet from './search-queries.json';
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Entry } from '../../src/lib/catalog/types';
import type { CatalogIndex } from '../../src/lib/catalog/lookup';
import { analyzePaste, readText } from '../../src/lib/analysis';
import { codesFromFindings } from '../../src/lib/evidence/effects';
import { looksLikePaste } from '../../src/lib/parse/input';
import { pasteResults } from '../../src/lib/search/paste';
import type { Search } from '../../src/lib/search';
import {
	FIELD_WEIGHTS,
	SEARCH_FIELDS,
	textsOf,
	type SearchField
} from '../../src/lib/search/terms';

/** One query of the evaluation set (tests/eval/search-queries.json). */
export interface EvalQuery {
	readonly q: string;
	readonly kind: string;
	/** The code of the entry an expert picks ("other" for the catch-all). */
	readonly expect: string;
	/** The rank that entry may have: 1 almost always. */
	readonly rank: number;
	readonly why: string;
	/** How the text reaches the field: typed (the default) or pasted (the paste path is driven). */
	readonly as?: 'typed' | 'pasted';
	/** Other entries an expert accepts as well as `expect` (a vague help-desk sentence). */
	readonly accept?: readonly string[];
}

export interface EvalSet {
	readonly about: string;
	readonly kinds: readonly string[];
	readonly queries: readonly EvalQuery[];
}

const SETS = { tuning: tuningSet, holdout: holdoutSet, realworld: realworldSet };

/**
 * An evaluation set, checked against its format (never imported into the app): the tuning set
 * (search-queries.json), the held-out one (search-holdout.json) or the real-world one
 * (realworld.json: texts in the shapes admins write, typed and pasted, written blind).
 */
export function loadEvalSet(which: keyof typeof SETS = 'tuning'): EvalSet {
	const raw: unknown = SETS[which];
	if (!isEvalSet(raw)) throw new Error(`the ${which} evaluation set is malformed`);
	return raw;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function isEvalQuery(value: unknown): value is EvalQuery {
	return (
		isRecord(value) &&
		typeof value['q'] === 'string' &&
		typeof value['kind'] === 'string' &&
		typeof value['expect'] === 'string' &&
		typeof value['rank'] === 'number' &&
		typeof value['why'] === 'string' &&
		(value['as'] === undefined || value['as'] === 'typed' || value['as'] === 'pasted') &&
		(value['accept'] === undefined ||
			(Array.isArray(value['accept']) && value['accept'].every((c) => typeof c === 'string')))
	);
}

function isEvalSet(value: unknown): value is EvalSet {
	if (!isRecord(value)) return false;
	const { about, kinds, queries } = value;
	return (
		typeof about === 'string' &&
		Array.isArray(kinds) &&
		kinds.every((k) => typeof k === 'string') &&
		Array.isArray(queries) &&
		queries.every(isEvalQuery)
	);
}

/** The figures of one kind of query (or all of them). */
export interface Metrics {
	readonly kind: string;
	readonly n: number;
	/** Share of queries whose entry came first. */
	readonly top1: number;
	/** Share whose entry came in the first three. */
	readonly top3: number;
	/** Mean reciprocal rank of the entry (0 when it was not returned). */
	readonly mrr: number;
	/** Share whose entry came within the rank the set allows. */
	readonly allowed: number;
}

export interface Miss {
	readonly query: EvalQuery;
	/** 1-based rank of the expected entry, or null when it was not returned. */
	readonly rank: number | null;
	readonly got: readonly string[];
}

export interface Evaluation {
	readonly perKind: readonly Metrics[];
	readonly overall: Metrics;
	/** Queries whose entry did not come first. */
	readonly misses: readonly Miss[];
}

/**
 * Runs every query through `search` (codes of the ranked entries; it is told how the text arrives)
 * and scores the ranks: the rank of the expected entry, or of the first entry the set accepts too.
 */
export function evaluate(
	set: EvalSet,
	search: (query: string, as: 'typed' | 'pasted') => readonly string[]
): Evaluation {
	const ranked = set.queries.map((query) => {
		const got = search(query.q, query.as ?? 'typed');
		const wanted = new Set([query.expect, ...(query.accept ?? [])]);
		const at = got.findIndex((code) => wanted.has(code));
		return { query, got, rank: at < 0 ? null : at + 1 };
	});
	const metrics = (kind: string, rows: typeof ranked): Metrics => {
		const n = rows.length || 1;
		const share = (ok: (r: (typeof ranked)[number]) => boolean) => rows.filter(ok).length / n;
		return {
			kind,
			n: rows.length,
			top1: share((r) => r.rank === 1),
			top3: share((r) => r.rank !== null && r.rank <= 3),
			mrr: rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / n,
			allowed: share((r) => r.rank !== null && r.rank <= r.query.rank)
		};
	};
	return {
		perKind: set.kinds.map((kind) =>
			metrics(
				kind,
				ranked.filter((r) => r.query.kind === kind)
			)
		),
		overall: metrics('all', ranked),
		misses: ranked
			.filter((r) => r.rank !== 1)
			.map((r) => ({ query: r.query, rank: r.rank, got: r.got.slice(0, 5) }))
	};
}

/** The date the evaluation reads pastes on (certificate validity). */
const EVAL_DATE = new Date('2026-12-07T12:00:00Z');

/**
 * The app's own reading of a text (lib/analysis.ts `readText`), as the page does it: a pasted text
 * (or typed text shaped like one) through the paste reader, then its words through `search`.
 */
export function appReader(
	index: CatalogIndex,
	search: Search
): (query: string, as: 'typed' | 'pasted') => string[] {
	const tools = { index, search, lang: 'en' as const, wizard: null, now: EVAL_DATE };
	return (query, as) => readText(query, as, tools).results.map((r) => r.entry.code);
}

/**
 * The previous app's reading (before issue 21), kept as a baseline: text shaped like a paste went
 * to the paste reader alone (no words searched), anything else to the search alone.
 */
export function gatedReader(
	index: CatalogIndex,
	search: Search
): (query: string, as: 'typed' | 'pasted') => string[] {
	return (query, as) => {
		if (as === 'typed' && !looksLikePaste(query)) return search(query).map((r) => r.entry.code);
		const { diagnosis, findings } = analyzePaste(query, EVAL_DATE);
		return pasteResults(diagnosis, index, codesFromFindings(findings)).map((r) => r.entry.code);
	};
}

/** One document per entry for the fuse.js baselines: every searchable text, by field. */
type Doc = Record<SearchField, string[]>;

function docsOf(entries: readonly Entry[]): Doc[] {
	return entries.map((entry) => {
		const doc: Doc = {
			code: [],
			title: [],
			alias: [],
			wording: [],
			symptom: [],
			situation: [],
			cause: [],
			detail: [],
			meaning: [],
			fix: []
		};
		for (const t of textsOf(entry)) doc[t.field].push(t.text);
		return doc;
	});
}

/**
 * The baselines: fuse.js over the same texts and field weights, searching the whole query, as a
 * plain fuzzy search (`tokens: false`) or with fuse.js's token search (`useTokenSearch`, TF-IDF).
 */
export function fuseBaseline(
	entries: readonly Entry[],
	tokens: boolean
): (query: string) => string[] {
	const docs = docsOf(entries);
	const options: IFuseOptions<Doc> = {
		ignoreLocation: true,
		ignoreDiacritics: true,
		useTokenSearch: tokens,
		keys: SEARCH_FIELDS.map((name) => ({ name, weight: FIELD_WEIGHTS[name] }))
	};
	const fuse = new Fuse(docs, options);
	return (query) => fuse.search(query).map((r) => entries[r.refIndex]?.code ?? '');
}
