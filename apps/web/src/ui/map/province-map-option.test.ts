// The server's default base map (apps/server/src/platform/settings/base-map.ts) is this very file.
import guangxi from 'echarts-map-4/map/json/province/guangxi.json';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { echarts } from './echarts';
import { buildProvinceMapOption, tooltipHtml } from './province-map-option';
import { PROVINCE_MAP_NAME, prepareGeoJson, regionNamesByCode, type ProvinceGeoJson } from './province-geo';

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
});
const tiny: ProvinceGeoJson = {
  type: 'FeatureCollection',
  features: [
    { id: '450100', type: 'Feature', properties: { name: '南宁市' }, geometry: square(108, 22) },
    { id: 450200, type: 'Feature', properties: null, geometry: square(109, 24) },
  ],
};

describe('prepareGeoJson / regionNamesByCode', () => {
  it('names unnamed features by their code and leaves the source untouched', () => {
    const geo = prepareGeoJson(tiny);
    expect(regionNamesByCode(geo)).toEqual(
      new Map([
        ['450100', '南宁市'],
        ['450200', '450200'],
      ]),
    );
    expect(tiny.features[1]!.properties).toBeNull();
  });
});

describe('buildProvinceMapOption', () => {
  const regionNames = new Map([
    ['450100', '南宁市'],
    ['450200', '柳州市'],
  ]);

  it('matches region values by name through the code and drops unknown codes', () => {
    const option = buildProvinceMapOption({
      regionNames,
      regionValues: { '450100': { value: 42, color: '#00e400', label: 'AQI 42' }, '999999': { value: 1 } },
    });
    const [map] = option.series as { data: unknown[] }[];
    expect(map!.data).toEqual([
      { name: '南宁市', code: '450100', value: 42, label: 'AQI 42', itemStyle: { areaColor: '#00e400' } },
    ]);
    // The colour must reach the geo layer: a map series on a shared geo ignores its items' styles.
    expect((option.geo as { regions: unknown[] }).regions).toEqual([
      { name: '南宁市', itemStyle: { areaColor: '#00e400' } },
    ]);
  });

  it('puts points on the geo layer as [lon, lat] with their own colour', () => {
    const option = buildProvinceMapOption({
      regionNames,
      points: [{ id: 's1', name: '南宁市监测站', lon: 108.35, lat: 22.83, color: '#52c41a', label: '在线' }],
    });
    const scatter = (option.series as { coordinateSystem?: string; data: unknown[] }[])[1]!;
    expect(scatter.coordinateSystem).toBe('geo');
    expect(scatter.data).toEqual([
      { name: '南宁市监测站', id: 's1', label: '在线', value: [108.35, 22.83], itemStyle: { color: '#52c41a' } },
    ]);
  });

  it('turns pieces into a piecewise visual map with half-open bands', () => {
    const option = buildProvinceMapOption({
      regionNames,
      pieces: [{ min: 0, max: 51, color: '#00e400', label: '优' }],
    });
    expect(option.visualMap).toMatchObject({
      type: 'piecewise',
      pieces: [{ gte: 0, lt: 51, color: '#00e400', label: '优' }],
    });
    expect(buildProvinceMapOption({ regionNames }).visualMap).toBeUndefined();
  });

  it('escapes names in tooltips', () => {
    expect(tooltipHtml('<b>x</b>', 'a&b')).toBe('<b>&#60;b&#62;x&#60;/b&#62;</b><br/>a&#38;b');
    expect(tooltipHtml('南宁')).toBe('<b>南宁</b>');
  });
});

// The default base map is echarts 4's Guangxi file in the compressed "UTF8Encoding" form; ECharts 6
// must decode it itself. Project a point of Nanning and one of Beihai: decoded geometry puts them
// inside the canvas, the right way round (Beihai is south-west of Nanning, so lower on screen).
describe('ECharts 6 and the compressed default map', () => {
  it('registerMap decodes UTF8Encoding geometry', () => {
    echarts.use(SVGRenderer); // ECharts' server-side mode renders SVG; the app itself draws on canvas
    const raw = guangxi as unknown as ProvinceGeoJson;
    expect(raw.UTF8Encoding).toBe(true);
    const geo = prepareGeoJson(raw);
    echarts.registerMap(PROVINCE_MAP_NAME, geo as never);
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 600, height: 600 });
    chart.setOption(buildProvinceMapOption({ regionNames: regionNamesByCode(geo) }));
    const nanning = chart.convertToPixel({ geoIndex: 0 }, [108.32, 22.82]) as number[];
    const beihai = chart.convertToPixel({ geoIndex: 0 }, [109.12, 21.48]) as number[];
    chart.dispose();
    for (const v of [...nanning, ...beihai]) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(600);
    }
    expect(beihai[1]!).toBeGreaterThan(nanning[1]!);
    expect(regionNamesByCode(geo).get('450100')).toBe('南宁市');
  });
});
