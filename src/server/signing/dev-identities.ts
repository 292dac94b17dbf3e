/**
 * Development signing identities: a development CA and a certificate per unit, made with node-forge. Used
 * only outside production when no SIGNING_P12_PATH is configured; nothing they sign is legally valid.
 */
import crypto from 'node:crypto';
import forge from 'node-forge';

/** The passphrase of the development PKCS#12 files (they are development keys, kept in the database). */
export const DEV_P12_PASSWORD = 'kc-dev-signing';

export interface DevIdentity {
  p12: Buffer;
  certificatePem: string;
}

function serial(): string {
  // a positive 16-byte serial number (the first bit cleared)
  const bytes = crypto.randomBytes(16);
  bytes[0] = bytes[0]! & 0x7f;
  return bytes.toString('hex');
}

function toP12(key: forge.PrivateKey, chain: forge.Certificate[]): Buffer {
  const asn = forge.pkcs12.toPkcs12Asn1(key, chain, DEV_P12_PASSWORD, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn).getBytes(), 'binary');
}

function readP12(p12: Buffer): { key: forge.PrivateKey; certificate: forge.Certificate } {
  const parsed = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(p12.toString('binary')),
    false,
    DEV_P12_PASSWORD,
  );
  const key = parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[
    forge.pki.oids.pkcs8ShroudedKeyBag!
  ]?.[0]?.key;
  const certificate = parsed.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!]?.[0]
    ?.cert;
  if (!key || !certificate) throw new Error('development CA file holds no key or certificate');
  return { key, certificate };
}

const UTF8_STRING = 12;

/** A distinguished name with UTF8String values (Vietnamese names are not PrintableString; forge encodes). */
function distinguishedName(organisation: string, commonName: string): forge.NameAttribute[] {
  return [
    { shortName: 'C', value: 'VN' },
    { shortName: 'O', value: organisation, valueTagClass: UTF8_STRING },
    { shortName: 'CN', value: commonName, valueTagClass: UTF8_STRING },
  ];
}

// ASCII on purpose: node-forge re-encodes an issuer's UTF8String twice in the CMS issuerAndSerialNumber, so
// verifiers would not find the signer's certificate under a Vietnamese issuer name
const CA_NAME: forge.NameAttribute[] = [
  { shortName: 'C', value: 'VN' },
  { shortName: 'O', value: 'Ky Cuong (development)' },
  { shortName: 'CN', value: 'Ky Cuong Development CA - khong co gia tri phap ly' },
];

/** A self-signed development CA, valid ten years from `now`. */
export function createDevCa(now: Date): DevIdentity {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(now.getTime() - 3600_000);
  cert.validity.notAfter = new Date(now.getTime() + 10 * 365 * 86400_000);
  cert.setSubject(CA_NAME);
  cert.setIssuer(CA_NAME);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { p12: toP12(keys.privateKey, [cert]), certificatePem: forge.pki.certificateToPem(cert) };
}

/** A signing certificate for a unit, issued by the development CA, valid three years from `now`. */
export function createDevUnitIdentity(ca: DevIdentity, unitName: string, now: Date): DevIdentity {
  const issuer = readP12(ca.p12);
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(now.getTime() - 3600_000);
  cert.validity.notAfter = new Date(now.getTime() + 3 * 365 * 86400_000);
  cert.setSubject(distinguishedName(unitName, `${unitName} (chứng thư phát triển)`));
  cert.setIssuer(CA_NAME);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
  ]);
  cert.sign(issuer.key, forge.md.sha256.create());
  return {
    p12: toP12(keys.privateKey, [cert, issuer.certificate]),
    certificatePem: forge.pki.certificateToPem(cert),
  };
}
