import type { InspectionChecklist } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { listDrafts } from './draft-store';
import { InspectionRecordFormPage } from './InspectionRecordFormPage';

afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

const checklist: InspectionChecklist = {
  enterpriseId: 'e1',
  industryCode: '4411',
  industry: { key: 'thermal_power', zh: '火力发电、热电联产', en: 'Thermal power and CHP' },
  positiveList: false,
  items: [
    { key: 'permit_posted', zh: '排污许可证在有效期内并公开张贴', en: 'Permit valid and posted', industry: '' },
    { key: 'tp_dust', zh: '除尘设施正常，烟囱无明显可见烟', en: 'Dust removal working', industry: 'thermal_power' },
  ],
};

const plan = {
  id: 'p1',
  hidden: false,
  inspectionDate: '2026-11-16',
  objects: [
    {
      enterpriseId: 'e1',
      name: '南宁示范热电有限公司',
      uscc: '91450100MA5K000001',
      library: 'key',
      method: 'site_visit',
      checks: [],
      inspectors: [{ userId: 'u2', displayName: '张三' }],
      shortfall: 0,
    },
  ],
};

/** The API; POST /inspection-records fails for the network `offline` times, then makes the record. */
function serve(offline: number) {
  const posts: { clientId: string; checklist: unknown[]; findings: string; outcome: string; attachments: unknown[] }[] =
    [];
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(['enforcement:read', 'enforcement:inspect']));
    if (url.pathname === '/api/v1/enforcement/inspection-checklist') return json(checklist);
    if (url.pathname === '/api/v1/enforcement/inspection-plans/p1') return json(plan);
    if (url.pathname === '/api/v1/enforcement/inspection-records' && init?.method === 'POST') {
      posts.push(JSON.parse(String(init.body)));
      if (posts.length <= offline) throw new TypeError('Failed to fetch');
      return json({ id: 'r1' }, 201);
    }
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  return posts;
}

const open = () =>
  renderWithProviders(
    <Routes>
      <Route path="/app/enforcement/inspection-records/new" element={<InspectionRecordFormPage />} />
      <Route path="/app/enforcement/inspection-records/:id" element={<div data-testid="record-detail-stub" />} />
    </Routes>,
    { locale: 'zh-CN', path: '/app/enforcement/inspection-records/new?enterpriseId=e1&planId=p1&name=x' },
  );

describe('InspectionRecordFormPage (检查记录)', () => {
  it("fills the unit's checklist, keeps the draft through a failed send and a reload, and sends it once", async () => {
    const posts = serve(1);
    const first = open();
    expect((await screen.findByTestId('record-unit', {}, { timeout: 8000 })).textContent).toBe('南宁示范热电有限公司');
    expect(screen.getByTestId('record-checklist').textContent).toContain('除尘设施正常');
    expect(screen.getByTestId('record-inspectors').textContent).toContain('南宁市局干部');
    expect(screen.getByTestId('record-inspectors').textContent).toContain('张三');
    // A site visit only: the unit is not on the positive list.
    expect(screen.queryByTestId('record-method-video')).toBeNull();

    fireEvent.click(screen.getByTestId('check-permit_posted-yes'));
    fireEvent.click(screen.getByTestId('check-tp_dust-no'));
    fireEvent.change(await screen.findByTestId('check-tp_dust-note'), { target: { value: '烟囱冒黑烟' } });
    fireEvent.change(screen.getByTestId('record-findings'), { target: { value: '除尘器停运。' } });
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], 'p.png', {
      type: 'image/png',
    });
    fireEvent.change(screen.getByTestId('record-file-photo'), { target: { files: [png] } });
    await waitFor(() => expect(listDrafts()[0]?.attachments).toHaveLength(1));
    expect(listDrafts()[0]).toMatchObject({ status: 'editing', findings: '除尘器停运。' });

    fireEvent.click(screen.getByTestId('record-send'));
    expect((await screen.findByTestId('record-pending', {}, { timeout: 8000 })).textContent).toContain('待发送');
    expect(listDrafts()[0]?.status).toBe('pending');

    // The phone reloads: the draft comes back, still waiting to be sent.
    first.unmount();
    open();
    expect((await screen.findByTestId('record-findings', {}, { timeout: 8000 })).textContent).toBe('除尘器停运。');
    expect(screen.getByTestId('record-pending')).toBeTruthy();
    expect(screen.getByTestId('record-send').textContent).toBe('重新发送');
    fireEvent.click(screen.getByTestId('record-send'));
    await screen.findByTestId('record-detail-stub', {}, { timeout: 8000 });

    expect(posts).toHaveLength(2);
    expect(posts[1]!.clientId).toBe(posts[0]!.clientId);
    expect(posts[1]).toMatchObject({
      outcome: 'problems',
      checklist: [
        { key: 'permit_posted', answer: 'yes', note: '' },
        { key: 'tp_dust', answer: 'no', note: '烟囱冒黑烟' },
      ],
    });
    expect(posts[1]!.attachments).toHaveLength(1);
    expect(listDrafts()).toEqual([]);
  });

  it('asks for findings when a problem is found, before sending anything', async () => {
    const posts = serve(0);
    open();
    fireEvent.click(await screen.findByTestId('check-tp_dust-no', {}, { timeout: 8000 }));
    fireEvent.click(screen.getByTestId('record-send'));
    expect((await screen.findByTestId('record-problem')).textContent).toContain('发现问题时请填写检查发现');
    expect(posts).toHaveLength(0);
  });
});
