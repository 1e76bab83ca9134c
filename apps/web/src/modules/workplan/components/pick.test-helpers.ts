import { fireEvent, screen } from '@testing-library/react';
import { vi } from 'vitest';

/** Test helpers for the work plan's modals: a fake API and picking in antd selects. */

/** Two organisations for OrgSelect: the department and Nanning below it. */
const ORGS = [
  {
    id: 'dept',
    parentId: null,
    path: '/dept/',
    name: '生态环境厅',
    nameEn: 'Dept',
    kind: 'department',
    regionCode: '450000',
  },
  {
    id: 'nn',
    parentId: 'dept',
    path: '/dept/nn/',
    name: '南宁市生态环境局',
    nameEn: 'Nanning',
    kind: 'city',
    regionCode: '450100',
  },
  {
    id: 'lz',
    parentId: 'dept',
    path: '/dept/lz/',
    name: '柳州市生态环境局',
    nameEn: 'Liuzhou',
    kind: 'city',
    regionCode: '450200',
  },
];

type Answer = { status?: number; body: unknown };

/** Stubs fetch: organisations, then the first route whose method and path suffix match; records every call. */
export function fakeApi(routes: Record<string, Answer | ((body: unknown) => Answer)>) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const path = String(url).split('?')[0]!;
    let answer: Answer = { status: 404, body: { error: { code: 'NOT_FOUND', message: 'no route' } } };
    if (path.endsWith('/orgs')) answer = { body: { items: ORGS, total: ORGS.length } };
    for (const [key, value] of Object.entries(routes)) {
      const [m, suffix] = key.split(' ');
      if (m === method && path.endsWith(suffix!)) {
        answer = typeof value === 'function' ? value(init?.body ? JSON.parse(String(init.body)) : undefined) : value;
        break;
      }
    }
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  /** The JSON bodies sent with this method to a path ending so. */
  const sent = (method: string, suffix: string) =>
    fetchMock.mock.calls
      .filter(([u, init]) => (init?.method ?? 'GET') === method && String(u).split('?')[0]!.endsWith(suffix))
      .map(([, init]) => JSON.parse(String(init!.body)) as unknown);
  return { fetchMock, sent };
}

/** Opens an antd Select or TreeSelect by its test id and clicks the option (tree node) with this text. */
export async function pick(testId: string, text: string): Promise<void> {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(select.querySelector('.ant-select-content') ?? select);
  const options = await screen.findAllByText(text, {
    selector: '.ant-select-tree-title, .ant-select-item-option-content',
  });
  fireEvent.click(options[options.length - 1]!);
}

/** An input by test id: antd puts the id on the input or on a wrapper around it. */
export const field = (testId: string): HTMLInputElement => {
  const el = screen.getByTestId(testId);
  return (el.tagName === 'INPUT' ? el : el.querySelector('input')!) as HTMLInputElement;
};
