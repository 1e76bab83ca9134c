import type { AqiLevel } from '@ecocloud/standards';

/**
 * Health effects and advice per AQI level, written in our own words after the meaning of
 * HJ 633 表2 (健康影响情况 / 建议采取的措施). Shown on the public portal beside the level.
 */
export const HEALTH_ADVICE: Record<AqiLevel, { zh: string; en: string }> = {
  1: {
    zh: '空气清新，基本无污染。各类人群可正常开展户外活动。',
    en: 'Clean air with hardly any pollution. Everyone can enjoy outdoor activities as usual.',
  },
  2: {
    zh: '空气质量可以接受，但个别污染物可能对极少数特别敏感的人有轻微影响。极少数敏感人群宜减少户外活动。',
    en: 'Air quality is acceptable; a few pollutants may slightly affect a very small number of unusually sensitive people, who should cut down on outdoor activity.',
  },
  3: {
    zh: '易感人群症状可能轻度加剧，健康人群也可能出现刺激症状。儿童、老人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼。',
    en: 'Symptoms of susceptible people may get slightly worse and healthy people may feel irritation. Children, older people and people with heart or lung disease should reduce long or strenuous outdoor exercise.',
  },
  4: {
    zh: '易感人群症状进一步加剧，可能影响健康人群的心脏和呼吸系统。儿童、老人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻炼，一般人群适量减少户外运动。',
    en: 'Symptoms of susceptible people get worse and the heart and lungs of healthy people may be affected. Children, older people and heart or lung patients should avoid long or strenuous outdoor exercise; everyone else should exercise outdoors less.',
  },
  5: {
    zh: '心脏病和肺病患者症状明显加剧，运动耐受力下降，健康人群普遍出现症状。儿童、老人及心脏病、肺病患者应留在室内，停止户外运动；一般人群减少户外运动。',
    en: 'Heart and lung patients feel clearly worse and tolerate exercise less; healthy people commonly have symptoms. Children, older people and heart or lung patients should stay indoors and stop outdoor exercise; everyone else should cut outdoor activity.',
  },
  6: {
    zh: '健康人群运动耐受力降低，有明显强烈症状，可能提前出现某些疾病。儿童、老人和病人应留在室内，避免体力消耗；一般人群应避免户外活动。',
    en: 'Even healthy people tolerate exercise less and have strong symptoms; some illnesses may set in early. Children, older people and patients should stay indoors and avoid exertion; everyone should avoid outdoor activity.',
  },
};
