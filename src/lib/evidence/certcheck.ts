/**
 * Judging certificates once their fields are known, whichever way they were read: the text of
 * `openssl x509 -text` (certtext.ts) or a pasted PEM block decoded by the lazily loaded DER parser
 * (x509.ts). Pure and small, so the first visit carries it without the parser.
 */
import { proof, type Finding } from './types';

/** The fields of a certificate the checks need. */
export interface CertificateFacts {
	/** The subject as a readable DN, e.g. "CN=mail.fabrikam.example, O=Example, C=IT". */
	readonly subject: string;
	readonly issuer: string;
	/** The subject's common name, if any. */
	readonly commonName: string | null;
	/**
	 * DNS names of the subject alternative name extension, lower case; empty when it has none. A
	 * certificate with thousands has only the first ones here (and any that covers the name checked).
	 */
	readonly dnsNames: readonly string[];
	/** How many DNS names the certificate lists, when that is more than `dnsNames` holds. */
	readonly nameCount?: number;
	readonly notBefore: Date;
	readonly notAfter: Date;
	/** "RSA", "EC", "Ed25519", … and the key size in bits when known. */
	readonly keyType: string;
	readonly keyBits: number | null;
	/** The signature algorithm's name, e.g. "sha256WithRSAEncryption". */
	readonly signatureAlgorithm: string;
	/** True when the basic constraints extension marks a CA. */
	readonly isCA: boolean;
	/** The line of the paste the certificate was read from (its BEGIN line or its Subject line). */
	readonly line: string;
	/**
	 * The number of that line in the paste, when the line alone does not say which it is (the BEGIN
	 * line of one of several PEM blocks): the page says it in the reader's language.
	 */
	readonly lineNumber?: number;
}

/** RSA keys below this size are weak (NIST SP 800-131A disallows 1024-bit RSA since 2013). */
const MIN_RSA_BITS = 2048;
/** EC keys below this size are weak. */
const MIN_EC_BITS = 256;
/**
 * Signature hashes that are broken for certificates (SHA-1 collisions since 2017, MD5 long before),
 * in the names the decoders and `openssl x509 -text` print: `sha1WithRSAEncryption`,
 * `ecdsa-with-SHA1`, `RSA-SHA1`, `md5WithRSAEncryption`. The name may run on into a word
 * ("sha1With…"); it must not run on into a digit (SHA-128 is no hash, but SHA-1 must not match the
 * start of a longer number).
 */
const WEAK_SIGNATURE = /(?:^|[^a-z0-9])(?:sha-?1|md5|md2)(?![0-9])/i;

/** Compares two distinguished names, ignoring spaces around separators and letter case. */
function sameName(a: string, b: string): boolean {
	const norm = (dn: string) =>
		dn
			.split(/\s*,\s*/)
			.map((part) => part.replace(/\s*=\s*/, '=').toLowerCase())
			.sort()
			.join(',');
	return norm(a) === norm(b);
}

/**
 * Whether a certificate name covers a host, by the rules of RFC 6125 §6.4: case-insensitive, a
 * trailing dot ignored, and a wildcard only as the whole left-most label, standing for exactly one
 * label ("*.contoso.com" covers "mail.contoso.com", not "contoso.com" nor "a.b.contoso.com").
 */
export function nameCovers(pattern: string, host: string): boolean {
	const p = pattern.toLowerCase().replace(/\.$/, '');
	const h = host.toLowerCase().replace(/\.$/, '');
	if (p === '' || h === '') return false;
	if (!p.startsWith('*.')) return p === h;
	const rest = p.slice(2);
	if (rest.includes('*') || !rest.includes('.')) return false;
	const dot = h.indexOf('.');
	return dot > 0 && h.slice(dot + 1) === rest;
}

/**
 * The names a certificate answers for: its DNS alternative names, or its common name when it has
 * none (RFC 6125 §6.4.4 allows the fallback only then).
 */
function namesOf(cert: CertificateFacts): readonly string[] {
	if (cert.dnsNames.length > 0) return cert.dnsNames;
	return cert.commonName ? [cert.commonName.toLowerCase()] : [];
}

/** True when a certificate issued itself (subject and issuer the same name). */
function selfIssued(cert: CertificateFacts): boolean {
	return sameName(cert.subject, cert.issuer);
}

/**
 * The findings about a chain of certificates as pasted (the server's first): validity on `now`,
 * self-signed leaf, chain order and gaps, weak keys and signatures, and the name check against
 * `expectedName` (a host or TlsDomain named in the same paste) when there is one. A lone leaf
 * certificate says nothing about the intermediates the server sends, so no gap is claimed for it.
 */
export function judgeChain(
	chain: readonly CertificateFacts[],
	now: Date,
	expectedName: string | null
): Finding[] {
	// A chain pasted CA first: the server's own certificate is the first that is not a CA.
	const first = chain[0];
	const leafAt = first?.isCA === true ? chain.findIndex((cert) => !cert.isCA) : 0;
	const leaf = chain[Math.max(leafAt, 0)];
	if (leaf === undefined) return [];
	const findings: Finding[] = [];
	const about = leaf.commonName ?? leaf.subject;
	const add = (id: Finding['id'], cert: CertificateFacts, detail?: string) =>
		findings.push({
			id,
			...lineOf(cert),
			subject: cert.commonName ?? cert.subject,
			...(detail !== undefined ? { detail } : {})
		});
	for (const cert of chain) {
		if (now.getTime() > cert.notAfter.getTime()) add('cert-expired', cert, iso(cert.notAfter));
		else if (now.getTime() < cert.notBefore.getTime()) {
			add('cert-not-yet-valid', cert, iso(cert.notBefore));
		}
		const weak = weakness(cert);
		if (weak !== null) add('cert-weak', cert, weak);
	}
	if (selfIssued(leaf)) add('cert-self-signed', leaf);
	if (leaf.nameCount !== undefined) add('cert-many-names', leaf, String(leaf.nameCount));
	if (leafAt > 0) add('cert-chain-incomplete', leaf, 'order');
	for (let i = 0; i + 1 < chain.length && leafAt <= 0; i++) {
		const cert = chain[i];
		const next = chain[i + 1];
		if (cert && next && !sameName(cert.issuer, next.subject)) {
			add('cert-chain-incomplete', cert, `${cert.issuer} ≠ ${next.subject}`);
			break;
		}
	}
	if (expectedName !== null && !namesOf(leaf).some((name) => nameCovers(name, expectedName))) {
		add('cert-name-mismatch', leaf, expectedName);
	}
	if (findings.every((finding) => finding.id === 'cert-many-names')) {
		findings.push({
			id: 'cert-ok',
			...lineOf(leaf),
			subject: about,
			detail: `${iso(leaf.notBefore)} – ${iso(leaf.notAfter)}`
		});
	}
	return findings;
}

/** The proving line of a certificate's findings, with its number when it has one. */
function lineOf(cert: CertificateFacts): Pick<Finding, 'line' | 'lineNumber'> {
	const line = proof(cert.line);
	return cert.lineNumber === undefined ? { line } : { line, lineNumber: cert.lineNumber };
}

/** Why a certificate is weak, or null. A self-issued root's own signature is not checked by anyone. */
function weakness(cert: CertificateFacts): string | null {
	if (!selfIssued(cert) && WEAK_SIGNATURE.test(cert.signatureAlgorithm)) {
		return cert.signatureAlgorithm;
	}
	if (cert.keyBits !== null) {
		if (cert.keyType === 'RSA' && cert.keyBits < MIN_RSA_BITS) return `RSA ${cert.keyBits} bit`;
		if (cert.keyType === 'EC' && cert.keyBits < MIN_EC_BITS) return `EC ${cert.keyBits} bit`;
	}
	return null;
}

/** A date as YYYY-MM-DD HH:MM UTC, the same in both languages. */
function iso(date: Date): string {
	return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
