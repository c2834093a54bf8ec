import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { commands } from '../../src/data/commands';
import { indexCodes } from '../../src/lib/catalog/lookup';
import type { Entry } from '../../src/lib/catalog/types';
import { catalogRules } from '../../src/lib/catalog/rules';
import {
	aliasCodes,
	canonicalCode,
	inRange,
	isCode,
	otherClass,
	parseCode,
	queuedForm
} from '../../src/lib/codes/grammar';
import { findCodes } from '../../src/lib/parse/codes';
import { codesInQuery } from '../../src/lib/search/codes';

function entry(code: string): Entry {
	const found = catalog.find((e) => e.code === code);
	if (!found) throw new Error(`no entry ${code} in the catalog`);
	return found;
}

/** Codes the validator reads from `alias`: it reports each one two entries both claim. */
function validatorCodes(alias: string): string[] {
	const first = { ...entry('4.4.315'), aliases: [alias] };
	const second = { ...entry('4.4.316'), aliases: [alias] };
	return catalogRules([first, second], commands)
		.map((problem) => /alias code (\S+) is already claimed/.exec(problem)?.[1])
		.filter((code) => code !== undefined);
}

/**
 * Aliases chosen around the boundaries: words and punctuation before a code, digits before or
 * after it, a range. None of their codes is an entry code of the two entries used.
 */
const ALIASES: ReadonlyArray<readonly [alias: string, codes: readonly string[]]> = [
	['SMTPSEND.4.4.399', ['4.4.399']],
	['v.4.4.398', ['4.4.398']],
	['Message expired (5.4.397)', ['5.4.397']],
	['421 4.4.396 Connection timed out', ['4.4.396']],
	['LastAttemptedIP=192.5.4.395:25', []],
	['build 15.20.4.4.394', []],
	['4.4.393.1', []],
	['5.04.392', ['5.4.392']],
	['SMTPSEND.4.7.600-650 blocked', ['4.7.600']]
];

describe('the code grammar', () => {
	it('tells a code from text that only looks like one', () => {
		for (const code of ['4.4.316', '5.7.1', '2.0.0', '4.04.7', '5.999.999']) {
			expect(isCode(code), code).toBe(true);
		}
		for (const text of ['6.1.1', '4.4', '4.4.3160', '4.1234.1', ' 4.4.316', '550 5.7.1', '44316']) {
			expect(isCode(text), text).toBe(false);
		}
	});

	it('takes a code apart and writes it without leading zeros', () => {
		expect(parseCode('4.04.07')).toEqual({ class: 4, subject: 4, detail: 7 });
		expect(parseCode('3.1.1')).toBeNull();
		expect(canonicalCode('5.07.320')).toBe('5.7.320');
		expect(canonicalCode('5.7')).toBeNull();
	});
});

describe('codes in a catalog alias', () => {
	it.each(ALIASES)('reads %j as %j', (alias, codes) => {
		expect(aliasCodes(alias).codes).toEqual(codes);
	});

	it.each(ALIASES)('has the validator and the lookup read the same codes from %j', (alias) => {
		const read = aliasCodes(alias).codes;
		expect(validatorCodes(alias)).toEqual(read);

		const owner = { ...entry('4.4.315'), aliases: [alias] };
		const index = indexCodes([owner]);
		for (const code of read) {
			expect(index.resolve(code), code).toEqual({ entry: owner, via: 'alias' });
			expect(index.resolveTyped(code), code).toEqual({ entry: owner, via: 'alias' });
		}
		// Nothing else in the alias resolves: only the entry's own code (and its other class) does.
		const resolvable = index.entries.flatMap((e) => [e.code, ...read]);
		for (const code of index.knownCodes) {
			const queued = queuedForm(code);
			expect(
				resolvable.some((r) => queuedForm(r) === queued),
				code
			).toBe(true);
		}
	});

	it('reads "v.4.4.316" and "SMTPSEND.4.4.316" as 4.4.316, in the lookup and the validator', () => {
		for (const alias of ['v.4.4.316', 'SMTPSEND.4.4.316']) {
			expect(aliasCodes(alias).codes).toEqual(['4.4.316']);
			// The validator sees the alias name another entry's code...
			const named = { ...entry('4.4.315'), aliases: ['5.4.315', alias] };
			expect(catalogRules([named, entry('4.4.316')], commands)).toContain(
				`entry 4.4.315 > aliases: "${alias}" names 4.4.316, which is an entry of its own`
			);
			// ...and the lookup finds the code through the alias.
			const index = indexCodes([{ ...entry('4.4.315'), aliases: [alias] }]);
			expect(index.resolve('4.4.316')?.via).toBe('alias');
			expect(index.resolveTyped('4.4.316')?.entry.code).toBe('4.4.315');
		}
	});

	it('keeps the paste scanner and the typed-query reader stricter: no code after a letter and dot', () => {
		// Pasted and typed text is not catalog data: "v.4.4.316" there is read as a version.
		const known = new Set(['4.4.316']);
		for (const text of ['v.4.4.316', 'SMTPSEND.4.4.316']) {
			expect(findCodes(text, 10), text).toEqual([]);
			expect(codesInQuery(text, known), text).toEqual([]);
		}
	});
});

describe('detail ranges in an alias', () => {
	it('reads a range and the code it starts with', () => {
		expect(aliasCodes('4.7.500-699')).toEqual({
			codes: ['4.7.500'],
			ranges: [{ prefix: '4.7', from: 500, to: 699 }]
		});
		expect(aliasCodes('SMTPSEND.4.7.850-899.').ranges).toEqual([
			{ prefix: '4.7', from: 850, to: 899 }
		]);
		expect(aliasCodes('192.4.7.500-699').ranges).toEqual([]);
		expect(aliasCodes('4.7.500-6990').ranges).toEqual([]);
	});

	it('holds the codes of its class and subject between its ends, both included', () => {
		const [range] = aliasCodes('4.7.500-699').ranges;
		if (!range) throw new Error('no range read');
		for (const code of ['4.7.500', '4.7.550', '4.7.699', '4.07.600']) {
			expect(inRange(range, code), code).toBe(true);
		}
		for (const code of ['4.7.499', '4.7.700', '5.7.550', '4.70.550', '4.7', 'other']) {
			expect(inRange(range, code), code).toBe(false);
		}
	});

	it('resolves a code of the range to the entry that lists it, in either class, as a range', () => {
		const index = indexCodes(catalog);
		expect(index.resolve('4.7.550')).toEqual({ entry: entry('4.7.500'), via: 'range' });
		expect(index.resolve('4.7.899')).toEqual({ entry: entry('4.7.500'), via: 'range' });
		expect(index.resolve('5.7.550')).toEqual({ entry: entry('4.7.500'), via: 'range' });
		expect(index.resolve('5.7.620')).toEqual({ entry: entry('5.7.606'), via: 'range' });
		// A code the range starts with is the entry's own alias.
		expect(index.resolve('4.7.500')).toEqual({ entry: entry('4.7.500'), via: 'code' });
		expect(index.resolve('4.7.700')).toBeNull();
	});
});

describe('the transient and permanent forms of a code', () => {
	const failures = catalog.map((e) => e.code).filter((code) => /^[45]\./.test(code));

	it('swaps the class back and forth to the same code', () => {
		expect(failures.length).toBeGreaterThan(10);
		for (const code of failures) {
			const swapped = otherClass(code);
			expect(swapped, code).not.toBeNull();
			expect(swapped, code).not.toBe(code);
			expect(swapped === null ? null : otherClass(swapped), code).toBe(code);
		}
		expect(otherClass('2.0.0')).toBeNull();
		expect(otherClass('other')).toBeNull();
	});

	it('gives the same queued form to both classes, and keeps it on a second pass', () => {
		for (const code of failures) {
			const queued = queuedForm(code);
			expect(queued.startsWith('4.'), code).toBe(true);
			expect(queuedForm(queued), code).toBe(queued);
			const swapped = otherClass(code);
			expect(swapped === null ? null : queuedForm(swapped), code).toBe(queued);
		}
		expect(queuedForm('5.4.316')).toBe('4.4.316');
		expect(queuedForm('4.4.316')).toBe('4.4.316');
		expect(queuedForm('2.0.0')).toBe('2.0.0');
	});
});
