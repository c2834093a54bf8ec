import { proof, type Finding, type FindingId } from './types';

/**
 * The findings of one reader's pass over a paste, in text order, each fact once: the same id,
 * subject (case aside) and detail are not reported twice. With `perName`, one finding per id and
 * subject, whatever its detail (the first answer for a name, say).
 */
export class Findings {
	readonly list: Finding[] = [];
	readonly #seen = new Set<string>();

	add(
		id: FindingId,
		line: string,
		subject: string | null,
		detail: string | null,
		perName = false
	): void {
		const key = [id, subject?.toLowerCase() ?? '', perName ? '' : (detail ?? '')].join('\n');
		if (this.#seen.has(key)) return;
		this.#seen.add(key);
		this.list.push({
			id,
			line: proof(line),
			...(subject === null ? {} : { subject }),
			...(detail === null ? {} : { detail })
		});
	}
}
