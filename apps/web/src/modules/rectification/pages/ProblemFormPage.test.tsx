import type { ProblemDetail } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { problemFixture } from '../testing/fixtures';
import { ProblemFormPage } from './ProblemFormPage';

afterEach(() => vi.unstubAllGlobals());

type Sent = { method: string; url: string; body: Record<string, unknown> };
const region = (code: string, label: string) => ({
  id: code,
  dictCode: 'region',
  code,
  label,
  labelEn: null,
  extra: {},
  sortOrder: 0,
});
const org = (id: string, name: string, parentId: string | null) => ({
  id,
  parentId,
  name,
  nameEn: null,
  kind: parentId ? 'city' : 'province',
  regionCode: parentId ? '450100' : '450000',
  createdAt: '',
});

/** The form's reads (session, batches, regions, organisations, the problem) and its one write, answered by `answer`. */
function serve(path: string, answer: (sent: Sent) => Response, detail?: ProblemDetail) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://test');
      if (init?.method === 'POST' || init?.method === 'PUT') {
        const s = {
          method: init.method,
          url: url.pathname,
          body: JSON.parse(String(init.body)) as Record<string, unknown>,
        };
        sent.push(s);
        return answer(s);
      }
      if (url.pathname === '/api/v1/auth/me')
        return json(meFixture(['rectification:read', 'rectification:write', 'orgs:read', 'dictionaries:read']));
      if (url.pathname === '/api/v1/rectification/batches')
        return json({ items: [{ id: 'b1', name: '中央生态环境保护督察反馈问题（演示）' }], total: 1 });
      if (url.pathname === '/api/v1/dictionaries/region/entries')
        return json({ items: [region('450100', '南宁市'), region('450102', '兴宁区')], total: 2 });
      if (url.pathname === '/api/v1/orgs')
        return json({
          items: [org('org-gx', '广西壮族自治区生态环境厅', null), org('org-nn', '南宁市生态环境局', 'org-gx')],
          total: 2,
        });
      if (detail && url.pathname === `/api/v1/rectification/problems/${detail.id}`) return json(detail);
      return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
    }),
  );
  renderWithProviders(
    <Routes>
      <Route path="/app/rectification/problems/new" element={<ProblemFormPage />} />
      <Route path="/app/rectification/problems/:id/edit" element={<ProblemFormPage />} />
      <Route path="/app/rectification/problems/:id" element={<div data-testid="problem-opened" />} />
    </Routes>,
    { locale: 'zh-CN', path },
  );
  return sent;
}

const input = (testId: string) => {
  const el = screen.getByTestId(testId);
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el : el.querySelector('input, textarea')!;
};
const type = (testId: string, value: string) => fireEvent.change(input(testId), { target: { value } });

async function pick(testId: string, option: string, selector = '.ant-select-item-option-content') {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(select.querySelector('.ant-select-selector, .ant-select') ?? select);
  const options = await screen.findAllByText(option, { selector });
  fireEvent.click(options[options.length - 1]!);
}

describe('ProblemFormPage (整改方案)', () => {
  it('refuses an empty plan on the spot in Chinese, then creates the problem in the batch of the list', async () => {
    const sent = serve('/app/rectification/problems/new?batchId=b1', () => json(problemFixture({ id: 'p9' }), 201));
    await screen.findByText('中央生态环境保护督察反馈问题（演示）');
    fireEvent.click(screen.getByTestId('problem-form-submit'));
    expect(await screen.findByText('请至少填写一条整改措施')).toBeTruthy();
    expect(screen.getAllByText('必填').length).toBeGreaterThanOrEqual(5);
    expect(sent).toEqual([]);

    type('problem-form-itemNo', '7');
    type('problem-form-problem', '南宁市某工业园区污水直排');
    await pick('problem-form-region', '南宁市');
    const tree = screen.getByTestId('problem-form-leadOrg');
    fireEvent.mouseDown(tree.querySelector('.ant-select') ?? tree);
    fireEvent.click((await screen.findAllByTitle('南宁市生态环境局')).at(-1)!);
    type('problem-form-acceptanceUnit', '南宁市人民政府');
    type('problem-form-target', '园区污水全收集全处理');
    type('problem-form-measures', '完善管网\n\n 建设应急池 ');
    type('problem-form-deadline', '2027-06-30');
    fireEvent.click(screen.getByTestId('problem-form-submit'));
    await screen.findByTestId('problem-opened');
    expect(sent).toEqual([
      {
        method: 'POST',
        url: '/api/v1/rectification/problems',
        body: {
          batchId: 'b1',
          itemNo: '7',
          problem: '南宁市某工业园区污水直排',
          category: '',
          regionCode: '450100',
          leadOrgId: 'org-nn',
          coUnits: '',
          acceptanceUnit: '南宁市人民政府',
          target: '园区污水全收集全处理',
          measures: ['完善管网', '建设应急池'],
          deadline: '2027-06-30',
          horizon: 'short',
          monitoring: null,
          isPublic: true,
          complaintBatchRef: '',
        },
      },
    ]);
  });

  it('edits the plan of a problem, keeping its monitoring link, and shows the server’s field refusals in Chinese', async () => {
    const detail = problemFixture({
      monitoring: {
        stationCode: 'GX-W-0105',
        stationName: '邕江水塘江',
        requiredClass: 3,
        month: null,
        waterClass: null,
        meetsTarget: null,
      },
    });
    let refuse = true;
    const sent = serve(
      '/app/rectification/problems/p1/edit',
      () =>
        refuse
          ? json(
              {
                error: {
                  code: 'VALIDATION_FAILED',
                  message: 'invalid',
                  details: [
                    { path: 'body.complaintBatchRef', message: 'unknown', code: 'UNKNOWN_COMPLAINT_BATCH' },
                    {
                      path: 'body.target',
                      message: 'Too big',
                      code: 'too_big',
                      params: { origin: 'string', maximum: 2000 },
                    },
                  ],
                },
              },
              400,
            )
          : json(detail),
      detail,
    );
    await waitFor(() =>
      expect((input('problem-form-target') as HTMLTextAreaElement).value).toBe('水塘江断面水质稳定达到Ⅲ类'),
    );
    expect((input('problem-form-itemNo') as HTMLInputElement).disabled).toBe(true); // fixed once the problem exists
    expect((input('problem-form-measures') as HTMLTextAreaElement).value).toBe('完成雨污分流改造\n新建污水处理厂');
    type('problem-form-deadline', '2027-12-31');
    type('problem-form-complaintBatchRef', 'ZY-NOPE');
    fireEvent.click(screen.getByTestId('problem-form-submit'));
    expect(await screen.findByText('信访投诉模块中没有该交办批次')).toBeTruthy();
    expect(screen.getByText('最多 2000 个字符')).toBeTruthy();
    expect(screen.getByTestId('problem-form-error').textContent).toContain('保存未通过校验');
    expect(document.body.textContent).not.toMatch(/unknown|Too big/);
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      url: '/api/v1/rectification/problems/p1',
      body: {
        itemNo: '1',
        deadline: '2027-12-31',
        complaintBatchRef: 'ZY-NOPE',
        monitoring: { stationCode: 'GX-W-0105', requiredClass: 3 },
        measures: ['完成雨污分流改造', '新建污水处理厂'],
      },
    });
    refuse = false;
    type('problem-form-complaintBatchRef', '');
    fireEvent.click(screen.getByTestId('problem-form-submit'));
    await screen.findByTestId('problem-opened');
    expect(sent[1]?.body.complaintBatchRef).toBe('');
  });
});
