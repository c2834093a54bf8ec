/**
 * The wizard tree's schema, as types. The tree is data (`content/wizard.yaml`): questions in priority
 * order, each saying which causes it is about and what every answer does to the causes in play. The
 * engine (`engine.ts`) asks the first unanswered question that is about a cause still in play;
 * `graph.ts` checks the whole tree by exploring every answer path.
 *
 * Causes and codes are referred to by the catalog's ids only: titles, fixes and verification commands
 * come from the catalog, never from the tree.
 */
import type { Localized } from '../catalog/types';
import type { Stage } from '../path';

/** The id every question uses for "I don't know / I can't check": it may reorder, never decide. */
export const UNKNOWN_ANSWER = 'unknown';

/** What choosing an answer does to the causes in play. Effects on causes not in play are ignored. */
export interface Effect {
	/** Causes this answer points to: they stay in play and each rises one point in the ranking. */
	readonly keep?: readonly string[];
	/** Causes this answer excludes: they leave play, with this answer recorded as the reason. */
	readonly ruleOut?: readonly string[];
	/** Causes this answer establishes: the first one still in play ends the wizard at once. */
	readonly confirm?: readonly string[];
	/**
	 * A catalog code (a key of `causesByCode`): narrows the scope to that entry's causes plus the tree's
	 * `alwaysInPlay`, exactly as starting from that entry would. Used by the "which error?" question.
	 */
	readonly code?: string;
	/**
	 * Who owns the destination: scope, never a cause. It changes who acts and which texts are shown
	 * (the partner's part of the entry), never which causes are in play; the questions go on.
	 */
	readonly owner?: Owner;
}

/** Who owns the destination server: the tenant itself or a partner (a third party). */
export type Owner = 'own' | 'partner';

/**
 * What an answer rests on:
 * - `observed`: something read from the failing path or from the output of a check run now (the
 *   error's [Message=…] detail, LastAttemptedIP, the connector the alert, the Queued messages report
 *   or Get-OutboundConnectorReport names, trace details, a log line at the failure times, the reply
 *   of the server to a test, a finding of pasted output);
 * - `belief`: what the admin knows, remembers or reads from the configuration ("no firewall
 *   inspects SMTP", "UseMXRecord is True", "nothing changed"): it is shown as their answer and may
 *   rank a cause, never confirm or rule one out.
 */
export type Evidence = 'observed' | 'belief';

/**
 * A specific case an observed answer identifies within a catalog cause (an AAAA record that leads to
 * another host, a trusted root missing on-premises): when the conclusion leads with one of `causes`,
 * it names the case and gives its own fix as the first step, before the cause's general steps.
 */
export interface Case {
	/** The causes (among those the answer keeps or confirms) whose conclusion names this case. */
	readonly causes: readonly string[];
	readonly title: Localized;
	/** Its own fix: the conclusion's first step, in place of the cause's general one. */
	readonly fix: Localized;
	/** A command id (the catalog's command list) shown with that first step, if any. */
	readonly command?: string;
}

/** One answer to a question. */
export interface Answer {
	/** Unique within its question; lowercase letters, digits, '-' and '.' (it appears in the URL). */
	readonly id: string;
	readonly label: Localized;
	readonly effect: Effect;
	/** What the answer rests on; absent only on "I don't know" (and in small test trees: observed). */
	readonly evidence?: Evidence;
	/** The specific case this answer identifies, named by the conclusion (see `Case`). */
	readonly case?: Case;
}

/** One question of the tree. */
export interface Question {
	/** Unique, kebab-case, stable: it appears in the URL. */
	readonly id: string;
	readonly text: Localized;
	/** Where to look or how to check, when the question alone is not enough. */
	readonly help?: Localized;
	/** Command ids (the catalog's command list) the UI shows beside the question. */
	readonly commands?: readonly string[];
	/** The stage of the delivery the question probes (highlighted in the picture), if any. */
	readonly stage?: Stage;
	/**
	 * True when the error (or the alert, or message trace) itself answers it: such questions cost
	 * nothing and come before the checks, whatever they separate.
	 */
	readonly fromError?: boolean;
	/**
	 * The causes this question is about: it is asked only while one of them is in play. Its answers
	 * may also rule out other causes as a side effect (a name that does not resolve excludes every
	 * cause that needs a connection), which does not make the question worth asking by itself.
	 * Empty for the scope question (who owns the destination), whose answers set `owner`.
	 */
	readonly appliesTo: readonly string[];
	readonly answers: readonly Answer[];
	/**
	 * Wording for one code, where the question's own reads wrong for it (the scope question asks
	 * about a connector's destination; for 5.7.64 the sender is what someone owns). The engine
	 * shows it while that code is in scope (`scopeQuestion`); the effects stay the question's.
	 */
	readonly byCode?: Readonly<Record<string, QuestionWording>>;
}

/** A question's text for one code: its text, help and the labels of some answers, by answer id. */
export interface QuestionWording {
	readonly text: Localized;
	readonly help?: Localized;
	readonly labels?: Readonly<Record<string, Localized>>;
}

/**
 * A cause whose gated fix steps (they stop mail flow, say) appear only once this answer was given:
 * the answer that confirms it.
 */
export interface GateRef {
	readonly cause: string;
	readonly question: string;
	readonly answer: string;
}

/** The whole tree. */
export interface WizardTree {
	/**
	 * The code question first, then the scope question; of the others the engine asks the one that
	 * best separates the causes in play, ties going to the earlier one (cheaper checks come first).
	 */
	readonly questions: readonly Question[];
	/** Causes in play whatever the code, after the code's own causes (none today). */
	readonly alwaysInPlay: readonly string[];
	/**
	 * After this many answers in a row to questions about causes that decided nothing ("I don't
	 * know", or answers that only rank), the wizard concludes with the causes ranked and the checks
	 * still to run, rather than asking on.
	 */
	readonly stopAfterIdle?: number;
	/**
	 * Each code's "something not listed here" cause (a key of `causesByCode` to one of its causes),
	 * and the one that stands for them all while no code is known. Such a cause is never asked about
	 * nor ruled out: it closes every conclusion, so that no path ends with nothing to do, and it is
	 * the conclusion when the answers rule out every listed cause. Optional for small test trees.
	 */
	readonly unlisted?: {
		readonly byCode: Readonly<Record<string, string>>;
		readonly withoutCode: string;
	};
	/** Causes whose gated fix steps wait for a confirming answer. */
	readonly gates?: readonly GateRef[];
}

/**
 * The causes of each catalog entry the wizard covers, in the catalog's order (first = most likely):
 * the connector entries and "other". Derived from the catalog by the UI; passed in so the engine can
 * be tested with a tiny tree.
 */
export type CausesByCode = Readonly<Record<string, readonly string[]>>;

/** One given answer. */
export interface AnswerRef {
	readonly question: string;
	readonly answer: string;
}

/** Where the user is: the entry they started from (null: from scratch) and their answers in order. */
export interface WizardState {
	readonly from: string | null;
	readonly answers: readonly AnswerRef[];
}
