/**
 * Pasted PEM certificates, decoded offline. The DER decoding is asn1js's (PeculiarVentures, the
 * decoder under pkijs and @peculiar/x509) with its limits for untrusted input; this module only walks
 * the fixed shape of an X.509 certificate (RFC 5280 §4.1) for the fields the checks need. It is
 * imported dynamically, when a paste holds a BEGIN CERTIFICATE line, so the first visit does not
 * download it.
 */
import {
	BitString,
	BaseBlock,
	Boolean as Asn1Boolean,
	Constructed,
	fromBER,
	GeneralizedTime,
	Integer,
	ObjectIdentifier,
	OctetString,
	UTCTime
} from 'asn1js';
import { nameCovers, type CertificateFacts } from './certcheck';

/** Certificates read from one paste: a server chain is a handful, never dozens. */
const MAX_CERTIFICATES = 20;
/** Base64 characters read per PEM block (a certificate with thousands of names stays below it). */
const MAX_PEM_CHARS = 1_000_000;
/**
 * Subject alternative names decoded per certificate; the rest are counted, and only one that could
 * cover the expected name (by its length) is decoded to check it.
 */
export const MAX_NAMES = 1_000;
/**
 * Limits handed to the DER decoder, so a crafted blob cannot make it work without end. Contents of
 * OCTET and BIT STRINGs are not decoded on the way (`parseEmbedded`): this module decodes the few
 * it needs itself. Decoding them all made a certificate with 10,000 names take 485 ms in a page.
 */
const DECODER_LIMITS = {
	maxDepth: 32,
	maxNodes: 10_000,
	maxContentLength: 1_000_000,
	parseEmbedded: false
};

const PEM_BEGIN = '-----BEGIN CERTIFICATE-----';
const PEM_END = '-----END CERTIFICATE-----';

/**
 * Why a block could not be read, said in plain words on the page (`unreadableTexts` in
 * src/data/evidence-text.ts): not base64, too large for a certificate, not DER, DER but not a
 * certificate, a date that is not a date.
 */
export type Unreadable = 'not-base64' | 'too-large' | 'not-der' | 'not-certificate' | 'bad-time';

/** A block that could not be read: its BEGIN line's position (1-based line number) and why. */
export interface UnreadableBlock {
	readonly lineNumber: number;
	readonly reason: Unreadable;
}

/** What reading the paste's PEM blocks gave. */
export interface PemReading {
	readonly certificates: readonly CertificateFacts[];
	/** Blocks that could not be read, in order. */
	readonly unreadable: readonly UnreadableBlock[];
	/** True when the paste held more blocks than `MAX_CERTIFICATES`. */
	readonly truncated: boolean;
}

/** Short names of the attribute types a DN shows (RFC 4519). */
const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
	'2.5.4.3': 'CN',
	'2.5.4.5': 'serialNumber',
	'2.5.4.6': 'C',
	'2.5.4.7': 'L',
	'2.5.4.8': 'ST',
	'2.5.4.10': 'O',
	'2.5.4.11': 'OU',
	'1.2.840.113549.1.9.1': 'emailAddress',
	'0.9.2342.19200300.100.1.25': 'DC'
};

const SIGNATURE_NAMES: Readonly<Record<string, string>> = {
	'1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
	'1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
	'1.2.840.113549.1.1.10': 'RSASSA-PSS',
	'1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
	'1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
	'1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
	'1.2.840.10045.4.1': 'ecdsa-with-SHA1',
	'1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
	'1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
	'1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
	'1.3.101.112': 'Ed25519'
};

const RSA_KEY = '1.2.840.113549.1.1.1';
const EC_KEY = '1.2.840.10045.2.1';
const EC_CURVE_BITS: Readonly<Record<string, number>> = {
	'1.2.840.10045.3.1.7': 256,
	'1.3.132.0.34': 384,
	'1.3.132.0.35': 521
};
const SUBJECT_ALT_NAME = '2.5.29.17';
const BASIC_CONSTRAINTS = '2.5.29.19';

/**
 * Reads every PEM certificate block of a paste, in order (a server's chain starts with its own
 * certificate). `expectedName`, when known, is looked for among all of a certificate's names, the
 * ones past `MAX_NAMES` included. Never throws: a block that does not decode is reported by its line
 * number and the reason.
 */
export function readPemCertificates(text: string, expectedName: string | null = null): PemReading {
	const certificates: CertificateFacts[] = [];
	const unreadable: UnreadableBlock[] = [];
	let from = 0;
	let blocks = 0;
	let line = 1;
	let counted = 0;
	for (;;) {
		const begin = text.indexOf(PEM_BEGIN, from);
		if (begin < 0) break;
		const end = text.indexOf(PEM_END, begin + PEM_BEGIN.length);
		const stop = end < 0 ? text.length : end;
		from = end < 0 ? text.length : end + PEM_END.length;
		if (++blocks > MAX_CERTIFICATES) return { certificates, unreadable, truncated: true };
		line += linesBetween(text, counted, begin);
		counted = begin;
		const body = text.slice(begin + PEM_BEGIN.length, stop);
		const read =
			body.length > MAX_PEM_CHARS ? 'too-large' : decodeCertificate(body, line, expectedName);
		if (typeof read === 'string') unreadable.push({ lineNumber: line, reason: read });
		else certificates.push(read);
	}
	return { certificates, unreadable, truncated: false };
}

/** Line breaks in `text` from `start` to `end`: each block's line is counted on from the last. */
function linesBetween(text: string, start: number, end: number): number {
	let lines = 0;
	for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) lines++;
	return lines;
}

function decodeCertificate(
	base64: string,
	lineNumber: number,
	expectedName: string | null
): CertificateFacts | Unreadable {
	const bytes = fromBase64(base64.replace(/[\s>]/g, ''));
	if (bytes === null) return 'not-base64';
	if (bytes.length > DECODER_LIMITS.maxContentLength) return 'too-large';
	try {
		// asn1js throws on some contents it cannot convert (a GeneralizedTime of letters: "Wrong
		// input string for conversion"), and reports other errors in the result.
		const { result, offset } = fromBER(bytes, DECODER_LIMITS);
		if (offset < 0 || result.error !== '') return 'not-der';
		return certificateFields(result, lineNumber, expectedName);
	} catch (error) {
		if (error instanceof ShapeError) return error.reason;
		// asn1js's words for a date it cannot convert (the rest is DER it cannot decode).
		return error instanceof Error && /conversion/i.test(error.message) ? 'bad-time' : 'not-der';
	}
}
function fromBase64(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) return null;
	try {
		const binary = atob(text);
		const bytes = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
		return bytes;
	} catch {
		return null;
	}
}

/** A structure that decodes as DER but is not the certificate expected: why. */
class ShapeError extends Error {
	constructor(readonly reason: Unreadable) {
		super(reason);
	}
}

/** The children of a constructed block, or an error: the shape is not the one expected. */
function children(block: BaseBlock | undefined): BaseBlock[] {
	if (!(block instanceof Constructed)) throw new ShapeError('not-certificate');
	return block.valueBlock.value;
}

function oid(block: BaseBlock | undefined): string {
	if (!(block instanceof ObjectIdentifier)) throw new ShapeError('not-certificate');
	return block.getValue();
}

/** True for a context-specific tag [n] (RFC 5280 uses them for version and extensions). */
function isContext(block: BaseBlock | undefined, tag: number): boolean {
	return block !== undefined && block.idBlock.tagClass === 3 && block.idBlock.tagNumber === tag;
}

function certificateFields(
	root: BaseBlock,
	lineNumber: number,
	expectedName: string | null
): CertificateFacts {
	const [tbs, signatureAlgorithm] = children(root);
	const fields = children(tbs);
	// The version is an optional [0]: the fields after it move by one when it is there.
	const at = isContext(fields[0], 0) ? 1 : 0;
	const issuer = distinguishedName(fields[at + 2]);
	const [notBefore, notAfter] = children(fields[at + 3]).map(time);
	const subject = distinguishedName(fields[at + 4]);
	const key = publicKey(fields[at + 5]);
	const extensions = fields.slice(at + 6).find((block) => isContext(block, 3));
	const { dnsNames, nameCount, isCA } = readExtensions(extensions, expectedName);
	if (notBefore === undefined || notAfter === undefined) throw new ShapeError('bad-time');
	const sigOid = oid(children(signatureAlgorithm)[0]);
	return {
		subject: subject.text,
		issuer: issuer.text,
		commonName: subject.commonName,
		dnsNames,
		...(nameCount > dnsNames.length ? { nameCount } : {}),
		notBefore,
		notAfter,
		keyType: key.type,
		keyBits: key.bits,
		signatureAlgorithm: SIGNATURE_NAMES[sigOid] ?? sigOid,
		isCA,
		line: PEM_BEGIN,
		lineNumber
	};
}

function time(block: BaseBlock): Date {
	if (!(block instanceof UTCTime || block instanceof GeneralizedTime)) {
		throw new ShapeError('bad-time');
	}
	let date: Date;
	try {
		date = block.toDate();
	} catch {
		throw new ShapeError('bad-time');
	}
	if (Number.isNaN(date.getTime())) throw new ShapeError('bad-time');
	return date;
}

/** A Name (RFC 5280 §4.1.2.4) as "CN=…, O=…, C=…": most specific first, as RFC 4514 writes it. */
function distinguishedName(block: BaseBlock | undefined): {
	text: string;
	commonName: string | null;
} {
	const parts: string[] = [];
	let commonName: string | null = null;
	for (const rdn of children(block)) {
		for (const attribute of children(rdn)) {
			const [type, value] = children(attribute);
			const id = oid(type);
			const text = stringValue(value);
			if (id === '2.5.4.3' && commonName === null) commonName = text;
			parts.push(`${ATTRIBUTE_NAMES[id] ?? id}=${text}`);
		}
	}
	return { text: parts.reverse().join(', '), commonName };
}

/** The text of a directory string (UTF8String, PrintableString, IA5String, BMPString, …). */
function stringValue(block: BaseBlock | undefined): string {
	if (block === undefined) return '';
	// Every asn1js string type keeps its decoded text in `valueBlock.value`.
	const value: unknown = Reflect.get(block.valueBlock, 'value');
	return typeof value === 'string' ? value : '';
}

function publicKey(block: BaseBlock | undefined): { type: string; bits: number | null } {
	const [algorithm, key] = children(block);
	const [algorithmId, parameters] = children(algorithm);
	const id = oid(algorithmId);
	if (id === RSA_KEY && key instanceof BitString) {
		const { result } = fromBER(key.valueBlock.valueHexView.slice(), DECODER_LIMITS);
		const modulus = children(result)[0];
		if (modulus instanceof Integer) {
			const bytes = modulus.valueBlock.valueHexView;
			const leadingZero = bytes[0] === 0 ? 1 : 0;
			const first = bytes[leadingZero] ?? 0;
			const bits =
				(bytes.length - leadingZero - 1) * 8 + (first === 0 ? 0 : Math.floor(Math.log2(first)) + 1);
			return { type: 'RSA', bits };
		}
		return { type: 'RSA', bits: null };
	}
	if (id === EC_KEY) {
		const curve = parameters instanceof ObjectIdentifier ? parameters.getValue() : '';
		return { type: 'EC', bits: EC_CURVE_BITS[curve] ?? null };
	}
	if (id === '1.3.101.112') return { type: 'Ed25519', bits: 256 };
	return { type: id, bits: null };
}

function readExtensions(
	block: BaseBlock | undefined,
	expectedName: string | null
): { dnsNames: string[]; nameCount: number; isCA: boolean } {
	let names: { dnsNames: string[]; nameCount: number } = { dnsNames: [], nameCount: 0 };
	let isCA = false;
	if (block === undefined) return { ...names, isCA };
	for (const extension of children(children(block)[0])) {
		const parts = children(extension);
		const id = oid(parts[0]);
		const value = parts.at(-1);
		if (!(value instanceof OctetString)) continue;
		// The alternative names are read by hand, not by asn1js: a certificate can list thousands,
		// and only `MAX_NAMES` of them are decoded.
		if (id === SUBJECT_ALT_NAME) names = generalNames(value.valueBlock.valueHexView, expectedName);
		if (id === BASIC_CONSTRAINTS) {
			const { result } = fromBER(value.valueBlock.valueHexView.slice(), DECODER_LIMITS);
			const first = children(result)[0];
			isCA = first instanceof Asn1Boolean && first.getValue();
		}
	}
	return { ...names, isCA };
}

/** The dNSName tag of a GeneralName: [2] IMPLICIT IA5String, primitive (RFC 5280 §4.2.1.6). */
const DNS_NAME_TAG = 0x82;
const SEQUENCE_TAG = 0x30;

/**
 * The DNS names of a GeneralNames value (a SEQUENCE of tagged names, DER): the first `MAX_NAMES`
 * decoded, lower case, and past them only one that could cover `expectedName` (a name of its
 * length, or a wildcard of the length of its parent domain); every DNS name counted.
 */
function generalNames(
	der: Uint8Array,
	expectedName: string | null
): { dnsNames: string[]; nameCount: number } {
	const outer = header(der, 0);
	if (outer === null || der[0] !== SEQUENCE_TAG) throw new ShapeError('not-certificate');
	const host = expectedName?.toLowerCase().replace(/\.$/, '') ?? null;
	const dot = host?.indexOf('.') ?? -1;
	const wildcardLength = host !== null && dot > 0 ? host.length - dot + 1 : -1;
	const decoder = new TextDecoder();
	const dnsNames: string[] = [];
	let nameCount = 0;
	const end = Math.min(der.length, outer.start + outer.length);
	for (let at = outer.start; at < end;) {
		const item = header(der, at);
		if (item === null || item.start + item.length > end) throw new ShapeError('not-certificate');
		if (der[at] === DNS_NAME_TAG) {
			nameCount++;
			const length = item.length;
			const candidate =
				dnsNames.length < MAX_NAMES ||
				(host !== null && (length === host.length || length === wildcardLength));
			if (candidate) {
				const name = decoder.decode(der.subarray(item.start, item.start + length)).toLowerCase();
				if (dnsNames.length < MAX_NAMES || (host !== null && nameCovers(name, host))) {
					dnsNames.push(name);
				}
			}
		}
		at = item.start + item.length;
	}
	return { dnsNames, nameCount };
}

/** Where a DER value's content starts and how long it is, after its tag and length; null if broken. */
function header(der: Uint8Array, at: number): { start: number; length: number } | null {
	let i = at + 1;
	// A tag number of 31 or more takes more bytes: none of the GeneralName tags, skipped all the same.
	if (((der[at] ?? 0) & 0x1f) === 0x1f) while (i < der.length && ((der[i++] ?? 0) & 0x80) !== 0);
	const first = der[i++];
	if (first === undefined) return null;
	if (first < 0x80) return { start: i, length: first };
	const bytes = first & 0x7f;
	// Indefinite lengths are not DER; more than four bytes of length is not a certificate.
	if (bytes === 0 || bytes > 4 || i + bytes > der.length) return null;
	let length = 0;
	for (let k = 0; k < bytes; k++) length = length * 256 + (der[i + k] ?? 0);
	return { start: i + bytes, length };
}
