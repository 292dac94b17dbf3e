import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDefinition } from '../../../domain/procedures/sample-definition.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { publishSampleProcedure } from '../../testing/fixtures.js';

let t: TestApp;
let reception: Session;
let admin: Session;
let tiered: { procedureId: string; oneStopId: string };
let perPage: { procedureId: string; oneStopId: string };

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  admin = await signIn(t.app, 'admin');
  reception = await signIn(t.app, 'tiepnhan');
  tiered = await publishSampleProcedure(t, admin, 'TEST.FEE.TIER', undefined, {
    ...sampleDefinition('TEST.FEE.TIER'),
    fees: [
      { id: 'truc-tiep', name: 'Lệ phí (nộp trực tiếp)', amount: 20000, group: 'kenh' },
      { id: 'truc-tuyen', name: 'Lệ phí (nộp trực tuyến)', amount: 10000, group: 'kenh' },
    ],
  });
  perPage = await publishSampleProcedure(t, admin, 'TEST.FEE.PAGE', undefined, {
    ...sampleDefinition('TEST.FEE.PAGE'),
    fees: [
      {
        id: 'ban-sao',
        name: 'Phí chứng thực bản sao từ bản chính',
        amount: 2000,
        per: 'page',
        rates: [{ fromUnit: 3, amount: 1000 }],
        max: 200000,
      },
    ],
  });
});
afterAll(async () => {
  await t.close();
});

const intake = (
  target: { procedureId: string; oneStopId: string },
  feeSelection?: unknown,
  extra: Record<string, unknown> = {},
) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: authHeaders(reception),
    payload: {
      procedureId: target.procedureId,
      receivingUnitId: target.oneStopId,
      channel: 'counter',
      applicant: { fullName: 'Phạm Văn Dân', idNumber: '001085001234' },
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'accept',
      ...(feeSelection === undefined ? {} : { feeSelection }),
      ...extra,
    },
  });

const paymentOf = async (id: string) =>
  (await t.app.inject({ url: `/api/v1/dossiers/${id}/payment`, headers: authHeaders(reception) })).json();

/** The amount field (54) of a VietQR payload. */
const qrAmount = (payload: string) => {
  const at = payload.indexOf('5303704') + 7;
  if (payload.slice(at, at + 2) !== '54') return null;
  return payload.slice(at + 4, at + 4 + Number(payload.slice(at + 2, at + 4)));
};

describe('fees chosen at intake', () => {
  it('charges the chosen tier only, and the VietQR asks for that amount', async () => {
    const response = await intake(tiered, { choices: { kenh: 'truc-tuyen' } });
    expect(response.statusCode, response.body).toBe(201);
    const { dossier } = response.json();
    expect(dossier.fees).toEqual([{ name: 'Lệ phí (nộp trực tuyến)', amount: 10000, detail: null }]);
    const payment = await paymentOf(dossier.id);
    expect(payment).toMatchObject({ total: 10000, paid: false });
    expect(payment.qrPayload).toContain('540510000');
  });

  it('refuses intake without a tier instead of charging the sum of alternatives', async () => {
    const response = await intake(tiered);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed' });
    expect(response.json().message).toContain('một trong các mức');
    expect((await intake(tiered, { choices: { kenh: 'khong-co' } })).statusCode).toBe(400);
  });

  it('refuses a dossier at the counter without a tier: nothing is owed', async () => {
    const response = await intake(tiered, undefined, {
      decision: 'reject',
      reason: 'Không thuộc thẩm quyền',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().dossier.fees).toEqual([]);
  });

  it('charges a certified copy per page with its cap', async () => {
    const response = await intake(perPage, { quantities: { page: 3, copy: 2 } });
    expect(response.statusCode, response.body).toBe(201);
    const { dossier } = response.json();
    expect(dossier.fees).toEqual([
      { name: 'Phí chứng thực bản sao từ bản chính', amount: 10000, detail: '3 trang × 2 bản' },
    ]);
    expect((await paymentOf(dossier.id)).total).toBe(10000);
    expect((await intake(perPage, {})).statusCode).toBe(400);
  });

  it('prints the charged line, its quantity and the total on the receipt', async () => {
    const { dossier } = (await intake(perPage, { quantities: { page: 3, copy: 2 } })).json();
    const receipt = await t.app.inject({
      url: `/api/v1/dossiers/${dossier.id}/forms/01.html`,
      headers: authHeaders(reception),
    });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.body).toContain('Phí chứng thực bản sao từ bản chính (3 trang × 2 bản): 10.000 đồng');
    expect(receipt.body).toContain('(10.000 đồng)');
  });

  it('records an exemption with its legal reason and shows no VietQR when nothing is owed', async () => {
    const exemption = {
      reason: 'Người có công với cách mạng',
      legalBasis: 'Nghị quyết của HĐND thành phố',
      percent: 100,
    };
    const response = await intake(tiered, { choices: { kenh: 'truc-tiep' }, exemption });
    expect(response.statusCode, response.body).toBe(201);
    const { dossier } = response.json();
    expect(dossier.fees[0]).toMatchObject({ amount: 0, detail: expect.stringContaining(exemption.reason) });
    expect(await paymentOf(dossier.id)).toMatchObject({ total: 0, paid: true, qrPayload: null });
    const stored = await t.deps.database.db
      .selectFrom('dossier')
      .select('fees')
      .where('id', '=', dossier.id)
      .executeTakeFirstOrThrow();
    expect(stored.fees).toEqual([
      expect.objectContaining({
        grossAmount: 20000,
        amount: 0,
        exemption: { reason: exemption.reason, legalBasis: exemption.legalBasis },
      }),
    ]);
    const halfOff = await intake(tiered, {
      choices: { kenh: 'truc-tiep' },
      exemption: { ...exemption, percent: 50 },
    });
    expect(qrAmount((await paymentOf(halfOff.json().dossier.id)).qrPayload)).toBe('10000');
  });

  it('refuses an exemption without its legal basis', async () => {
    const response = await intake(tiered, {
      choices: { kenh: 'truc-tiep' },
      exemption: { reason: 'Hộ nghèo', percent: 100 },
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('fees in the catalogue', () => {
  it('lists the range of alternatives, not their sum', async () => {
    const list = await t.app.inject({
      url: '/api/v1/procedures?q=TEST.FEE.TIER',
      headers: authHeaders(admin),
    });
    expect(list.statusCode, list.body).toBe(200);
    const item = list.json().items.find((p: { code: string }) => p.code === 'TEST.FEE.TIER');
    expect(item).toMatchObject({ totalFee: 10000, maxFee: 20000 });
  });
});
