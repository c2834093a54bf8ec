/**
 * Where on the way delivery broke. Microsoft 365 hands a message to the destination in stages, each
 * one possible only once the previous one passed: the name lookup, the TCP connection on port 25,
 * the SMTP greeting, STARTTLS and the TLS handshake, the certificate check, the transfer itself.
 * Each connector error fails at one stage (the causes Microsoft gives each code, docs/sources.md:
 * Mail flow intelligence); pasted command output and the wizard's
 * answers tell more. Pure: the picture is drawn by a component from these states.
 */
import type { Finding, FindingId } from '../evidence/types';

export const STAGES = ['dns', 'tcp', 'smtp', 'tls', 'certificate', 'transfer'] as const;
export type Stage = (typeof STAGES)[number];

/** `data-state` of a stage: `unknown` covers "not reached" (after a failed stage) too. */
export type StageState = 'passed' | 'failed' | 'unknown';
export type PathStates = Readonly<Record<Stage, StageState>>;

/**
 * The stages each connector error may fail at: one, except 4.4.317, which covers the SMTP greeting
 * and STARTTLS alike (its detail tells which). The first is where the code alone places the failure.
 */
const FAILED_AT: Readonly<Record<string, readonly Stage[]>> = {
	'4.4.312': ['dns'],
	'4.4.315': ['tcp'],
	'4.4.316': ['tcp'],
	'4.4.317': ['smtp', 'tls'],
	'4.7.320': ['certificate'],
	'4.4.318': ['transfer']
};

/**
 * What each code says of the stages before the one it fails at. 4.4.318 cuts a session that was
 * open, so the greeting passed; whether TLS was used depends on the connector, so it stays unknown.
 */
const PASSED_BEFORE: Readonly<Record<string, readonly Stage[]>> = {
	'4.4.312': [],
	'4.4.315': ['dns'],
	'4.4.316': ['dns'],
	'4.4.317': ['dns', 'tcp'],
	'4.7.320': ['dns', 'tcp', 'smtp', 'tls'],
	'4.4.318': ['dns', 'tcp', 'smtp']
};

const ALL_UNKNOWN: PathStates = {
	dns: 'unknown',
	tcp: 'unknown',
	smtp: 'unknown',
	tls: 'unknown',
	certificate: 'unknown',
	transfer: 'unknown'
};

/** The stages a code may fail at (empty for a code that is not a connector error). */
function failureSpan(code: string | null): readonly Stage[] {
	return code !== null && Object.hasOwn(FAILED_AT, code) ? (FAILED_AT[code] ?? []) : [];
}

/** The stage a code alone places the failure at, or null for a code that is not a connector error. */
function failedStageOf(code: string | null): Stage | null {
	return failureSpan(code)[0] ?? null;
}

/** The stages as a connector error code tells them (all unknown for any other code). */
export function statesForCode(code: string | null): PathStates {
	const failed = failedStageOf(code);
	if (code === null || failed === null) return ALL_UNKNOWN;
	const states: Record<Stage, StageState> = { ...ALL_UNKNOWN, [failed]: 'failed' };
	for (const stage of PASSED_BEFORE[code] ?? []) states[stage] = 'passed';
	return states;
}

/** The stage a finding is about and what it says of it; null for findings about no stage. */
const FINDING_STAGE: Partial<Record<FindingId, readonly [Stage, StageState]>> = {
	'dns-resolved': ['dns', 'passed'],
	'dns-nxdomain': ['dns', 'failed'],
	'dns-servfail': ['dns', 'failed'],
	'dns-no-records': ['dns', 'failed'],
	'dns-timeout': ['dns', 'failed'],
	'tcp-name-unresolved': ['dns', 'failed'],
	'tcp-open': ['tcp', 'passed'],
	'tcp-refused': ['tcp', 'failed'],
	'tcp-timeout': ['tcp', 'failed'],
	'tcp-failed': ['tcp', 'failed'],
	'smtp-banner-ok': ['smtp', 'passed'],
	'smtp-banner-error': ['smtp', 'failed'],
	'smtp-busy': ['smtp', 'failed'],
	'starttls-offered': ['smtp', 'passed'],
	'smtp-inspection': ['tls', 'failed'],
	'starttls-missing': ['tls', 'failed'],
	'starttls-required': ['tls', 'failed'],
	'tls-ok': ['tls', 'passed'],
	'tls-handshake-failed': ['tls', 'failed'],
	'tls-old-version': ['tls', 'failed'],
	'receive-connector-no-tls': ['tls', 'failed'],
	'cert-ok': ['certificate', 'passed'],
	'cert-expired': ['certificate', 'failed'],
	'cert-not-yet-valid': ['certificate', 'failed'],
	'cert-name-mismatch': ['certificate', 'failed'],
	'cert-self-signed': ['certificate', 'failed'],
	'cert-untrusted': ['certificate', 'failed'],
	'cert-chain-incomplete': ['certificate', 'failed'],
	'cert-revocation-failed': ['certificate', 'failed'],
	// A server log (src/lib/logs): Microsoft 365's session failed TLS there, or never got there.
	'log-tls-failed': ['tls', 'failed'],
	'log-starttls-missing': ['tls', 'failed'],
	'log-no-m365-session': ['tcp', 'failed']
};

/**
 * The stages as a paste tells them: the error's code first, then what the command output proves (a
 * finding overrides the code: a refused port is a failed connection whatever the code said). A stage
 * after the first failed one is not reached, so it is unknown, even when a finding tested it on its
 * own: a valid certificate behind a missing STARTTLS is never checked by Microsoft 365.
 */
export function statesForPaste(code: string | null, findings: readonly Finding[]): PathStates {
	const states: Record<Stage, StageState> = { ...statesForCode(code) };
	const fromFindings = new Map<Stage, StageState>();
	for (const finding of findings) {
		const said = FINDING_STAGE[finding.id];
		if (said === undefined) continue;
		const [stage, state] = said;
		// One failing test is enough to call the stage failed.
		if (fromFindings.get(stage) !== 'failed') fromFindings.set(stage, state);
	}
	for (const [stage, state] of fromFindings) states[stage] = state;
	// A test that got as far as a stage went through the ones before it: a TLS handshake that passed
	// (or a greeting that failed) was a session, so the port opened and the server greeted. The name
	// lookup stays as said (the test may have named an address), and a certificate finding proves
	// nothing of the kind (a pasted PEM was never fetched).
	const reached = STAGES.filter(
		(stage) =>
			stage !== 'certificate' &&
			(fromFindings.get(stage) === 'passed' ||
				(fromFindings.has(stage) && stage !== 'dns' && stage !== 'tcp'))
	).map((stage) => STAGES.indexOf(stage));
	const deepest = reached.length > 0 ? Math.max(...reached) : -1;
	for (const stage of STAGES.slice(1, Math.max(1, deepest))) {
		if (states[stage] === 'unknown') states[stage] = 'passed';
	}
	return notReachedAfterFailure(states);
}

/** Every stage after the first failed one becomes unknown: delivery never got there. */
function notReachedAfterFailure(states: PathStates): PathStates {
	const result: Record<Stage, StageState> = { ...states };
	const first = STAGES.findIndex((stage) => states[stage] === 'failed');
	if (first >= 0) for (const stage of STAGES.slice(first + 1)) result[stage] = 'unknown';
	return result;
}

/** The first failed stage, or null. */
export function failedStage(states: PathStates): Stage | null {
	return STAGES.find((stage) => states[stage] === 'failed') ?? null;
}

/**
 * The stages during the wizard. The code places the failure; where it may fail at more than one
 * stage (4.4.317), a stage whose causes were all ruled out has passed and the failure moves on. Out
 * of the code's stages, a stage whose causes in scope were all ruled out has passed. At a confirmed
 * or likely conclusion, the cause's stage is where it broke (never before the code's own stage: the
 * code proves the earlier ones passed).
 *
 * @param stageOf - the stage of each cause (causes without one, such as the partner's server, play
 *   no part)
 * @param inScope - the causes the wizard started with (the code's, or all of them)
 * @param ruledOut - the causes the answers ruled out
 * @param concluded - the cause a confirmed or likely conclusion names; null otherwise
 */
export function statesForWizard(
	code: string | null,
	stageOf: (cause: string) => Stage | null,
	inScope: readonly string[],
	ruledOut: readonly string[],
	concluded: string | null
): PathStates {
	const states: Record<Stage, StageState> = { ...statesForCode(code) };
	const excluded = new Set(ruledOut);
	const cleared = (stage: Stage) => {
		const causes = inScope.filter((cause) => stageOf(cause) === stage);
		return causes.length > 0 && causes.every((cause) => excluded.has(cause));
	};
	const span = failureSpan(code);
	const failing = span.find((stage) => !cleared(stage)) ?? span.at(-1) ?? null;
	for (const stage of STAGES) {
		if (span.includes(stage)) states[stage] = stage === failing ? 'failed' : 'unknown';
		if (states[stage] === 'unknown' && cleared(stage)) states[stage] = 'passed';
	}
	const own = concluded === null ? null : stageOf(concluded);
	if (own !== null) {
		const floor = failing === null ? 0 : STAGES.indexOf(failing);
		const broke = STAGES[Math.max(STAGES.indexOf(own), floor)] ?? own;
		for (const stage of STAGES.slice(0, STAGES.indexOf(broke))) {
			if (states[stage] === 'failed') states[stage] = 'passed';
		}
		states[broke] = 'failed';
	}
	return notReachedAfterFailure(states);
}
