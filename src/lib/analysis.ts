/**
 * Everything read from a paste in one call: the NDR parser's diagnosis and the findings of the
 * command output in it. Pure and self-contained, so that it runs the same in the page and in the
 * worker that reads large pastes off the main thread (state/paste.worker.ts).
 */
import type { CatalogIndex } from './catalog/lookup';
import { expectedNameOf, linesOf, readEvidenceSteps, type Finding } from './evidence';
import { preflightOf, withPreflight, type Preflight } from './preflight';
import { parsePasteSteps, type Diagnosis } from './parse';
import { MAX_INPUT, readAsPaste } from './parse/input';
import { readInput, type Arrival, type Reading, type ReadTools } from './reading';
import { proofOf, type WizardTools } from './reading/proof';
import { runSteps, type Steps } from './reading/steps';

export interface PasteAnalysis {
	readonly diagnosis: Diagnosis;
	/** The findings of the text readers (pasted PEM certificates are read apart, on demand). */
	readonly findings: readonly Finding[];
	/** The name pasted certificates must cover, as far as the text says (see `expectedNameOf`). */
	readonly expectedName: string | null;
	/** The certificate renewal checklist of pasted Exchange lists (lib/preflight), or null. */
	readonly preflight: Preflight | null;
}

/** Reads a paste: its diagnosis, then its command output judged on `now`. */
export function analyzePaste(text: string, now: Date): PasteAnalysis {
	return runSteps(analyzePasteSteps(text, now));
}

/**
 * `analyzePaste` in steps (lib/reading/steps.ts), for a page that reads a large paste itself (the
 * single file has no worker): it yields between the parser's phases and after each evidence
 * reader, so the page can paint and answer input between them (state/analyzer.ts schedules them).
 */
export function* analyzePasteSteps(text: string, now: Date): Steps<PasteAnalysis> {
	// The readers get what the parser reads: 20 MB pasted cost every reader's markers a pass.
	const input = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
	const diagnosis = yield* parsePasteSteps(input);
	yield;
	const context = {
		expectedName: diagnosis.tls?.expected ?? null,
		ndr: { ip: diagnosis.ip, present: diagnosis.primary !== null }
	};
	const read = yield* readEvidenceSteps(input, now, context);
	yield;
	// The renewal checklist, a step of its own; its failures are findings like the readers' (the
	// verdict, the first step, the ticket).
	const preflight = preflightOf(input, () => linesOf(input), now);
	const findings = withPreflight(read, preflight);
	return { diagnosis, findings, expectedName: expectedNameOf(findings, context), preflight };
}

/** The date pastes are judged on (certificate validity): the moment they are read. */
export function readingDate(): Date {
	return new Date();
}

/** What `readText` needs: the search, the catalog and, to open the wizard prefilled, its tree. */
export interface TextTools extends ReadTools {
	readonly index: Pick<CatalogIndex, 'resolve' | 'cause'>;
	readonly wizard: WizardTools | null;
	readonly now: Date;
}

/**
 * The whole reading of a text at once (`readInput`): a paste, or text shaped like one (`readAsPaste`),
 * is read by the paste reader first; then its words are searched, whatever its shape. The page runs
 * the same steps apart (the paste reader may run in a worker; pasted certificates are read later).
 */
export function readText(text: string, arrival: Arrival, tools: TextTools): Reading {
	const parsed = arrival === 'pasted' || readAsPaste(text) ? analyzePaste(text, tools.now) : null;
	const proof = parsed ? proofOf(parsed, tools.index, tools.wizard) : null;
	return readInput(text, arrival, proof, tools);
}
