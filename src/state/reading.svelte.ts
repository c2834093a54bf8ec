import { analyzePaste, readingDate, type PasteAnalysis } from '../lib/analysis';
import { hasPem, mergeFindings, readPemEvidence, type Finding } from '../lib/evidence';
import { pasteAnalyzer } from './analyzer';
import { PREVIEW_CHARS } from './paste.svelte';

/**
 * What a paste says, as it becomes known: a small paste is read at once, in the page; a large one
 * in the worker (state/analyzer.ts); pasted PEM certificates once their parser has loaded.
 * Create it during a component's initialisation: its effects live as long as the component.
 */
export class PasteReading {
	readonly #text: () => string;
	// Raw: a paste of 50,000 dig lines gives tens of thousands of findings, and a deep proxy made
	// every read of them go through Svelte's traps (they are replaced whole, never changed).
	#aside = $state.raw<{ for: string; analysis: PasteAnalysis } | null>(null);
	#pem = $state.raw<{ for: string; findings: readonly Finding[] } | null>(null);
	/** The text whose certificates could not be read because their reader did not load. */
	#pemFailedFor = $state<string | null>(null);
	/** Bumped by `retryPem`, so the certificate reader is asked for again. */
	#pemAttempt = $state(0);

	/** True while the text is read off the main thread. */
	readonly offThread = $derived.by(() => this.#text().length > PREVIEW_CHARS);
	readonly #inPage = $derived.by(() =>
		this.offThread ? null : analyzePaste(this.#text(), readingDate())
	);
	/** The diagnosis and the text findings, or null while the worker reads. */
	readonly analysis = $derived.by(() => {
		const aside = this.#aside;
		return this.#inPage ?? (aside !== null && aside.for === this.#text() ? aside.analysis : null);
	});
	/** True while a pasted certificate is being read. */
	readonly pemPending = $derived.by(
		() =>
			this.analysis !== null &&
			hasPem(this.#text()) &&
			this.#pem?.for !== this.#text() &&
			this.#pemFailedFor !== this.#text()
	);
	/** True when the certificate reader (a part loaded on demand) could not be loaded. */
	readonly pemFailed = $derived.by(() => this.#pemFailedFor === this.#text());
	/** Every finding: the text readers', and the certificates' once read. */
	readonly findings = $derived.by(() => {
		const pem = this.#pem;
		const text = this.analysis?.findings ?? [];
		return mergeFindings(text, pem !== null && pem.for === this.#text() ? pem.findings : []);
	});

	/** Asks for the certificate reader again after it failed to load. */
	retryPem(): void {
		this.#pemFailedFor = null;
		this.#pemAttempt++;
	}

	/** @param text - the pasted text to read (a getter: it changes) */
	constructor(text: () => string) {
		this.#text = text;
		$effect(() => {
			if (!this.offThread) return;
			const current = this.#text();
			let live = true;
			void pasteAnalyzer.analyze(current, readingDate()).then((analysis) => {
				if (live) this.#aside = { for: current, analysis };
			});
			return () => {
				live = false;
			};
		});
		$effect(() => {
			void this.#pemAttempt;
			if (!this.pemPending) return;
			const current = this.#text();
			const expected = this.analysis?.expectedName ?? null;
			let live = true;
			readPemEvidence(current, readingDate(), expected).then(
				(findings) => {
					if (live) this.#pem = { for: current, findings };
				},
				() => {
					// Offline before the reader was cached, or a deploy removed it: said, with a retry.
					if (live) this.#pemFailedFor = current;
				}
			);
			return () => {
				live = false;
			};
		});
	}
}
