import { organizationCodeCheckChar, USCC_ALPHABET, makeUscc } from '@ecocloud/standards';

/**
 * Invented words for fictitious enterprise names and people. The words are picked as unusual pairs
 * (not trade names) so a demo name reads as Chinese without naming a real company; each word is used
 * once. Phones are masked the way public disclosures print them.
 */
const WORDS = [
  '岚汐',
  '溪砚',
  '棠川',
  '枫渡',
  '珑湾',
  '蔚禾',
  '霁原',
  '澄岫',
  '栎川',
  '芷峰',
  '黛湖',
  '榕岑',
  '澜禾',
  '青岬',
  '砚田',
  '柘溪',
  '沅石',
  '棹川',
  '苇塘',
  '邕岚',
  '莼溪',
  '蓼汀',
  '槿原',
  '梓岩',
  '琮湾',
  '泊峦',
  '桐溆',
  '澧岚',
  '榆汀',
  '荇洲',
  '檀岫',
  '杳溪',
  '蘅川',
  '楠渚',
  '蕖湾',
  '磬石',
  '萸岭',
  '泓岬',
  '筠塘',
  '漪原',
  '岱汀',
  '湄岚',
  '翊峰',
  '沄禾',
  '芃川',
  '栩湾',
  '渟岭',
  '珈溪',
  '霭洲',
  '琦岑',
  '蔺塘',
  '瑭川',
  '渌原',
  '樾汀',
  '澍岚',
  '苒峰',
  '沣岫',
  '玥湾',
  '涪禾',
  '绮川',
  '皙溪',
  '舸洲',
  '粼岭',
  '韫塘',
];

const SURNAMES = ['韦', '黄', '覃', '梁', '陆', '蒙', '农', '莫', '廖', '蓝', '潘', '卢', '谭', '甘', '邓', '苏'];
const GIVEN = [
  '晓岚',
  '志勇',
  '春燕',
  '海涛',
  '丽萍',
  '国强',
  '文静',
  '建华',
  '秀英',
  '立新',
  '桂芳',
  '明辉',
  '雪梅',
  '振宇',
];
const TITLES = ['环保负责人', '安全环保部经理', '环保专员'];

const PARKS = ['工业园区', '经济技术开发区', '高新技术产业开发区', '临港产业园', '循环经济产业园'];
const ROADS = ['创业路', '兴业大道', '园区二路', '滨江路', '工业大道', '科园路'];

/** A plausible address in the region: a park, a road, a number. */
export const demoAddress = (regionName: string, rand: () => number): string =>
  `${regionName}${PARKS[Math.floor(rand() * PARKS.length)]!}${ROADS[Math.floor(rand() * ROADS.length)]!}${1 + Math.floor(rand() * 198)}号`;

/** The invented word of the n-th generated name. */
export function inventedWord(n: number): string {
  const word = WORDS[n % WORDS.length]!;
  return n < WORDS.length ? word : `${word}${Math.floor(n / WORDS.length) + 1}`;
}

/** A person's name drawn from the generator. */
export const personName = (rand: () => number): string =>
  `${SURNAMES[Math.floor(rand() * SURNAMES.length)]!}${GIVEN[Math.floor(rand() * GIVEN.length)]!}`;

export const contactTitle = (rand: () => number): string => TITLES[Math.floor(rand() * TITLES.length)]!;

/** A mobile number masked as disclosures print it (138****5521): never a dialable number. */
export const maskedPhone = (rand: () => number): string =>
  `1${3 + Math.floor(rand() * 6)}${Math.floor(rand() * 10)}****${String(Math.floor(rand() * 10_000)).padStart(4, '0')}`;

/**
 * A valid unified social credit code registered in `regionCode`: a company (91), a post-2015 subject
 * identifier (MA + six characters + its GB 11714 check character) and the GB 32100 check character.
 */
export function demoUscc(regionCode: string, rand: () => number): string {
  // Letters the 9–17 subject may use: the USCC alphabet (so the whole code stays in it).
  let body = 'MA';
  while (body.length < 8) body += USCC_ALPHABET.charAt(Math.floor(rand() * USCC_ALPHABET.length));
  return makeUscc({ regionCode, subject: body + organizationCodeCheckChar(body) });
}
