/**
 * Signs PDFs (PAdES-style: a detached CMS signature over the whole file but the signature itself, sub-filter
 * ETSI.CAdES.detached) and reads a signed PDF back: who signed, when, and whether the bytes still match.
 */
import crypto from 'node:crypto';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf, Signer } from '@signpdf/signpdf';
import type { SigningAdapter } from './signing-adapter.js';

/** The adapter as the `Signer` @signpdf expects. */
class AdapterSigner extends Signer {
  constructor(private readonly adapter: SigningAdapter) {
    super();
  }
  override async sign(content: Buffer, signingTime?: Date): Promise<Buffer> {
    return this.adapter.signDetached(content, signingTime ?? new Date());
  }
}

export interface SignPdfOptions {
  reason: string;
  location: string;
  signerName: string;
  signingTime: Date;
  /** Pages (a PDF) appended before signing: the verification page of an uploaded result. */
  appendPdf?: Buffer;
}

/** Signs `pdf` with the adapter's key and returns the signed file. */
export async function signPdf(
  pdf: Buffer,
  adapter: SigningAdapter,
  options: SignPdfOptions,
): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  if (options.appendPdf) {
    const extra = await PDFDocument.load(options.appendPdf);
    const pages = await doc.copyPages(extra, extra.getPageIndices());
    for (const page of pages) doc.addPage(page);
  }
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: options.reason,
    contactInfo: '',
    name: options.signerName,
    location: options.location,
    signingTime: options.signingTime,
    subFilter: 'ETSI.CAdES.detached',
    appName: 'Kỷ Cương',
  });
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  return new SignPdf().sign(prepared, new AdapterSigner(adapter), options.signingTime);
}

export interface PdfSignature {
  subject: string;
  issuer: string;
  serialNumber: string;
  signingTime: Date | null;
  /** The CMS message digest equals SHA-256 of the signed byte ranges and the signature verifies. */
  intact: boolean;
  /** The signed ranges cover the whole file except the signature's hex string. */
  coversWholeFile: boolean;
}

const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';

function children(node: forge.Asn1 | undefined): forge.Asn1[] {
  return node && Array.isArray(node.value) ? node.value : [];
}

function bytesOf(node: forge.Asn1 | undefined): string {
  return node && typeof node.value === 'string' ? node.value : '';
}

/** The value of a signed attribute by OID, or undefined. */
function attribute(attributes: forge.Asn1[], oid: string): forge.Asn1 | undefined {
  const found = attributes.find((a) => forge.asn1.derToOid(bytesOf(children(a)[0])) === oid);
  return children(children(found)[1])[0];
}

/** Reads the last signature of a PDF; null when the file holds none or it cannot be read. */
export function readPdfSignature(pdf: Buffer): PdfSignature | null {
  const text = pdf.toString('latin1');
  const at = text.lastIndexOf('/ByteRange');
  if (at < 0) return null;
  const range = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text.slice(at, at + 200));
  if (!range) return null;
  const [a, b, c, d] = range.slice(1).map(Number) as [number, number, number, number];
  if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length) return null;
  const hex = text.slice(b + 1, c - 1);
  if (text[b] !== '<' || text[c - 1] !== '>' || !/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2) return null;
  try {
    // The placeholder is padded with zero bytes after the CMS message; its DER header gives its length, so
    // read exactly that (stripping trailing zeros instead would also cut a signature whose last byte is zero,
    // one in 256 signatures).
    const cms = forge.asn1.fromDer(Buffer.from(hex, 'hex').toString('binary'), {
      strict: true,
      parseAllBytes: false,
    });
    const signedData = children(children(children(cms)[1])[0]);
    const certificates = signedData.find(
      (n) => n.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && n.type === 0,
    );
    const signerInfo = children(signedData.at(-1))[0];
    const parts = children(signerInfo);
    const signedAttrs = parts.find((n) => n.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && n.type === 0);
    const signature = parts.at(-1);
    const certDer = children(certificates)[0];
    if (!signedAttrs || !signature || !certDer) return null;
    const certificate = new crypto.X509Certificate(
      Buffer.from(forge.asn1.toDer(certDer).getBytes(), 'binary'),
    );
    const digest = crypto
      .createHash('sha256')
      .update(pdf.subarray(a, a + b))
      .update(pdf.subarray(c, c + d))
      .digest('binary');
    const attributes = children(signedAttrs);
    const claimed = bytesOf(attribute(attributes, OID_MESSAGE_DIGEST));
    // the signature covers the attributes encoded as a SET, not under their [0] tag
    const asSet: forge.Asn1 = {
      ...signedAttrs,
      tagClass: forge.asn1.Class.UNIVERSAL,
      type: forge.asn1.Type.SET,
    };
    const signatureValid = crypto.verify(
      'sha256',
      Buffer.from(forge.asn1.toDer(asSet).getBytes(), 'binary'),
      certificate.publicKey,
      Buffer.from(bytesOf(signature), 'binary'),
    );
    const time = attribute(attributes, OID_SIGNING_TIME);
    return {
      subject: certificate.subject,
      issuer: certificate.issuer,
      serialNumber: certificate.serialNumber,
      signingTime: time ? forge.asn1.utcTimeToDate(bytesOf(time)) : null,
      intact: claimed === digest && signatureValid,
      coversWholeFile: c + d === pdf.length,
    };
  } catch {
    return null;
  }
}
