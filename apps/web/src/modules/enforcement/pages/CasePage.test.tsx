import type { CaseDetail } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { CLOCK_CODES, CODE_GROUPS } from '../labels';
import { caseFixture, clockFixture, penaltyFixture } from '../testing/fixtures';
import { CasePage } from './CasePage';

afterEach(() => vi.unstubAllGlobals());

const OFFICER = ['enforcement:read', 'enforcement:write', 'enforcement:inspect'];

type Answer = { status: number; body: unknown };

/**
 * A server with one case: GET answers it as it stands; each write answers what `onWrite` says (the case as
 * the server would have it after the write, or an error envelope). Returns the writes made.
 */
function serve(initial: CaseDetail, onWrite: (path: string, body: unknown, current: CaseDetail) => Answer) {
  let current = initial;
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(OFFICER));
    if (url.pathname === `/api/v1/enforcement/cases/${initial.id}` && (init?.method ?? 'GET') === 'GET')
      return json(current);
    if (init?.method === 'POST') {
      const answer = onWrite(url.pathname, JSON.parse(String(init.body)), current);
      if (answer.status === 200) current = answer.body as CaseDetail;
      return json(answer.body, answer.status);
    }
    return json({ error: { code: 'CASE_NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/app/enforcement/cases/:id" element={<CasePage />} />
    </Routes>,
    { locale: 'zh-CN', path: `/app/enforcement/cases/${initial.id}` },
  );
  return () =>
    fetchMock.mock.calls
      .filter(([, i]) => i?.method === 'POST')
      .map(([u, i]) => ({ url: String(u), body: JSON.parse(String(i?.body)) as Record<string, unknown> }));
}

/** Every code the server sends for cases; none may show raw on a zh-CN page. */
const CODES = new Set<string>([...Object.values(CODE_GROUPS).flatMap((v) => [...v]), ...CLOCK_CODES]);
const rawCodesIn = (text: string) =>
  text
    .split(/[^A-Za-z0-9_]+/)
    .filter((w) => CODES.has(w) || /^[a-z]+_[a-z_]+$/.test(w) || /^[A-Z]+(_[A-Z]+)+$/.test(w));

async function pick(testId: string, option: string) {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  fireEvent.click(options[options.length - 1]!);
}

describe('CasePage (案件详情)', () => {
  it('shows the case, its clocks with their rules and marks, the limitation and the timeline in Chinese', async () => {
    serve(caseFixture(), () => ({ status: 500, body: {} }));
    expect((await screen.findByTestId('case-no')).textContent).toBe('环罚〔2026〕1号');
    expect(screen.getByTestId('case-state').textContent).toBe('调查取证');
    expect(screen.getByTestId('case-violation').textContent).toBe('超过许可排放浓度、许可排放量排放水污染物');
    expect(screen.getByTestId('case-limitation').textContent).toContain(
      '2 年，至 2028-11-02（生态环境法典第一千零五十四条）',
    );
    expect(screen.getByTestId('clock-name-DECISION').textContent).toBe('作出处罚决定期限');
    expect(screen.getByTestId('clock-status-DECISION').textContent).toBe('剩 85 天');
    expect(screen.getByTestId('clock-status-FILING').textContent).toBe('已于 2026-11-05 完成');
    // The filing clock's rule is ⚠ (the 2023 rule's text was not read): shown as such.
    expect(screen.getByTestId('clock-mark-FILING').textContent).toBe('⚠ 未经官方文本核实');
    expect(screen.getByTestId('clock-DECISION').textContent).toContain('行政处罚法 第六十条');
    const timeline = screen.getByTestId('case-timeline');
    expect(within(timeline).getByTestId('timeline-lead_found').textContent).toContain('发现线索');
    expect(within(timeline).getByTestId('timeline-lead_found').textContent).toContain('查看来源线索');
    expect(within(timeline).getByTestId('timeline-filed').textContent).toContain('立案');
    // Only the step that moves the case on is a button; the others wait in the menu.
    expect(screen.getByTestId('step-findings').textContent).toBe('调查终结');
    expect(screen.queryByTestId('step-decided')).toBeNull();
    expect(screen.getByTestId('document-decision-pdf').getAttribute('href')).toBe(
      '/api/v1/enforcement/cases/case-1/documents/decision?format=pdf',
    );
    expect(screen.getByTestId('document-filing-docx').getAttribute('href')).toBe(
      '/api/v1/enforcement/cases/case-1/documents/filing?format=docx',
    );
    // The note of lead_found carries the lead's id: the page shows a link instead.
    expect(document.body.textContent).not.toContain('线索：lead-1');
    expect(rawCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('shows a paused clock, an overdue one in red and the late fee of the payment clock', async () => {
    serve(
      caseFixture({
        state: 'overdue',
        fineYuan: 200_000,
        penalty: penaltyFixture(),
        allowedEvents: ['paid', 'note'],
        clocks: [
          clockFixture({ code: 'DECISION', paused: true, daysLeft: 40 }),
          clockFixture({
            code: 'PAYMENT',
            text: '当事人应当自收到行政处罚决定书之日起十五日内缴纳罚款',
            citation: '行政处罚法 第六十七条第三款',
            dueDate: '2026-11-25',
            daysLeft: -5,
            overdue: true,
            lateFeeYuan: 30_000,
          }),
        ],
      }),
      () => ({ status: 500, body: {} }),
    );
    expect((await screen.findByTestId('clock-status-DECISION')).textContent).toBe('已暂停');
    const payment = screen.getByTestId('clock-status-PAYMENT');
    expect(payment.textContent).toBe('逾期 5 天');
    expect(payment.className).toContain('error');
    expect(screen.getByTestId('clock-late-fee').textContent).toBe('加处罚款 30,000 元');
    expect(screen.getByTestId('case-state').textContent).toBe('逾期未缴纳');
    // After the decision the fine is fixed: the result, no form.
    expect(screen.queryByTestId('penalty-submit')).toBeNull();
    expect(screen.getByTestId('penalty-fine').textContent).toBe('200,000 元');
  });

  it("assesses the fine with the jurisdiction's table and shows each factor, the basis and the result", async () => {
    const writes = serve(caseFixture(), (path, _body, current) =>
      path.endsWith('/penalty')
        ? { status: 200, body: { ...current, fineYuan: 200_000, penalty: penaltyFixture() } }
        : { status: 500, body: {} },
    );
    // The form waits for the session (who may assess).
    await screen.findByTestId('penalty-table', undefined, { timeout: 5000 });
    // Guangxi's tables for the violation: 2.7.2 only, chosen; its facts are asked, those of other tables not.
    expect(screen.getByTestId('penalty-table').textContent).toContain(
      '2.7.2 超过许可排放浓度、许可排放量排放水污染物（表B）',
    );
    expect(screen.queryByTestId('penalty-input-period')).toBeNull();
    expect(screen.queryByTestId('penalty-input-form')).toBeNull();
    expect(screen.getByText('本辖区裁量系数未经官方文本核实（暂用占位数据），须经管理员依正式文本确认')).toBeTruthy();

    fireEvent.change(screen.getByTestId('penalty-input-pollutant_count'), { target: { value: '2' } });
    await pick('penalty-input-pollutant_class', 'B类污染物');
    await pick('penalty-input-area', '一般区域');
    fireEvent.change(screen.getByTestId('penalty-input-daily_volume_t'), { target: { value: '120' } });
    fireEvent.change(screen.getByTestId('penalty-input-exceed_multiple'), { target: { value: '4' } });
    fireEvent.change(screen.getByTestId('penalty-input-repeats_2y'), { target: { value: '1' } });
    fireEvent.change(screen.getByTestId('penalty-decision-date'), { target: { value: '2026-11-09' } });
    fireEvent.click(screen.getByTestId('penalty-submit'));

    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(writes()[0]).toEqual({
      url: '/api/v1/enforcement/cases/case-1/penalty',
      body: {
        table: '2.7.2',
        decisionDate: '2026-11-09',
        inputs: {
          pollutant_count: '2',
          pollutant_class: 'B',
          area: 'general',
          daily_volume_t: '120',
          exceed_multiple: '4',
          repeats_2y: '1',
        },
      },
    });
    expect((await screen.findByTestId('penalty-fine')).textContent).toBe('200,000 元');
    const result = screen.getByTestId('penalty-result');
    expect(within(result).getByTestId('penalty-basis').textContent).toBe(
      '《中华人民共和国生态环境法典》第一千一百零三条',
    );
    expect(within(result).getByTestId('penalty-explanation').textContent).toContain('第一千零五十七条');
    expect(within(result).getByTestId('penalty-range').textContent).toBe('200,000 元 至 1,000,000 元');
    expect(within(result).getByTestId('penalty-sum').textContent).toBe('20%');
    const factors = within(result).getByTestId('penalty-factors').textContent ?? '';
    // Coded facts in words (B → B类污染物, general → 一般区域), a factor left out at its lowest grade.
    for (const words of ['B类污染物', '一般区域', '超标3倍以上8倍以下', '8%', '未填写，按最低档', '起始权重'])
      expect(factors).toContain(words);
    expect(within(result).getByTestId('penalty-warnings').textContent).toBe('裁量系数未经官方文本核实');
    expect(rawCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('refuses a number the server would not read, before sending', async () => {
    const writes = serve(caseFixture(), () => ({ status: 500, body: {} }));
    fireEvent.change(await screen.findByTestId('penalty-input-exceed_multiple'), { target: { value: '4倍' } });
    fireEvent.click(screen.getByTestId('penalty-submit'));
    await screen.findByText('请输入数字（可带小数）');
    expect(writes()).toEqual([]);
  });

  it('records a step through its form and shows a refusal in Chinese words', async () => {
    const writes = serve(
      caseFixture({ state: 'findings', allowedEvents: ['notice_sent', 'note'] }),
      (_path, body, current) =>
        (body as { date: string }).date < '2026-11-05'
          ? {
              status: 400,
              body: {
                error: {
                  code: 'CASE_EVENT_INVALID',
                  message: 'the day is before a step already recorded',
                  details: [
                    {
                      path: 'body.date',
                      message: 'the day is before a step already recorded',
                      code: 'CASE_EVENT_INVALID',
                    },
                  ],
                },
              },
            }
          : {
              status: 200,
              body: {
                ...current,
                state: 'notice_sent',
                allowedEvents: ['hearing_requested', 'note'],
                events: [
                  ...current.events,
                  {
                    id: 'ev-9',
                    kind: 'notice_sent',
                    date: (body as { date: string }).date,
                    endDate: null,
                    note: '',
                    data: { hearingRight: true },
                    createdBy: 'u1',
                    createdAt: '2026-11-06T02:00:00.000Z',
                  },
                ],
              },
            },
    );
    fireEvent.click(await screen.findByTestId('step-notice_sent'));
    expect(await screen.findByText('记录：送达事先告知书')).toBeTruthy();
    // The hearing right is offered, ticked: a fine of this size carries it.
    expect((screen.getByTestId('event-hearing-right') as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByTestId('event-date'), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByTestId('event-submit'));
    const refusal = await screen.findByTestId('event-error');
    expect(refusal.textContent).toContain('该办理事项不符合法定期限或顺序：日期不符合办理顺序');
    expect(refusal.textContent).not.toMatch(/[A-Za-z]{2,}/);

    fireEvent.change(screen.getByTestId('event-date'), { target: { value: '2026-11-06' } });
    fireEvent.click(screen.getByTestId('event-submit'));
    await waitFor(() => expect(screen.getByTestId('case-state').textContent).toBe('已事先告知'));
    expect(writes()[1]).toEqual({
      url: '/api/v1/enforcement/cases/case-1/events',
      body: { kind: 'notice_sent', date: '2026-11-06', note: '', hearingRight: true },
    });
    expect(screen.getByTestId('timeline-notice_sent').textContent).toContain('已告知听证权利');
    expect(screen.getByTestId('step-hearing_requested')).toBeTruthy();
  });

  it('says in Chinese that a case outside the scope does not exist', async () => {
    const fetchMock = vi.fn(async (input: string) =>
      new URL(input, 'http://test').pathname === '/api/v1/auth/me'
        ? json(meFixture(OFFICER))
        : json({ error: { code: 'CASE_NOT_FOUND', message: 'case x not found' } }, 404),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(
      <Routes>
        <Route path="/app/enforcement/cases/:id" element={<CasePage />} />
      </Routes>,
      { locale: 'zh-CN', path: '/app/enforcement/cases/x' },
    );
    expect((await screen.findByTestId('case-not-found')).textContent).toContain('案件不存在或不在您的数据范围内');
  });
});
