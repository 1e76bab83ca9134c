import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import type { CityEvaluation } from '../types';
import { RankingTable } from './RankingTable';

function city(regionCode: string, name: string, rank: number | null, compositeIndex: string | null): CityEvaluation {
  return {
    regionCode,
    name,
    stations: 2,
    daysTotal: 31,
    daysValid: rank === null ? 20 : 31,
    isValid: rank !== null,
    validityNote: rank === null ? 'month has 20 valid days (< 27)' : null,
    stats: {
      so2: 9,
      no2: 20,
      pm10: 45,
      pm2_5: 30,
      co: 0.8,
      co_p95: 1.1,
      o3_8h_p90: 150,
      so2_p98: 12,
      no2_p98: 30,
      pm10_p95: 70,
      pm2_5_p95: 50,
    },
    goodDays: 28,
    goodDayRatio: '90.3',
    levelDays: [3, 25, 3, 0, 0, 0],
    compositeIndex,
    mainPollutants: ['o3'],
    primaryPollutantDays: { o3: 20 },
    rank,
    previous: null,
    compositeChangePct: '-2.5',
    pm25ChangePct: null,
    goodDayRatioChange: null,
  };
}

// The server's ranking of a month with a tie at rank 2 ("1224") and an unranked city.
const cities = [
  city('450400', '梧州市', 4, '3.95'),
  city('450100', '南宁市', 1, '3.10'),
  city('450300', '桂林市', 2, '3.50'),
  city('450200', '柳州市', 2, '3.50'),
  city('451300', '来宾市', null, null),
];

describe('RankingTable', () => {
  it('orders by rank, shows tied cities with the same rank and skips the next one', () => {
    renderWithProviders(<RankingTable cities={cities} cityHref={(c) => `/app/assessment/cities/${c}`} />, {
      locale: 'zh-CN',
    });
    const rows = [...screen.getByTestId('ranking-table').querySelectorAll('tbody tr[data-row-key]')];
    expect(rows.map((r) => r.getAttribute('data-row-key'))).toEqual(['450100', '450200', '450300', '450400', '451300']);
    expect(screen.getByTestId('rank-450200').textContent).toBe('2');
    expect(screen.getByTestId('rank-450300').textContent).toBe('2');
    expect(screen.getByTestId('rank-450400').textContent).toBe('4');
    expect(screen.getByTestId('rank-451300').textContent).toBe('—');
    expect(screen.getByTestId('composite-450300').textContent).toBe('3.50');
  });

  it('highlights the last-ranked city, not the unranked one', () => {
    renderWithProviders(<RankingTable cities={cities} />, { locale: 'zh-CN' });
    const row = (code: string) => screen.getByTestId('ranking-table').querySelector(`tr[data-row-key="${code}"]`);
    expect(row('450400')?.getAttribute('data-worst')).toBe('true');
    expect(row('450400')?.textContent).toContain('末位');
    expect(row('450400')?.getAttribute('style') ?? '').toMatch(/#fff1f0|rgb\(255, 241, 240\)/i);
    for (const code of ['450100', '450200', '450300', '451300'])
      expect(row(code)?.getAttribute('data-worst')).toBe('false');
    expect(row('451300')?.textContent).toContain('< 27');
  });

  it('marks every city that shares the last rank', () => {
    const tiedLast = [
      city('450100', '南宁市', 1, '3.10'),
      city('450200', '柳州市', 2, '3.50'),
      city('450300', '桂林市', 2, '3.50'),
    ];
    renderWithProviders(<RankingTable cities={tiedLast} />, { locale: 'en' });
    const worst = screen.getByTestId('ranking-table').querySelectorAll('tr[data-worst="true"]');
    expect([...worst].map((r) => r.getAttribute('data-row-key'))).toEqual(['450200', '450300']);
    expect(worst[0]?.textContent).toContain('Last');
  });
});
