/**
 * Signed results checked by an independent tool: poppler's `pdfsig` must call the signature valid over the
 * whole document, and invalid once one byte of the signed content changes. CI installs poppler-utils; a
 * machine without `pdfsig` fails this test rather than skipping it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFormPdf } from '../modules/forms/forms.pdf.js';
import { createDevCa, createDevUnitIdentity, DEV_P12_PASSWORD } from './dev-identities.js';
import { readPdfSignature, signPdf } from './pdf-signature.js';
import { LocalP12Adapter } from './signing-adapter.js';

const now = new Date('2026-03-02T03:00:00Z');
let dir: string;
let adapter: LocalP12Adapter;
let source: Buffer;

function pdfsig(bytes: Buffer): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (error) {
    // pdfsig exits non-zero on an invalid signature; its report is still on stdout
    const failed = error as { stdout?: string; code?: string };
    if (failed.code === 'ENOENT') throw new Error('pdfsig is missing: apt-get install -y poppler-utils');
    return String(failed.stdout ?? '');
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-sign-'));
  const ca = createDevCa(now);
  const unit = createDevUnitIdentity(ca, 'UBND Phường Ba Đình', now);
  adapter = new LocalP12Adapter(unit.p12, DEV_P12_PASSWORD, unit.certificatePem);
  source = await renderFormPdf({
    title: 'Kết quả',
    fileName: 'ket-qua',
    page: { size: 'A4', orientation: 'portrait' },
    blocks: [{ kind: 'title', text: 'GIẤY XÁC NHẬN' }],
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('signed result PDFs', () => {
  it('is valid for pdfsig over the whole document, and invalid after one changed byte', async () => {
    const signed = await signPdf(source, adapter, {
      reason: 'Kết quả giải quyết thủ tục hành chính',
      location: 'Hà Nội',
      signerName: 'UBND Phường Ba Đình',
      signingTime: now,
    });
    const report = pdfsig(signed);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('UBND Phường Ba Đình');

    const tampered = Buffer.from(signed);
    const at = signed.indexOf('GI'); // inside the first signed range, away from the signature itself
    const position = at > 0 ? at : 20;
    tampered[position] = tampered[position]! ^ 0x01;
    const after = pdfsig(tampered);
    expect(after).not.toContain('Signature is Valid.');
    expect(after).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
  });

  it('reads back the signer, the time and whether the bytes still match', async () => {
    const signed = await signPdf(source, adapter, {
      reason: 'Kết quả',
      location: 'Hà Nội',
      signerName: 'UBND Phường Ba Đình',
      signingTime: now,
      appendPdf: source,
    });
    const read = readPdfSignature(signed);
    expect(read).toMatchObject({ intact: true, coversWholeFile: true, signingTime: now });
    expect(read?.subject).toContain('UBND Phường Ba Đình');
    expect(read?.issuer).toContain('Ky Cuong Development CA');
    const tampered = Buffer.from(signed);
    tampered[100] = tampered[100]! ^ 0x01;
    expect(readPdfSignature(tampered)?.intact).toBe(false);
    expect(readPdfSignature(source)).toBeNull();
  });

  it('reads a signature whose CMS message ends in a zero byte (the placeholder is zero-padded after it)', async () => {
    const signed = await signPdf(source, adapter, {
      reason: 'Kết quả',
      location: 'Hà Nội',
      signerName: 'UBND Phường Ba Đình',
      signingTime: now,
    });
    const text = signed.toString('latin1');
    const range = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text);
    const [, b, c, d] = (range?.slice(1) ?? []).map(Number) as [number, number, number, number];
    const content = Buffer.concat([signed.subarray(0, b), signed.subarray(c, c + d)]);
    // RSA signatures end in a zero byte once in 256: re-sign the same ranges at later times until one does
    let cms: Buffer | null = null;
    let signingTime = now;
    for (let i = 1; i <= 5000 && !cms; i += 1) {
      signingTime = new Date(now.getTime() + i * 1000);
      const candidate = await adapter.signDetached(content, signingTime);
      if (candidate.at(-1) === 0) cms = candidate;
    }
    expect(cms).not.toBeNull();
    const hex = cms!.toString('hex');
    const slot = c - 1 - (b + 1);
    const resigned = Buffer.from(signed);
    resigned.write(hex.padEnd(slot, '0'), b + 1, 'latin1');
    expect(readPdfSignature(resigned)).toMatchObject({ intact: true, coversWholeFile: true, signingTime });
  });
});
