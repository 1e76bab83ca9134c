import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/http';
import { draftFor, listDrafts, newDraft, removeDraft, saveDraft, sendDraft, toBody } from './draft-store';

const draft = () =>
  newDraft({
    enterpriseId: 'e1',
    enterpriseName: '南宁示范热电有限公司',
    planId: 'p1',
    date: '2026-11-27',
    method: 'site',
    inspectors: ['张三'],
  });

afterEach(() => window.localStorage.clear());

describe('inspection drafts (检查记录草稿)', () => {
  it('keeps drafts across a reload (localStorage) and finds the one of a unit and plan', () => {
    const d = { ...draft(), findings: '废水直排' };
    expect(d.clientId).toMatch(/^[0-9a-f]{32}$/);
    expect(saveDraft(d)).toBe(true);
    saveDraft({ ...d, findings: '废水直排，现场有暗管' });
    expect(listDrafts()).toHaveLength(1);
    expect(draftFor('e1', 'p1')?.findings).toBe('废水直排，现场有暗管');
    expect(draftFor('e1', null)).toBeUndefined();
    removeDraft(d.clientId);
    expect(listDrafts()).toEqual([]);
  });

  it('reads a corrupt store as no drafts, and says when the storage is full', () => {
    window.localStorage.setItem('ecocloud.enforcement.inspectionDrafts.v1', '{not json');
    expect(listDrafts()).toEqual([]);
    const full = {
      getItem: () => '[]',
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(saveDraft(draft(), full)).toBe(false);
  });

  it('sends the answers, images as base64 and the client id', () => {
    const d = {
      ...draft(),
      answers: { permit_posted: { answer: 'no' as const, note: '未张贴' } },
      attachments: [
        {
          kind: 'photo' as const,
          fileName: 'a.png',
          contentType: 'image/png',
          dataUrl: 'data:image/png;base64,iVBORw0=',
        },
      ],
    };
    expect(toBody(d)).toMatchObject({
      clientId: d.clientId,
      inspectors: [{ name: '张三' }],
      checklist: [{ key: 'permit_posted', answer: 'no', note: '未张贴' }],
      attachments: [{ kind: 'photo', contentType: 'image/png', dataBase64: 'iVBORw0=' }],
    });
  });

  it('keeps a draft pending (待发送) when the network fails, and removes it once sent', async () => {
    const d = draft();
    saveDraft(d);
    const offline = vi.fn(async (_body: unknown) => {
      throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'Failed to fetch' });
    });
    const failed = await sendDraft(d, offline);
    expect(failed).toMatchObject({ ok: false, pending: true });
    expect(listDrafts()).toMatchObject([{ clientId: d.clientId, status: 'pending' }]);

    const online = vi.fn(async (_body: unknown) => ({ id: 'r1' }) as never);
    const sent = await sendDraft(listDrafts()[0]!, online);
    expect(sent.ok).toBe(true);
    // The same client id both times: the server makes one record of the two sends.
    expect(online.mock.calls[0]![0]).toMatchObject({ clientId: d.clientId });
    expect(offline.mock.calls[0]![0]).toMatchObject({ clientId: d.clientId });
    expect(listDrafts()).toEqual([]);
  });

  it('returns a refused draft to editing, not pending', async () => {
    const d = draft();
    const refused = vi.fn(async () => {
      throw new ApiError({ status: 400, code: 'INSPECTION_RECORD_INVALID', message: 'bad' });
    });
    const r = await sendDraft(d, refused);
    expect(r).toMatchObject({ ok: false, pending: false });
    expect(listDrafts()).toMatchObject([{ status: 'editing' }]);
  });
});
