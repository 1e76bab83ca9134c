import type { CaseDetail } from '@ecocloud/contracts';
import {
  basisOf,
  dayOf,
  eventOf,
  evidenceList,
  evidenceSentence,
  factsText,
  actPeriod,
  partyBlock,
  partyFields,
  underCode,
  type DocumentContext,
} from './document-context';
import { chineseDate, type CaseDocument, type DocumentBlock } from './document-model';
import { VIOLATION_TEXT } from './violation-text';

const LAW = '《中华人民共和国行政处罚法》';
const BLANK_DATE = '____年__月__日';
const para = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
const clockOf = (c: CaseDetail, code: string) => c.clocks.find((k) => k.code === code);

/** 立案审批表: the lead, the party, the facts and first evidence, the basis in view, the clocks, the approval. */
export function filingForm(ctx: DocumentContext): CaseDocument {
  const { c } = ctx;
  const filing = clockOf(c, 'FILING');
  const filed = eventOf(c, 'filed');
  const basis = basisOf(c);
  const found = eventOf(c, 'lead_found')?.date;
  return {
    authority: ctx.authority,
    title: '立案审批表',
    number: c.caseNo,
    blocks: [
      {
        kind: 'fields',
        rows: [
          ['案由', c.title],
          ['案件来源', c.leadId ? '污染源自动监控（在线监测）线索' : '检查发现、投诉举报或者其他线索'],
          ...partyFields(ctx),
          ['违法行为', VIOLATION_TEXT[c.violation]],
          ['违法行为时间', actPeriod(c)],
          ['发现线索日期', found ? chineseDate(found) : '—'],
          ['简要案情', factsText(c)],
          ['初步证据', evidenceList(c).join('；') || '见案卷所附材料'],
          ['拟适用依据', basis?.citation ?? '待调查后确定'],
          ['立案期限', filing ? `${chineseDate(filing.dueDate)}前（${filing.citation}）` : '—'],
          [
            '追责时效',
            `${c.limitation.years}年，至${chineseDate(c.limitation.lastDay)}（${c.limitation.citation}）${c.limitation.within ? '' : '，已超过时效'}`,
          ],
          ['承办人意见', '经初步核查，有违法事实，属于本机关管辖，建议立案调查。\n承办人签名：            年  月  日'],
          [
            '负责人审批意见',
            filed ? `同意立案。（${chineseDate(filed.date)}）` : '\n负责人签名：            年  月  日',
          ],
        ],
      },
    ],
    signature: null,
    checks: [
      ...(filing?.mark === '⚠' ? ['⚠ 立案十五日期限（生态环境部令第30号）未经官方文本核对'] : []),
      ...(c.limitation.within ? [] : ['⚠ 已超过追责时效，不得作出处罚决定']),
    ],
  };
}

/**
 * 责令改正违法行为决定书: the facts, the order under 行政处罚法 §28 and the article of the case, the
 * re-inspection within 30 days and the daily continuous penalty that refusing it brings (its start day
 * differs between the Code and the 2014 rule: regulation.md §3.2).
 */
export function correctionOrder(ctx: DocumentContext): CaseDocument {
  const { c } = ctx;
  const basis = basisOf(c);
  const code = underCode(c);
  const daily = code
    ? '《中华人民共和国生态环境法典》第一千零六十条的规定，自责令改正之日的次日起'
    : '《中华人民共和国环境保护法》第五十九条和《环境保护主管部门实施按日连续处罚办法》第十七条的规定，自责令改正违法行为决定书送达之日的次日起';
  return {
    authority: ctx.authority,
    title: '责令改正违法行为决定书',
    number: c.caseNo,
    blocks: [
      partyBlock(ctx),
      para(`经查，${factsText(c)}${evidenceSentence(c)}`),
      para(
        `你单位的上述行为违反了环境保护法律法规的规定。依据${LAW}第二十八条第一款${basis ? `和${basis.citation}` : ''}的规定，本机关责令你单位立即改正上述违法行为，停止${VIOLATION_TEXT[c.violation]}。`,
      ),
      para(
        '你单位应当自收到本决定书之日起立即改正，并将改正情况书面报告本机关。本机关将在本决定书送达之日起三十日内，以暗查等方式对你单位改正违法行为的情况进行复查（《环境保护主管部门实施按日连续处罚办法》第十条）。',
      ),
      para(`你单位拒不改正的，本机关将依照${daily}，按照原处罚数额按日连续处罚。`),
      para(
        '你单位如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。',
      ),
    ],
    signature: { authority: ctx.authority, date: chineseDate(dayOf(ctx, 'correction_order_made')) },
    checks: [
      '⚠ 行政复议六十日、行政诉讼六个月系背景知识（《行政复议法》第二十条、《行政诉讼法》第四十六条），未经官方文本核对',
      ...(code
        ? []
        : ['⚠ 按日连续处罚的起算日：部令第28号自送达次日起，法典自责令改正之日的次日起，请核对所适用的规定']),
      ...(eventOf(c, 'correction_order_made') ? [] : ['本文书为作出责令改正前的稿本，日期为生成之日']),
    ],
  };
}

/** 听证通知书: the request, the day and place, the party's rights at the hearing (行政处罚法 §64). */
export function hearingNotice(ctx: DocumentContext): CaseDocument {
  const { c } = ctx;
  const requested = eventOf(c, 'hearing_requested')!;
  const notified = eventOf(c, 'hearing_notified');
  const hearingDate =
    typeof notified?.data.hearingDate === 'string' ? chineseDate(notified.data.hearingDate) : BLANK_DATE;
  return {
    authority: ctx.authority,
    title: '听证通知书',
    number: c.caseNo,
    blocks: [
      partyBlock(ctx),
      para(
        `你单位于${chineseDate(requested.date)}对本机关《行政处罚事先告知书》（${c.caseNo}）拟作出的行政处罚提出听证申请。根据${LAW}第六十四条的规定，本机关定于${hearingDate}在____________举行听证会，请你单位准时参加。`,
      ),
      { kind: 'heading', text: '注意事项' },
      para('一、你单位可以亲自参加听证，也可以委托一至二人代理；委托代理人参加的，应当提交授权委托书。'),
      para('二、听证由本机关指定的非本案调查人员主持；你单位认为主持人与本案有直接利害关系的，有权申请回避。'),
      para('三、听证公开举行，涉及国家秘密、商业秘密或者个人隐私依法予以保密的除外。'),
      para('四、你单位及其代理人无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证。'),
      para(`本通知于举行听证的七个工作日前送达（${LAW}第六十四条第（二）项、第八十五条）。`),
    ],
    signature: { authority: ctx.authority, date: chineseDate(dayOf(ctx, 'hearing_notified')) },
    checks: notified ? [] : ['听证日期和地点未记录，请填写后送达'],
  };
}

/** The documents issued so far, with the day each was served (送达) where recorded. */
function issued(c: CaseDetail): { name: string; served: string | undefined }[] {
  const served = (kind: string) => eventOf(c, kind)?.date;
  return [
    ...(eventOf(c, 'correction_order_made')
      ? [{ name: '责令改正违法行为决定书', served: served('correction_order_served') }]
      : []),
    ...(eventOf(c, 'notice_sent') ? [{ name: '行政处罚事先告知书', served: undefined }] : []),
    ...(eventOf(c, 'hearing_notified') ? [{ name: '听证通知书', served: undefined }] : []),
    ...(eventOf(c, 'decided') ? [{ name: '行政处罚决定书', served: served('served') }] : []),
  ];
}

/** True when the case has a document to serve. */
export const hasIssued = (c: CaseDetail): boolean => issued(c).length > 0;

/** 送达回证: each document issued with its number, the addressee and place, ways of service, signatures. */
export function serviceReceipt(ctx: DocumentContext): CaseDocument {
  const { c, party } = ctx;
  return {
    authority: ctx.authority,
    title: '送达回证',
    number: c.caseNo,
    blocks: [
      {
        kind: 'table',
        header: ['送达文书名称', '文号', '送达日期', '收件人签名或盖章'],
        rows: issued(c).map((d) => [d.name, c.caseNo, d.served ? chineseDate(d.served) : BLANK_DATE, '']),
        widths: [32, 24, 20, 24],
      },
      {
        kind: 'fields',
        rows: [
          ['受送达人', party.name],
          ['送达地点', party.address || '____________'],
          ['送达方式', '□直接送达  □留置送达  □邮寄送达  □电子送达  □委托送达'],
          // Room to sign.
          ['送达人', '\n'],
          ['见证人', '\n'],
          [
            '备注',
            `依照${LAW}第六十一条，决定书当场交付当事人；当事人不在场的，在七个工作日内依照民事诉讼法的有关规定送达。`,
          ],
        ],
      },
    ],
    signature: { authority: ctx.authority, date: chineseDate(ctx.today) },
    checks: [],
  };
}
