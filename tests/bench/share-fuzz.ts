import fc from 'fast-check';
import { shareableQuery } from '../../src/lib/route/share';
import { leakyQueryArb, leaks, plainQueryArb, SENSITIVE_FORMS } from '../fixtures/sensitive';

/**
 * The sharing rule (src/lib/route/share.ts) under fuzzing (issue 26): of generated queries that
 * hold hosts, addresses or mailboxes glued into words in the ways admins and tools write them, how
 * many keep one in the shared form; of the listed forms, how many leak; of plain queries (prose and
 * codes), how many lose a word. Same seed every run. Reported by `npm run bench`, not asserted
 * (tests/unit/share.test.ts asserts none leaks).
 */
export function measure(rule: (text: string) => string = shareableQuery, runs = 78_369) {
	const leaky = fc.sample(leakyQueryArb, { numRuns: runs, seed: 26 });
	const leaked = leaky.filter(({ query, secrets }) =>
		secrets.some((secret) => leaks(rule(query), secret))
	);
	const forms = SENSITIVE_FORMS.filter(({ query, secret }) => leaks(rule(query), secret));
	const plain = fc.sample(plainQueryArb, { numRuns: 10_000, seed: 26 });
	const changed = plain.filter((query) => rule(query) !== query);
	return {
		generated: runs,
		leaked: leaked.length,
		forms: SENSITIVE_FORMS.length,
		formsLeaked: forms.map((form) => form.query),
		plain: plain.length,
		plainChanged: changed.length,
		example: leaked.slice(0, 3).map(({ query }) => [query, rule(query)])
	};
}

export function run(): string {
	const start = performance.now();
	const m = measure();
	const ms = performance.now() - start;
	return [
		'sharing rule, fuzzed (seed 26):',
		`  ${m.leaked} of ${m.generated} generated queries kept a host, address or mailbox`,
		`  ${m.formsLeaked.length} of ${m.forms} listed forms leaked${m.formsLeaked.length ? `: ${m.formsLeaked.join(' | ')}` : ''}`,
		`  ${m.plainChanged} of ${m.plain} plain queries (words and codes) not shared whole`,
		`  ${ms.toFixed(0)} ms in all`
	].join('\n');
}
