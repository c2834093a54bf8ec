import type { Cause, Entry, Localized, LocalizedList } from '../../src/lib/catalog/types';
import { prng } from '../fixtures/random';

/** Share of words replaced by a word from elsewhere in the catalog. */
const SWAP = 0.3;

/**
 * A catalog of `size` entries made from the real one, for measuring how search scales: each entry
 * copies a real entry's shape and texts with about a third of their words swapped for words drawn
 * from the whole catalog (so the vocabulary and its frequencies stay realistic), under a new code
 * (9.x.y, a class no real code has) and new cause ids. Seeded: the same catalog every run.
 */
export function generatedCatalog(real: readonly Entry[], size: number, seed = 7): Entry[] {
	const next = prng(seed);
	const pool = real.flatMap((e) =>
		words(`${e.title.en} ${e.meaning.en} ${e.title.it} ${e.meaning.it}`)
	);
	const swap = (text: string) =>
		text.replace(/[\p{L}]{3,}/gu, (w) =>
			next() < SWAP ? (pool[Math.floor(next() * pool.length)] ?? w) : w
		);
	const local = (l: Localized): Localized => ({ en: swap(l.en), it: swap(l.it) });
	const list = (l: LocalizedList): LocalizedList => ({ en: l.en.map(swap), it: l.it.map(swap) });
	const out: Entry[] = [];
	for (let i = 0; i < size; i++) {
		const base = real[i % real.length];
		if (!base) break;
		const code = `9.${Math.floor(i / 1000)}.${i % 1000}`;
		const causes: Cause[] = base.causes.map((c) => ({
			...c,
			id: `${c.id}-g${i}`,
			title: local(c.title),
			detail: local(c.detail),
			fix: c.fix.map((step) => ({ ...step, text: local(step.text) })),
			...(c.situations ? { situations: list(c.situations) } : {})
		}));
		out.push({
			...base,
			code,
			kind: 'neighbour',
			title: local(base.title),
			meaning: local(base.meaning),
			partner: local(base.partner),
			causes,
			aliases: base.aliases.filter((a) => !/^[245]\.\d/.test(a)).map(swap),
			symptoms: list(base.symptoms),
			related: []
		});
	}
	return out;
}

function words(text: string): string[] {
	return text.match(/[\p{L}]{3,}/gu) ?? [];
}
