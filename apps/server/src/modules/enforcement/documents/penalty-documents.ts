import type { CaseDetail, CasePenalty } from '@ecocloud/contracts';
import { basisParagraph, discretionBlocks, fineWords, penaltyChecks } from './discretion-text';
import { dayOf, evidenceSentence, eventOf, factsText, partyBlock, type DocumentContext } from './document-context';
import { chineseDate, type CaseDocument, type DocumentBlock } from './document-model';

const LAW = '《中华人民共和国行政处罚法》';

/** The background periods for review and litigation (⚠ not read in the official texts). */
const REMEDY_CHECK =
  '⚠ 行政复议六十日（《中华人民共和国行政复议法》第二十条）、行政诉讼六个月（《中华人民共和国行政诉讼法》第四十六条）系背景知识，未经官方文本核对';
const HEARING_THRESHOLD_CHECK =
  '⚠ 未记录告知书是否告知听证权利，按罚款5万元以上告知（2010年环境行政处罚听证程序规定的较大数额，现行规定未核对）';
const DRAFT_CHECK = (step: string) => `本文书为${step}前的稿本，日期为生成之日`;

const para = (text: string): DocumentBlock => ({ kind: 'paragraph', text });

/**
 * The hearing right the notice gave: as recorded with the notice; before it, for a fine of 50,000 yuan
 * or more (the "large fine" of the 2010 hearing rules, regulation.md §3.1 ⚠).
 */
function hearingRight(c: CaseDetail, p: CasePenalty): { right: boolean; assumed: boolean } {
  const recorded = eventOf(c, 'notice_sent')?.data.hearingRight;
  if (typeof recorded === 'boolean') return { right: recorded, assumed: false };
  return { right: p.fineYuan >= 50_000, assumed: true };
}

/** 行政处罚事先告知书: the facts, evidence, basis and discretion, the intended fine, and the party's rights. */
export function priorNotice(ctx: DocumentContext, p: CasePenalty): CaseDocument {
  const { c } = ctx;
  const filed = eventOf(c, 'filed');
  const hearing = hearingRight(c, p);
  const rights = hearing.right
    ? `根据${LAW}第四十五条、第六十三条、第六十四条的规定，你单位有权进行陈述和申辩，并有权要求听证。如要求听证，应当在收到本告知书之日起五个工作日内向本机关提出（该法第六十四条第（一）项、第八十五条）；陈述、申辩意见可以在同一期限内以书面或者口头形式提出。逾期未提出的，视为放弃上述权利。`
    : `根据${LAW}第四十五条的规定，你单位有权进行陈述和申辩。陈述、申辩意见可以在收到本告知书之日起五个工作日内以书面或者口头形式向本机关提出；逾期未提出的，视为放弃上述权利。`;
  return {
    authority: ctx.authority,
    title: '行政处罚事先告知书',
    number: c.caseNo,
    blocks: [
      partyBlock(ctx),
      para(
        `${filed ? `本机关于${chineseDate(filed.date)}对你单位立案调查。` : ''}经查，${factsText(c)}${evidenceSentence(c)}`,
      ),
      { kind: 'heading', text: '一、法律依据' },
      para(basisParagraph(p)),
      { kind: 'heading', text: '二、裁量理由' },
      ...discretionBlocks(p),
      { kind: 'heading', text: '三、拟作出的行政处罚' },
      para(
        p.noPenalty
          ? `根据${LAW}第四十四条的规定，现告知你单位：本机关拟对你单位不予行政处罚。`
          : `根据${LAW}第四十四条的规定，现告知你单位：本机关拟对你单位作出如下行政处罚：${fineWords(p.fineYuan)}。`,
      ),
      { kind: 'heading', text: '四、你单位享有的权利' },
      para(rights),
    ],
    signature: { authority: ctx.authority, date: chineseDate(dayOf(ctx, 'notice_sent')) },
    checks: [
      ...penaltyChecks(p),
      ...(hearing.assumed ? [HEARING_THRESHOLD_CHECK] : []),
      ...(eventOf(c, 'notice_sent') ? [] : [DRAFT_CHECK('送达')]),
    ],
  };
}

/** What the party did with the notice: statement, hearing request, hearing held. */
function procedureParagraph(ctx: DocumentContext, p: CasePenalty): string {
  const { c } = ctx;
  const notice = eventOf(c, 'notice_sent')!;
  const requested = eventOf(c, 'hearing_requested');
  const heard = eventOf(c, 'heard');
  const right = hearingRight(c, p).right;
  const told = `本机关于${chineseDate(notice.date)}向你单位送达了《行政处罚事先告知书》（${c.caseNo}），告知你单位拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩${right ? '和要求听证' : ''}的权利。`;
  const after = heard
    ? `你单位于${chineseDate(requested?.date ?? heard.date)}提出听证申请，本机关于${chineseDate(heard.date)}依法举行了听证。`
    : requested
      ? `你单位于${chineseDate(requested.date)}提出听证申请。`
      : right
        ? '你单位在规定期限内未提出听证申请。'
        : '';
  return told + after;
}

/**
 * 行政处罚决定书: the facts and evidence, the procedure, the chosen basis and why, the discretion, the fine
 * in figures and capitals, payment and late fee, and the remedies.
 */
export function decision(ctx: DocumentContext, p: CasePenalty): CaseDocument {
  const { c } = ctx;
  const filed = eventOf(c, 'filed');
  const decided = eventOf(c, 'decided');
  const remedies = [
    `你单位如不服本决定，可以在收到本决定书之日起六十日内依照《中华人民共和国行政复议法》申请行政复议，也可以在收到本决定书之日起六个月内依照《中华人民共和国行政诉讼法》向人民法院提起行政诉讼。申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外（${LAW}第七十三条）。`,
    '逾期不申请行政复议、不提起行政诉讼，又不履行本决定的，本机关将依法申请人民法院强制执行。',
  ];
  return {
    authority: ctx.authority,
    title: '行政处罚决定书',
    number: c.caseNo,
    blocks: [
      partyBlock(ctx),
      ...(filed ? [para(`本机关于${chineseDate(filed.date)}对你单位${c.title}一案立案调查，现已调查终结。`)] : []),
      { kind: 'heading', text: '一、违法事实和证据' },
      para(`经查，${factsText(c)}`),
      para(evidenceSentence(c)),
      para(procedureParagraph(ctx, p)),
      { kind: 'heading', text: '二、法律依据及其选择' },
      para(basisParagraph(p)),
      { kind: 'heading', text: '三、裁量理由' },
      ...discretionBlocks(p),
      { kind: 'heading', text: '四、行政处罚决定' },
      para(
        p.noPenalty
          ? `依据${p.basis.citation}及上述裁量基准的规定，本机关决定对你单位不予行政处罚。`
          : `依据${p.basis.citation}的规定，本机关决定对你单位作出如下行政处罚：${fineWords(p.fineYuan)}。`,
      ),
      ...(p.noPenalty
        ? []
        : [
            { kind: 'heading' as const, text: '五、履行方式和期限' },
            para(
              `根据${LAW}第六十七条的规定，你单位应当自收到本决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。到期不缴纳罚款的，根据该法第七十二条第一款第（一）项的规定，本机关每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。`,
            ),
          ]),
      { kind: 'heading', text: p.noPenalty ? '五、救济途径' : '六、救济途径' },
      ...remedies.map(para),
      para(`本决定依法予以公开（${LAW}第四十八条）。`),
    ],
    signature: { authority: ctx.authority, date: chineseDate(decided?.date ?? ctx.today) },
    checks: [...penaltyChecks(p), REMEDY_CHECK, ...(decided ? [] : [DRAFT_CHECK('决定')])],
  };
}
