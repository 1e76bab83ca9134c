import { describe, expect, it } from 'vitest';
import { eventBody, fieldsOf, splitSteps } from './event-form';
import { caseFixture } from './testing/fixtures';

describe('eventBody', () => {
  it('sends each kind its own fields and a trimmed note', () => {
    expect(eventBody('filed', { date: '2026-11-05', note: '  经负责人批准立案 ' })).toEqual({
      kind: 'filed',
      date: '2026-11-05',
      note: '经负责人批准立案',
    });
    expect(eventBody('extended', { date: '2026-11-05', clock: 'DECISION', by: 'approval', amount: '30' })).toEqual({
      kind: 'extended',
      date: '2026-11-05',
      note: '',
      clock: 'DECISION',
      by: 'approval',
      amount: 30,
    });
    expect(eventBody('paused', { date: '2026-11-05', reason: 'appraisal', endDate: '' })).toMatchObject({
      reason: 'appraisal',
      endDate: null,
    });
    expect(eventBody('notice_sent', { date: '2026-11-06' })).toMatchObject({ hearingRight: false });
    expect(eventBody('hearing_notified', { date: '2026-11-06', hearingDate: '2026-11-17' })).toMatchObject({
      hearingDate: '2026-11-17',
    });
    expect(eventBody('reinspected', { date: '2026-11-06', finding: 'corrected' })).toMatchObject({
      finding: 'corrected',
    });
  });

  it('asks only the fields a kind needs', () => {
    expect(fieldsOf('decided')).toEqual([]);
    expect(fieldsOf('paused')).toEqual(['reason', 'endDate']);
  });
});

describe('splitSteps', () => {
  it('puts the steps that move the case along first, the rest in the menu', () => {
    const { main, more } = splitSteps(caseFixture());
    expect(main).toEqual(['findings']);
    expect(more).toEqual(['extended', 'paused', 'monitoring_report', 'correction_order_made', 'note']);
  });

  it('offers a resumption only while a pause is open', () => {
    const allowedEvents = ['resumed', 'note'] as const;
    expect(splitSteps(caseFixture({ allowedEvents: [...allowedEvents] })).more).toEqual(['note']);
    const paused = caseFixture({
      allowedEvents: [...allowedEvents],
      events: [
        ...caseFixture().events,
        {
          id: 'ev-3',
          kind: 'paused',
          date: '2026-11-06',
          endDate: null,
          note: '',
          data: { reason: 'appraisal' },
          createdBy: 'u1',
          createdAt: '2026-11-06T02:00:00.000Z',
        },
      ],
    });
    expect(splitSteps(paused).more).toEqual(['resumed', 'note']);
  });
});
