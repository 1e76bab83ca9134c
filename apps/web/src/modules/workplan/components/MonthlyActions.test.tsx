import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MonthlyReport } from '@ecocloud/contracts';
import { renderWithProviders } from '../../../testing/test-utils';
import { MonthlyActions } from './MonthlyActions';
import { MonthlyPreview } from './MonthlyPreview';

afterEach(() => vi.unstubAllGlobals());

const report: MonthlyReport = {
  id: 'm-1',
  planId: 'p',
  month: '2026-10',
  state: 'submitted',
  compiledBy: 'admin',
  compiledAt: '2026-11-02T02:00:00.000Z',
  submittedBy: 'admin',
  submittedAt: '2026-11-02T03:00:00.000Z',
  decidedBy: null,
  decidedAt: null,
  returnReason: null,
  releasedBy: null,
  releasedAt: null,
  frozenSha256: null,
  content: {
    planTitle: '2026年全区生态环境工作要点',
    year: 2026,
    month: '2026-10',
    asOf: '2026-11-02',
    summary: {
      tasks: 2,
      reported: 1,
      reports: 1,
      lateReports: 1,
      done: 0,
      onTrack: 1,
      atRisk: 0,
      overdue: 1,
      notices: 1,
    },
    sections: [
      {
        number: '三、',
        title: '深入打好污染防治攻坚战',
        tasks: [
          {
            itemId: 'i-1',
            number: '（一）',
            title: '农村生活污水治理',
            status: 'overdue',
            leadUnits: ['南宁市生态环境局'],
            deadline: '2026-09-30',
            percent: 70,
            reports: [
              {
                unitName: '南宁市生态环境局',
                text: '本月完成12个村治理',
                percent: 70,
                late: true,
                reviewState: 'approved',
              },
            ],
            indicators: [
              {
                name: '农村生活污水治理率',
                unit: '%',
                direction: 'at_least',
                target: 33,
                value: 31.5,
                source: 'manual',
                track: 'behind',
              },
            ],
          },
        ],
      },
    ],
    risks: [
      {
        number: '（一）',
        title: '农村生活污水治理',
        status: 'overdue',
        leadUnits: ['南宁市生态环境局'],
        deadline: '2026-09-30',
      },
    ],
    notices: [
      {
        itemTitle: '农村生活污水治理',
        unitName: '南宁市生态环境局',
        reason: '进度滞后',
        level: 1,
        issuedAt: '2026-10-10T02:00:00.000Z',
        replyDue: '2026-10-17',
        state: 'replied',
      },
    ],
  },
};

describe('the monthly progress report', () => {
  it('previews the report by major task with what each unit reported, indicators, risks and notices', () => {
    renderWithProviders(<MonthlyPreview content={report.content} />, { locale: 'zh-CN' });
    const section = screen.getByTestId('monthly-section');
    expect(section.textContent).toContain('三、深入打好污染防治攻坚战');
    expect(section.textContent).toContain('本月完成12个村治理');
    expect(section.textContent).toContain('逾期报送');
    expect(section.textContent).toContain('31.5%');
    expect(section.textContent).toContain('滞后');
    expect(screen.getByTestId('monthly-risks').textContent).toContain('已逾期');
    expect(screen.getByTestId('monthly-notices').textContent).toContain('进度滞后');
  });

  it('lets a leader return a submitted report only with a reason, and sends it', async () => {
    const fetchMock = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(JSON.stringify({ ...report, state: 'returned', returnReason: '请补充原因' }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<MonthlyActions planId="p" month="2026-10" report={report} canWrite={false} canApprove />, {
      locale: 'zh-CN',
    });
    expect(screen.queryByTestId('monthly-compile')).toBeNull();
    expect(screen.getByTestId('monthly-state').textContent).toBe('待审批');
    expect(screen.getByTestId('monthly-return').hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByTestId('monthly-return-reason'), { target: { value: '请补充原因' } });
    fireEvent.click(screen.getByTestId('monthly-return'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/workplan/monthly-reports/m-1/decision');
    expect(JSON.parse(String(init.body))).toEqual({ decision: 'return', reason: '请补充原因' });
    expect(screen.getByTestId('monthly-docx').getAttribute('href')).toBe(
      '/api/v1/workplan/monthly-reports/m-1/document?format=docx',
    );
  });

  it('offers an officer who may write the compile step before anything exists, in English too', () => {
    renderWithProviders(<MonthlyActions planId="p" month="2026-11" report={null} canWrite canApprove={false} />, {
      locale: 'en',
    });
    expect(screen.getByTestId('monthly-compile').textContent).toContain('Compile');
    expect(screen.queryByTestId('monthly-approve')).toBeNull();
    expect(screen.queryByTestId('monthly-docx')).toBeNull();
  });
});
