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
	Primitive,
	UTCTime
} from 'asn1js';
import type { CertificateFacts } from './certcheck';

/** Certificates read from one paste: a server chain is a handful, never dozens. */
const MAX_CERTIFICATES = 20;
/** Base64 characters read per PEM block (a certificate with thousands of names stays below it). */
const MAX_PEM_CHARS = 1_000_000;
/** Subject alternative names kept per certificate; the rest are counted, not listed. */
export const MAX_NAMES = 1_000;
/** Limits handed to the DER decoder, so a crafted blob cannot make it work without end. */
const DECODER_LIMITS = { maxDepth: 32, maxNodes: 60_000, maxContentLength: 1_000_000 };

const PEM_BEGIN = '-----BEGIN CERTIFICATE-----';
const PEM_END = '-----END CERTIFICATE-----';

/** What reading the paste's PEM blocks gave. */
export interface PemReading {
	readonly certificates: readonly CertificateFacts[];
	/** Blocks that could not be read, each with its BEGIN line's position (1-based line number). */
	readonly unreadable: readonly number[];
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
 * certificate). Never throws: a block that does not decode is reported by its line number.
 */
export function readPemCertificates(text: string): PemReading {
	const certificates: CertificateFacts[] = [];
	const unreadable: number[] = [];
	let from = 0;
	let blocks = 0;
	for (;;) {
		const begin = text.indexOf(PEM_BEGIN, from);
		if (begin < 0) break;
		const end = text.indexOf(PEM_END, begin + PEM_BEGIN.length);
		const stop = end < 0 ? text.length : end;
		from = end < 0 ? text.length : end + PEM_END.length;
		if (++blocks > MAX_CERTIFICATES) return { certificates, unreadable, truncated: true };
		const lineNumber = lineOf(text, begin);
		const body = text.slice(begin + PEM_BEGIN.length, stop);
		const facts = body.length > MAX_PEM_CHARS ? null : decodeCertificate(body, lineNumber);
		if (facts === null) unreadable.push(lineNumber);
		else certificates.push(facts);
	}
	return { certificates, unreadable, truncated: false };
}

function lineOf(text: string, index: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

function decodeCertificate(base64: string, lineNumber: number): CertificateFacts | null {
	const bytes = fromBase64(base64.replace(/[\s>]/g, ''));
	if (bytes === null) return null;
	const { result, offset } = fromBER(bytes, DECODER_LIMITS);
	if (offset < 0 || result.error !== '') return null;
	try {
		return certificateFields(result, lineNumber);
	} catch {
		// A structure that decodes as DER but is not a certificate.
		return null;
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

/** The children of a constructed block, or an error: the shape is not the one expected. */
function children(block: BaseBlock | undefined): BaseBlock[] {
	if (!(block instanceof Constructed)) throw new Error('expected a constructed block');
	return block.valueBlock.value;
}

function oid(block: BaseBlock | undefined): string {
	if (!(block instanceof ObjectIdentifier)) throw new Error('expected an object identifier');
	return block.getValue();
}

/** True for a context-specific tag [n] (RFC 5280 uses them for version and extensions). */
function isContext(block: BaseBlock | undefined, tag: number): boolean {
	return block !== undefined && block.idBlock.tagClass === 3 && block.idBlock.tagNumber === tag;
}

function certificateFields(root: BaseBlock, lineNumber: number): CertificateFacts {
	const [tbs, signatureAlgorithm] = children(root);
	const fields = children(tbs);
	// The version is an optional [0]: the fields after it move by one when it is there.
	const at = isContext(fields[0], 0) ? 1 : 0;
	const issuer = distinguishedName(fields[at + 2]);
	const [notBefore, notAfter] = children(fields[at + 3]).map(time);
	const subject = distinguishedName(fields[at + 4]);
	const key = publicKey(fields[at + 5]);
	const extensions = fields.slice(at + 6).find((block) => isContext(block, 3));
	const { dnsNames, isCA } = readExtensions(extensions);
	if (notBefore === undefined || notAfter === undefined) throw new Error('no validity');
	const sigOid = oid(children(signatureAlgorithm)[0]);
	return {
		subject: subject.text,
		issuer: issuer.text,
		commonName: subject.commonName,
		dnsNames,
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
	if (block instanceof UTCTime || block instanceof GeneralizedTime) return block.toDate();
	throw new Error('expected a time');
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

function readExtensions(block: BaseBlock | undefined): {
	dnsNames: string[];
	isCA: boolean;
} {
	const dnsNames: string[] = [];
	let isCA = false;
	if (block === undefined) return { dnsNames, isCA };
	for (const extension of children(children(block)[0])) {
		const parts = children(extension);
		const id = oid(parts[0]);
		const value = parts.at(-1);
		if (!(value instanceof OctetString)) continue;
		const { result } = fromBER(value.valueBlock.valueHexView.slice(), DECODER_LIMITS);
		if (id === SUBJECT_ALT_NAME) {
			for (const name of children(result)) {
				// dNSName is [2] IMPLICIT IA5String (RFC 5280 §4.2.1.6).
				if (!isContext(name, 2) || !(name instanceof Primitive)) continue;
				if (dnsNames.length >= MAX_NAMES) break;
				dnsNames.push(new TextDecoder().decode(name.valueBlock.valueHexView).toLowerCase());
			}
		}
		if (id === BASIC_CONSTRAINTS) {
			const first = children(result)[0];
			isCA = first instanceof Asn1Boolean && first.getValue();
		}
	}
	return { dnsNames, isCA };
}
