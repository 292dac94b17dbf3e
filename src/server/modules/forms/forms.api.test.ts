import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUnitId, findUserId, publishSampleProcedure } from '../../testing/fixtures.js';

let t: TestApp;
let admin: Session;
let reception: Session;
let specialist: Session;
let leader: Session;
let otherReception: Session;
let procedureId: string;
let oneStopId: string;
let accepted: { id: string; code: string };

const unitId = (code: string) => findUnitId(t, code);
const userId = (username: string) => findUserId(t, username);

const intake = async (extra: Record<string, unknown> = {}) => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: authHeaders(reception),
    payload: {
      procedureId,
      receivingUnitId: oneStopId,
      channel: 'counter',
      applicant: {
        fullName: 'Phạm Văn Dân',
        idNumber: '001085001234',
        phone: '0987654321',
        address: 'Số 1 <Đội Cấn> & phố "Liễu Giai"',
      },
      documents: [
        { documentId: 'to_khai', provided: true, count: 2 },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'accept',
      ...extra,
    },
  });
  expect(response.statusCode).toBe(201);
  const body = response.json() as {
    dossier: { id: string; code: string; version: number };
    trackingPin: string;
  };
  return { ...body.dossier, trackingPin: body.trackingPin };
};

const act = async (session: Session, d: { id: string; version: number }, type: string, extra = {}) => {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${d.id}/actions`,
    headers: authHeaders(session),
    payload: { type, version: d.version, ...extra },
  });
  expect(response.statusCode).toBe(200);
  return response.json() as { id: string; version: number };
};

const get = (session: Session, url: string) =>
  t.app.inject({ url: `/api/v1${url}`, headers: authHeaders(session) });

/** The table rows of a page, as text without tags. */
const rowsOf = (html: string) =>
  html.split('<tr>').map((row) => row.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));

beforeAll(async () => {
  t = await createTestApp({
    now: '2026-03-02T01:00:00Z', // Monday 08:00 in Hà Nội
    env: {
      SESSION_IDLE_MINUTES: '100000',
      SESSION_TTL_MINUTES: '100000',
      PUBLIC_URL: 'https://dvc.example.vn',
    },
  });
  admin = await signIn(t.app, 'admin');
  reception = await signIn(t.app, 'tiepnhan');
  specialist = await signIn(t.app, 'chuyenvien');
  leader = await signIn(t.app, 'lanhdao');
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, admin, 'TEST.FORMS'));
  const officer = await t.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: authHeaders(admin),
    payload: {
      username: 'tiepnhan.ngocha',
      fullName: 'Cán bộ Ngọc Hà',
      unitId: await unitId('00008.MC'),
      roles: ['reception'],
    },
  });
  otherReception = await signIn(t.app, 'tiepnhan.ngocha', officer.json().temporaryPassword);
  accepted = await intake();
});
afterAll(async () => {
  await t.close();
});

describe('form 01: receipt and appointment slip', () => {
  it('prints the code, applicant, documents, due date and a QR code of the tracking address', async () => {
    const response = await get(reception, `/dossiers/${accepted.id}/forms/01.html`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    const html = response.body;
    expect(html).toContain(accepted.code);
    expect(html).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(html).toContain('UBND PHƯỜNG BA ĐÌNH');
    expect(html).toContain('Phạm Văn Dân');
    expect(html).toContain('08 giờ 00 phút, ngày 02/03/2026');
    expect(html).toContain('08 giờ 00 phút, ngày 05/03/2026');
    expect(html).toContain('03 ngày làm việc');
    expect(html).toContain('Lệ phí: 10.000 đồng');
    expect(html).toContain('Lê Văn Cường');
    expect(html).toContain(`https://dvc.example.vn/tra-cuu?code=${accepted.code}`);
    expect(html).toContain('<svg');
    // unpaid fees: a second code, VietQR, to pay them
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toContain('Nộp phí, lệ phí: quét mã VietQR');
    expect(rowsOf(html).find((row) => row.includes('Tờ khai'))).toMatch(/Tờ khai Bản chính 02/);
    expect(html).toContain('Số 1 &lt;Đội Cấn&gt; &amp; phố &quot;Liễu Giai&quot;');
    expect(html).not.toContain('<Đội Cấn>');
  });

  it('prints the same slip as a PDF in an embedded DejaVu font', async () => {
    const response = await get(reception, `/dossiers/${accepted.id}/forms/01.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `inline; filename="mau-01-giay-tiep-nhan-${accepted.code}.pdf"`,
    );
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif-Bold/);
  });

  it('has no slip before the dossier is received', async () => {
    const citizen = await signIn(t.app, '0912345678');
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: authHeaders(citizen),
      payload: {
        procedureId,
        receivingUnitId: oneStopId,
        channel: 'online',
        applicant: { fullName: 'Nguyễn Văn An' },
        decision: 'submit',
      },
    });
    const response = await get(citizen, `/dossiers/${submitted.json().dossier.id}/forms/01.html`);
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toContain('chưa được tiếp nhận');
  });

  it("answers not found to another commune's officer and to another citizen", async () => {
    expect((await get(otherReception, `/dossiers/${accepted.id}/forms/01.html`)).statusCode).toBe(404);
    expect((await get(otherReception, `/dossiers/${accepted.id}/forms/05.pdf`)).statusCode).toBe(404);
    const citizen = await signIn(t.app, '0912345678');
    expect((await get(citizen, `/dossiers/${accepted.id}/forms/01.pdf`)).statusCode).toBe(404);
    expect((await t.app.inject(`/api/v1/dossiers/${accepted.id}/forms/01.html`)).statusCode).toBe(401);
    expect((await get(reception, `/dossiers/${accepted.id}/forms/07.html`)).statusCode).toBe(400);
    expect((await get(reception, `/dossiers/${accepted.id}/forms/04.html`)).statusCode).toBe(404);
  });
});

describe('forms 02 and 03: supplement request and refusal', () => {
  it('prints form 02 only when a supplement was requested', async () => {
    const missing = await get(reception, `/dossiers/${accepted.id}/forms/02.html`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toContain('không có yêu cầu bổ sung');
    const d = await intake({
      decision: 'request_supplement',
      documents: [{ documentId: 'to_khai', provided: true }],
      reason: 'Thiếu giấy tờ tùy thân',
      supplementItems: ['Bản sao căn cước', 'Tờ khai có chữ ký'],
    });
    const html = (await get(reception, `/dossiers/${d.id}/forms/02.html`)).body;
    expect(html).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(html).toContain('<li>Bản sao căn cước</li><li>Tờ khai có chữ ký</li>');
    expect(html).toContain('Thiếu giấy tờ tùy thân');
    expect(html).toContain('Trung tâm Phục vụ hành chính công phường Ba Đình');
    expect(html).toContain('Lê Văn Cường');
    const pdf = await get(reception, `/dossiers/${d.id}/forms/02.pdf`);
    expect(pdf.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect((await get(reception, `/dossiers/${d.id}/forms/03.html`)).statusCode).toBe(404);
  });

  it('prints form 03 only when the dossier was refused', async () => {
    expect((await get(reception, `/dossiers/${accepted.id}/forms/03.pdf`)).statusCode).toBe(404);
    const d = await intake({ decision: 'reject', reason: 'Không thuộc thẩm quyền giải quyết' });
    const response = await get(reception, `/dossiers/${d.id}/forms/03.html`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(response.body).toContain('Không thuộc thẩm quyền giải quyết');
    expect((await get(reception, `/dossiers/${d.id}/forms/03.pdf`)).statusCode).toBe(200);
    expect((await get(reception, `/dossiers/${d.id}/forms/01.html`)).statusCode).toBe(404);
  });
});

describe('form 06: tracking book', () => {
  it('lists the dossiers the unit received in the period, as HTML and Excel', async () => {
    const rejected = await intake({ decision: 'reject', reason: 'Sai thủ tục' });
    const html = await get(reception, `/units/${oneStopId}/tracking-book.html?from=2026-03-02&to=2026-03-02`);
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('SỔ THEO DÕI HỒ SƠ');
    const line = rowsOf(html.body).find((row) => row.includes(accepted.code));
    expect(line).toContain('Phạm Văn Dân');
    expect(line).toContain('02/03/2026 05/03/2026');
    expect(html.body).not.toContain(rejected.code);
    const empty = await get(
      reception,
      `/units/${oneStopId}/tracking-book.html?from=2026-03-03&to=2026-03-04`,
    );
    expect(empty.body).not.toContain(accepted.code);

    const xlsx = await get(leader, `/units/${oneStopId}/tracking-book.xlsx?from=2026-03-01&to=2026-03-02`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values: string[] = [];
    sheet.eachRow((row) => values.push(row.values!.toString()));
    expect(values.some((v) => v.includes('Mã hồ sơ') && v.includes('Ngày hẹn trả kết quả'))).toBe(true);
    let found = false;
    sheet.eachRow((row) => {
      if (row.getCell(2).value !== accepted.code) return;
      found = true;
      expect(row.getCell(5).value).toBe('Phạm Văn Dân');
      expect(row.getCell(8).numFmt).toBe('dd/mm/yyyy');
      expect((row.getCell(9).value as Date).toISOString()).toBe('2026-03-05T00:00:00.000Z');
    });
    expect(found).toBe(true);
  });

  it('is only for one-stop officers, leaders and administrators in scope', async () => {
    const url = `/units/${oneStopId}/tracking-book.html?from=2026-03-02&to=2026-03-02`;
    expect((await get(specialist, url)).statusCode).toBe(403);
    expect((await get(otherReception, url)).statusCode).toBe(403);
    expect((await get(admin, url)).statusCode).toBe(200);
    const reversed = await get(
      reception,
      `/units/${oneStopId}/tracking-book.html?from=2026-03-05&to=2026-03-02`,
    );
    expect(reversed.statusCode).toBe(400);
  });
});

describe('form 05: process control sheet', () => {
  it('lists every hand-over with who gave, who received, when, and the outcome', async () => {
    let d: { id: string; version: number } = await intake();
    const specialistId = await userId('chuyenvien');
    t.clock.advanceMinutes(30); // 08:30: the one-stop sends it on, unassigned
    d = await act(reception, d, 'forward');
    t.clock.advanceMinutes(15); // 08:45: the leader assigns it
    d = await act(leader, d, 'assign', { userId: specialistId });
    t.clock.advanceMinutes(15); // 09:00: appraised, early
    d = await act(specialist, d, 'forward');
    t.clock.advanceMinutes(24 * 60); // next day 09:00: signed late (due 13:00 the day before)
    const explained = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/explanations`,
      headers: authHeaders(leader),
      payload: { reasonCode: 'workload', text: 'Lãnh đạo đi công tác, ký chậm một ngày.' },
    });
    expect(explained.statusCode).toBe(200);
    d = { ...d, version: d.version + 1 };
    d = await act(leader, d, 'sign');
    t.clock.advanceMinutes(60);
    d = await act(reception, d, 'return_result', { method: 'counter' });

    const response = await get(leader, `/dossiers/${d.id}/forms/05.html`);
    expect(response.statusCode).toBe(200);
    const rows = rowsOf(response.body);
    const row = (text: string) => rows.find((r) => r.includes(text)) ?? '';
    expect(response.body).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(row('Tiếp nhận hồ sơ — Bộ phận Một cửa')).toMatch(
      /08:00 02\/03\/2026 Phạm Văn Dân Lê Văn Cường 08:00 02\/03\/2026 Đúng hạn/,
    );
    expect(row('Thẩm định — Phòng Kinh tế, Hạ tầng và Đô thị')).toMatch(
      /08:30 02\/03\/2026 Lê Văn Cường Phạm Thị Dung 08:45 02\/03\/2026 Trước hạn/,
    );
    expect(row('Phê duyệt — Lãnh đạo UBND')).toMatch(
      /09:00 02\/03\/2026 Phạm Thị Dung Hoàng Văn Em 09:00 02\/03\/2026 Quá hạn/,
    );
    expect(row('Trả kết quả — Trung tâm Phục vụ hành chính công phường Ba Đình')).toMatch(
      /Lê Văn Cường Phạm Văn Dân .* Trước hạn/,
    );
    const pdf = await get(leader, `/dossiers/${d.id}/forms/05.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });
});

describe('TT 03/2025: seven forms, the stop notice, the PIN on the first slip', () => {
  it('numbers the forms of a dossier received in 2026 as TT 03/2025 does, old URLs kept', async () => {
    let d: { id: string; version: number } = await intake();
    d = await act(leader, d, 'stop', { reason: 'Người nộp đề nghị dừng để bổ sung giấy tờ khác.' });
    const notice = await get(reception, `/dossiers/${d.id}/forms/stop.html`);
    expect(notice.statusCode).toBe(200);
    expect(notice.body).toContain('Mẫu số 05 — Thông tư 03/2025/TT-VPCP');
    expect(notice.body).toContain('THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ');
    expect(notice.body).toContain('Người nộp đề nghị dừng để bổ sung giấy tờ khác.');
    expect(notice.body).toContain('Hoàng Văn Em');
    expect((await get(reception, `/dossiers/${d.id}/forms/stop.pdf`)).statusCode).toBe(200);
    expect((await get(reception, `/dossiers/${accepted.id}/forms/stop.html`)).statusCode).toBe(404);

    // the TT 01/2018 number 05 still opens the control sheet, numbered 06 now, with its new lines
    const sheet = await get(reception, `/dossiers/${d.id}/forms/05.html`);
    expect(sheet.body).toContain('Mẫu số 06 — Thông tư 03/2025/TT-VPCP');
    expect(sheet.body).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(sheet.body).toContain(`Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: </span>`);
    expect(sheet.body).toContain('Cơ quan phối hợp giải quyết: ');
    expect((await get(reception, `/dossiers/${d.id}/forms/control-sheet.html`)).body).toBe(sheet.body);

    const slip = (await get(reception, `/dossiers/${d.id}/forms/receipt.html`)).body;
    expect(slip).toContain('Mẫu số 01 — Thông tư 03/2025/TT-VPCP');
    expect(slip).toMatch(/Vào Sổ theo dõi hồ sơ, .*Quyển số: 2026, Số thứ tự: \d+/);
    expect(slip).toContain('2. Số lượng hồ sơ: </span>01 bộ');
    // received at the counter without a choice: the result is returned there
    expect(slip).toContain('■ Tại Bộ phận Một cửa');
    expect(slip).toContain('□ Qua dịch vụ bưu chính công ích');

    // the 2018 layouts are only for dossiers received before 1 July 2025
    const old = await get(reception, `/dossiers/${d.id}/forms/01.html?edition=tt01-2018`);
    expect(old.statusCode).toBe(400);
    expect(old.json().message).toContain('trước ngày 01/7/2025');

    const book = await get(reception, `/units/${oneStopId}/tracking-book.html?from=2026-03-02&to=2026-03-02`);
    expect(book.body).toContain('Mẫu số 07 — Thông tư 03/2025/TT-VPCP');
    expect(book.body).toContain('Ký nhận');
  });

  it('prints the tracking PIN on the slip printed at intake, checked, and never on a reprint', async () => {
    const { trackingPin, ...dossier } = await intake({ applicant: { fullName: 'Trần Thị Bình' } });
    expect(trackingPin).toMatch(/^\d{6}$/);
    const first = await get(reception, `/dossiers/${dossier.id}/forms/receipt.html?pin=${trackingPin}`);
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain(`mã PIN tra cứu: ${trackingPin}`);
    const wrong = String((Number(trackingPin) + 1) % 1_000_000).padStart(6, '0');
    expect((await get(reception, `/dossiers/${dossier.id}/forms/01.html?pin=${wrong}`)).statusCode).toBe(400);
    const reprint = (await get(reception, `/dossiers/${dossier.id}/forms/01.html`)).body;
    expect(reprint).not.toContain(trackingPin);
    expect(reprint).toContain('mã PIN tra cứu 6 số đã in trên giấy tiếp nhận lần đầu, không in lại');
  });
});

describe('late stays late on paper', () => {
  it('keeps the legal due time and "Quá hạn" on forms 01, 06 and the book after an approved apology', async () => {
    t.clock.setTo('2026-03-09T01:00:00Z'); // Monday 08:00: due Thursday 12 March 08:00
    let d: { id: string; version: number } = await intake();
    d = await act(reception, d, 'forward');
    d = await act(leader, d, 'assign', { userId: await userId('chuyenvien') });
    const drafted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/apologies`,
      headers: authHeaders(specialist),
      payload: {
        reasonCode: 'field_verification',
        reason: 'Phải xác minh thực địa, dự kiến không kịp hạn.',
        proposedDueDate: '2026-03-17',
      },
    });
    expect(drafted.statusCode).toBe(200);
    const apology = drafted.json().apologies[0] as { id: string; version: number };
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/apologies/${apology.id}/decision`,
      headers: authHeaders(leader),
      payload: { decision: 'approve', version: apology.version },
    });
    expect(approved.statusCode).toBe(200);
    d = { ...d, version: d.version + 1 };
    d = await act(specialist, d, 'forward');
    t.clock.setTo('2026-03-13T02:00:00Z'); // Friday 09:00: after the legal time, before the new date
    const explained = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/explanations`,
      headers: authHeaders(leader),
      payload: { reasonCode: 'workload', text: 'Chờ kết quả xác minh thực địa.' },
    });
    expect(explained.statusCode).toBe(200);
    d = { ...d, version: d.version + 1 };
    d = await act(leader, d, 'sign');
    d = await act(reception, d, 'return_result', { method: 'post' });

    const slip = (await get(reception, `/dossiers/${d.id}/forms/01.html`)).body;
    expect(slip).toContain('5. Thời gian trả kết quả: </span>08 giờ 00 phút, ngày 12/03/2026');
    expect(slip).toContain(
      'Hẹn lại ngày trả kết quả (phiếu xin lỗi đã duyệt): </span>17 giờ 00 phút, ngày 17/03/2026',
    );
    expect(slip).toContain('Quá hạn — có kết quả lúc');
    expect(slip).toContain('■ Qua dịch vụ bưu chính công ích');

    const sheet = await get(leader, `/dossiers/${d.id}/forms/control-sheet.html`);
    expect(sheet.body).toContain('Thời gian hẹn trả kết quả: </span>08 giờ 00 phút, ngày 12/03/2026');
    expect(
      rowsOf(sheet.body).find((r) => r.includes('Trả kết quả — Trung tâm Phục vụ hành chính công')),
    ).toMatch(/Quá hạn Hẹn trả: 08:00 12\/03\/2026/);

    const letter = (await get(reception, `/dossiers/${d.id}/forms/apology.html`)).body;
    expect(letter).toContain('Số: </span>1/PXL');
    expect(letter).toContain('Kính gửi: </span>Ông/Bà Phạm Văn Dân');
    expect(letter).toContain('theo quy định: </span>08 giờ 00 phút, ngày 12/03/2026');
    expect(letter).toContain('Thời gian trả kết quả: </span>17 giờ 00 phút, ngày 17/03/2026');

    const book = await get(reception, `/units/${oneStopId}/tracking-book.html?from=2026-03-09&to=2026-03-09`);
    const line = rowsOf(book.body).find((row) => row.includes('Phạm Văn Dân')) ?? '';
    expect(line).toContain('09/03/2026 12/03/2026');
    expect(line).toContain('Quá hạn; Hẹn lại 17/03/2026');
  });
});
