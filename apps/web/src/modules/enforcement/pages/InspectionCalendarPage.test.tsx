import type { EnforcementCalendar } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { InspectionCalendarPage } from './InspectionCalendarPage';

// Only Date is faked (timers stay real for the query client and antd): today is Saturday 2026-11-28 in Beijing.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-28T02:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const plan = {
  id: 'p1',
  orgId: 'o1',
  orgName: '南宁市生态环境局',
  regionCode: '450100',
  period: '2026-Q4',
  inspectionDate: '2026-11-16',
  algorithm: 'sha256-counter-fisher-yates@1',
  rates: [{ library: 'key' as const, percent: '25' }],
  libraries: [{ library: 'key' as const, poolSize: 8, percent: '25', required: 2 }],
  objectCount: 2,
  publishedAt: null,
  createdBy: 'u9',
  createdAt: '2026-11-01T00:00:00Z',
  hidden: true,
  seed: null,
};

const deadline = (caseNo: string, code: string, dueDate: string, overdue = false) => ({
  caseId: `c-${caseNo}`,
  caseNo,
  title: '在线监测线索',
  enterpriseName: '南宁示范热电有限公司',
  regionCode: '450103',
  state: 'lead' as const,
  code,
  dueDate,
  paused: false,
  overdue,
});

const november: EnforcementCalendar = {
  month: '2026-11',
  from: '2026-11-01',
  to: '2026-11-30',
  asOf: '2026-11-28',
  plans: [plan],
  deadlines: [
    deadline('环罚〔2026〕7号', 'FILING', '2026-11-16', true),
    deadline('环罚〔2026〕8号', 'DECISION', '2026-11-30'),
  ],
};

const region = (code: string, label: string) => ({
  id: code,
  dictCode: 'region',
  code,
  label,
  labelEn: null,
  extra: {},
  sortOrder: 0,
});
const REGIONS = [region('450100', '南宁市'), region('450103', '青秀区'), region('450300', '桂林市')];

function serve() {
  const requests: URL[] = [];
  const fetchMock = vi.fn(async (input: string) => {
    const url = new URL(input, 'http://test');
    requests.push(url);
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(['enforcement:read']));
    if (url.pathname === '/api/v1/dictionaries/region/entries') return json({ items: REGIONS, total: REGIONS.length });
    if (url.pathname === '/api/v1/enforcement/calendar') {
      const month = url.searchParams.get('month')!;
      return json(
        month === '2026-11'
          ? november
          : { month, from: `${month}-01`, to: `${month}-28`, asOf: '2026-11-28', plans: [], deadlines: [] },
      );
    }
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(<InspectionCalendarPage />, { locale: 'zh-CN', path: '/app/enforcement/calendar' });
  return () => requests.filter((r) => r.pathname === '/api/v1/enforcement/calendar');
}

describe('InspectionCalendarPage (检查日历)', () => {
  it("asks for this month and marks each day's inspections and deadlines in Chinese", async () => {
    const calls = serve();
    expect((await screen.findByTestId('calendar-plans-2026-11-16')).textContent).toBe('抽查 1 项');
    expect(calls()[0]!.searchParams.get('month')).toBe('2026-11');
    expect(screen.getByTestId('calendar-month').textContent).toBe('2026年11月');
    expect(screen.getByTestId('calendar-deadlines-2026-11-16').textContent).toBe('期限 1 项');
    expect(screen.getByTestId('calendar-deadlines-2026-11-30').textContent).toBe('期限 1 项');
    expect(screen.queryByTestId('calendar-plans-2026-11-17')).toBeNull();
    // Monday first: 2026-11-01 is a Sunday, the last cell of the first week.
    const firstWeek = screen.getByTestId('calendar-cell-2026-11-01').closest('tr')!;
    expect(firstWeek.querySelectorAll('td')[6]!.getAttribute('data-testid')).toBe('calendar-cell-2026-11-01');
    // Today is selected: nothing on 11-28.
    expect(screen.getByTestId('calendar-day').textContent).toContain('当日没有抽查计划和办理期限');
  });

  it('lists a clicked day: the plan (its list secret) and the overdue filing deadline, with links', async () => {
    serve();
    fireEvent.click(await screen.findByTestId('calendar-cell-2026-11-16'));
    const day = screen.getByTestId('calendar-day');
    expect(day.textContent).toContain('2026-11-16 当日事项');
    const planRow = within(day).getByTestId('calendar-plan-p1');
    expect(planRow.textContent).toContain('南宁市生态环境局 · 2026-Q4 · 抽取 2 家');
    expect(planRow.textContent).toContain('名单保密');
    expect(planRow.querySelector('a')!.getAttribute('href')).toBe('/app/enforcement/inspections/p1');
    const row = within(day).getByTestId('calendar-deadline-c-环罚〔2026〕7号-FILING');
    expect(row.textContent).toContain('立案期限');
    expect(row.textContent).toContain('已逾期');
    expect(row.textContent).not.toContain('FILING');
    expect(row.querySelector('a')!.getAttribute('href')).toBe(
      `/app/enforcement/cases/${encodeURIComponent('c-环罚〔2026〕7号')}`,
    );
    expect(within(day).queryByText('环罚〔2026〕8号')).toBeNull();
  });

  it('moves to the next month and asks for it', async () => {
    const calls = serve();
    await screen.findByTestId('calendar-plans-2026-11-16');
    fireEvent.click(screen.getByTestId('calendar-next'));
    await waitFor(() => expect(calls().at(-1)!.searchParams.get('month')).toBe('2026-12'));
    await waitFor(() => expect(screen.getByTestId('calendar-month').textContent).toBe('2026年12月'));
    await waitFor(() => expect(screen.queryByTestId('calendar-plans-2026-11-16')).toBeNull());
    expect(screen.getByTestId('calendar-cell-2026-12-31')).toBeTruthy();
    expect(screen.getByTestId('calendar-day').textContent).toContain('点击日期');
  });

  it("narrows to a region of the officer's scope (another city is not offered)", async () => {
    const calls = serve();
    await screen.findByTestId('calendar-plans-2026-11-16');
    fireEvent.mouseDown(
      screen.getByTestId('calendar-region').querySelector('.ant-select-selector') ??
        screen.getByTestId('calendar-region'),
    );
    const options = await screen.findAllByText('青秀区', { selector: '.ant-select-item-option-content' });
    expect(screen.queryByText('桂林市', { selector: '.ant-select-item-option-content' })).toBeNull();
    fireEvent.click(options[options.length - 1]!);
    await waitFor(() => expect(calls().at(-1)!.searchParams.get('regionCode')).toBe('450103'));
    expect(calls().at(-1)!.searchParams.get('month')).toBe('2026-11');
  });
});
