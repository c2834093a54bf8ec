/**
 * What a read text proves: the paste reader's diagnosis and findings, what they point to and the
 * wizard they open. Loaded with the paste reader, not with the first screen.
 */
import type { CatalogIndex } from '../catalog/lookup';
import type { Entry } from '../catalog/types';
import { codesFromFindings, factsFromProved, provedAnswers } from '../evidence/effects';
import type { ProvedAnswer } from '../evidence/effects';
import type { Finding } from '../evidence/types';
import type { Diagnosis } from '../parse/types';
import { pasteResults } from '../search/paste';
import type { SearchResult } from '../search/result';
import { factsFromDiagnosis, prefill } from '../wizard/prefill';
import type { CausesByCode, WizardState, WizardTree } from '../wizard/types';

/** What the paste reader made of a text (lib/analysis.ts `analyzePaste`). */
export interface Analysis {
	readonly diagnosis: Diagnosis;
	/** Every finding: the text readers' and, once read, the pasted certificates'. */
	readonly findings: readonly Finding[];
}

/** What a read text proves, for the Detected panel and the wizard opened from it. */
export interface Proof {
	readonly diagnosis: Diagnosis;
	readonly findings: readonly Finding[];
	/** The entries the findings point to (an expired certificate: 4.7.320), most telling first. */
	readonly findingCodes: readonly string[];
	/** The wizard answers the findings prove. */
	readonly proved: readonly ProvedAnswer[];
	/**
	 * The wizard's entry: the error's own code, else the first code the findings point to, else the
	 * entry of the likeliest cause the details point to.
	 */
	readonly wizardFrom: string | null;
	/** The wizard's state with what the text proves already answered, or null with nothing to ask. */
	readonly wizard: WizardState | null;
	/** What the text names for the verification commands' placeholders: host, ip, port. */
	readonly values: Readonly<Record<string, string>>;
	/** The entries the proof points to, in the order it tells its story (`pasteResults`). */
	readonly results: readonly SearchResult<Entry>[];
}

/** The wizard's tree and the causes of each entry it covers: to open it prefilled. */
export interface WizardTools {
	readonly tree: WizardTree;
	readonly causes: CausesByCode;
}

/**
 * What an analysis proves, with the wizard state it opens (what the diagnosis and the findings
 * settle already answered) and the values the verification commands' placeholders take.
 */
export function proofOf(
	analysis: Analysis,
	index: Pick<CatalogIndex, 'resolve' | 'cause'>,
	wizardTools: WizardTools | null
): Proof {
	const { diagnosis: d, findings } = analysis;
	const findingCodes = codesFromFindings(findings);
	const proved = provedAnswers(findings);
	const entry = d.primary ? index.resolve(d.primary.code)?.entry : undefined;
	const covered = (code: string | undefined): code is string =>
		code !== undefined && wizardTools !== null && Object.hasOwn(wizardTools.causes, code);
	// With no code of its own (a SubjectMismatch detail alone), the entry of its likeliest cause.
	const causeCodes = d.causes.map((id) => index.cause(id)?.entry.code);
	const wizardFrom = [entry?.code, ...findingCodes, ...causeCodes].find(covered) ?? null;
	const opens = wizardFrom !== null || d.causes.length > 0;
	const wizard =
		wizardTools && opens
			? prefill(wizardTools.tree, wizardTools.causes, wizardFrom, {
					...factsFromDiagnosis(d),
					...factsFromProved(proved)
				})
			: null;
	const values: Record<string, string> = {};
	if (d.host) values['host'] = d.host;
	if (d.ip) values['ip'] = d.ip;
	if (d.port) values['port'] = String(d.port);
	const results = pasteResults(d, index, findingCodes);
	return { diagnosis: d, findings, findingCodes, proved, wizardFrom, wizard, values, results };
}
