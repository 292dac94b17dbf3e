/**
 * Who signs a result. A `SigningAdapter` is the seam for the certification authorities' remote signing
 * services (the document's hash goes out, a CMS signature comes back); the local PKCS#12 signer is its one
 * implementation: the configured SIGNING_P12_PATH, or a development identity outside production.
 */
import crypto from 'node:crypto';
import { P12Signer } from '@signpdf/signer-p12';
import forge from 'node-forge';

/** The certificate that signs, as the verification page shows it. */
export interface SignerCertificate {
  subject: string;
  issuer: string;
  serialNumber: string;
}

export interface SigningAdapter {
  readonly certificate: SignerCertificate;
  /**
   * A detached CMS (PKCS#7) signature over `content`, the signed byte ranges of the PDF. A remote adapter
   * sends out only their SHA-256 and returns the CMS its service builds around the signature it receives.
   */
  signDetached(content: Buffer, signingTime: Date): Promise<Buffer>;
}

/** The first certificate of a PEM bundle (the signer's own: P12 chains list it first). */
function firstCertificate(pem: string): crypto.X509Certificate {
  const match = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem);
  if (!match) throw new Error('no certificate in PEM');
  return new crypto.X509Certificate(match[0]);
}

/** Signs locally with a PKCS#12 file (key and certificate chain) through @signpdf/signer-p12. */
export class LocalP12Adapter implements SigningAdapter {
  readonly certificate: SignerCertificate;

  constructor(
    private readonly p12: Buffer,
    private readonly passphrase: string,
    certificatePem: string,
  ) {
    const x509 = firstCertificate(certificatePem);
    this.certificate = { subject: x509.subject, issuer: x509.issuer, serialNumber: x509.serialNumber };
  }

  signDetached(content: Buffer, signingTime: Date): Promise<Buffer> {
    // a P12Signer reads its file once: one per signature
    return new P12Signer(this.p12, { passphrase: this.passphrase }).sign(content, signingTime);
  }
}

/** The local adapter of a PKCS#12 file; throws when the file or passphrase is wrong. */
export function createP12Adapter(p12: Buffer, passphrase: string): LocalP12Adapter {
  const parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, passphrase);
  const bag = forge.pki.oids.certBag!;
  const certificate = parsed.getBags({ bagType: bag })[bag]?.[0]?.cert;
  if (!certificate) throw new Error('the PKCS#12 file holds no certificate');
  return new LocalP12Adapter(p12, passphrase, forge.pki.certificateToPem(certificate));
}
