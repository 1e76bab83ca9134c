import type { SupervisionSource } from '../../../platform/supervision/supervision-registry';
import { latestPublished } from './ratings.repository';

const LEVEL_TEXT = { yellow: '环保警示', red: '环保不良' } as const;

/**
 * The rating's consequence for the enforcement object library (regulation.md §4.1): the latest published level
 * 警示 (yellow, stricter supervision) or 不良 (red, joint punishment) puts the unit under special supervision.
 */
export const creditSupervisionSource: SupervisionSource = {
  criteria: ['credit_warning', 'bad_credit'],
  async read({ db }, enterpriseIds, day) {
    const levels = await latestPublished(db, enterpriseIds, day);
    return [...levels.values()].flatMap((l) =>
      l.level === 'yellow' || l.level === 'red'
        ? [
            {
              enterpriseId: l.enterpriseId,
              criterion: l.level === 'red' ? ('bad_credit' as const) : ('credit_warning' as const),
              text: `${l.year}年度环境信用评价为${LEVEL_TEXT[l.level]}（${l.publishedOn}公布）${l.jointPunishment ? '，列入联合惩戒名单' : ''}`,
            },
          ]
        : [],
    );
  },
};
