/**
 * Everything read from a paste in one call: the NDR parser's diagnosis and the findings of the
 * command output in it. Pure and self-contained, so that it runs the same in the page and in the
 * worker that reads large pastes off the main thread (state/paste.worker.ts).
 */
import { expectedNameOf, readEvidence, type Finding } from './evidence';
import { parsePaste, type Diagnosis } from './parse';

export interface PasteAnalysis {
	readonly diagnosis: Diagnosis;
	/** The findings of the text readers (pasted PEM certificates are read apart, on demand). */
	readonly findings: readonly Finding[];
	/** The name pasted certificates must cover, as far as the text says (see `expectedNameOf`). */
	readonly expectedName: string | null;
}

/** Reads a paste: its diagnosis, then its command output judged on `now`. */
export function analyzePaste(text: string, now: Date): PasteAnalysis {
	const diagnosis = parsePaste(text);
	const context = { expectedName: diagnosis.tls?.expected ?? null };
	const findings = readEvidence(text, now, context);
	return { diagnosis, findings, expectedName: expectedNameOf(findings, context) };
}

/** The date pastes are judged on (certificate validity): the moment they are read. */
export function readingDate(): Date {
	return new Date();
}
