import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bench, describe } from 'vitest';
import { parsePaste } from '../../src/lib/parse';
import * as formats from '../fixtures/formats';
import { prng, randomFrom } from '../fixtures/random';

// Target: well under 50 ms per megabyte. Run: npx vitest bench --run tests/bench/parse.bench.ts

const MEGABYTE = 1_000_000;
const CORPUS_DIR = resolve(import.meta.dirname, '../fixtures/sisimai');

/** 1 MB of mixed text: the real formats, prose, addresses, version numbers and random noise. */
function mixedText(): string {
	const next = prng(42);
	const pieces = [
		...Object.values(formats),
		'Received: from mail.example.org (192.0.2.23) by EX01 (10.1.1.3) with Microsoft SMTP Server id 15.20.0863.000',
		'X-Forefront-Antispam-Report: SFV:NSPM;PTR:InfoNoRecords;SFS:(10019020)(4630300001);',
		'Diagnostic information for administrators:',
		'Il messaggio non è stato recapitato 🙂 — réessayez plus tard, version 5.5.2657.72',
		'&lt;kijitora@example.jp&gt; =3D <br> [Message=',
		'4.4.4.4.4.4.4.4 12.345.6.7890 2024-04-29T23:34:45.000Z'
	];
	const noise = 'abcdefghijklmnopqrstuvwxyz0123456789.... \t=<>&;:[]{}';
	const out: string[] = [];
	let size = 0;
	while (size < MEGABYTE) {
		let piece: string;
		if (next() < 0.5) {
			piece = pieces[Math.floor(next() * pieces.length)] ?? '';
		} else {
			piece = randomFrom(next, 80, noise);
		}
		out.push(piece);
		size += piece.length + 1;
	}
	return out.join('\n').slice(0, MEGABYTE);
}

/** A real NDR whose returned original message is padded to 1 MB, as with a large attachment. */
function bigNdr(): string {
	const ndr = readFileSync(resolve(CORPUS_DIR, 'lhost-office365-08.eml'), 'utf8');
	const cut = ndr.lastIndexOf('\n--ba016ad5-e34f-4e12-b45d-abfd610b3b50--');
	const filler = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n';
	const padding = filler.repeat(Math.ceil((MEGABYTE - ndr.length) / filler.length));
	return `${ndr.slice(0, cut)}\n${padding}${ndr.slice(cut)}`;
}

const mixed = mixedText();
const ndr = bigNdr();

describe('parsePaste on 1 MB', () => {
	bench('mixed text (formats, prose, traps, noise)', () => {
		parsePaste(mixed);
	});

	bench('an NDR with a 1 MB returned message', () => {
		parsePaste(ndr);
	});
});
