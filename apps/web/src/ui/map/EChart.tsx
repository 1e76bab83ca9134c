import { useEffect, useRef, type CSSProperties } from 'react';
import { echarts, type EChartsOption } from './echarts';

/** The fields of an ECharts mouse event that our callers read. */
export type ChartClick = { seriesType?: string; name?: string; data?: unknown; dataIndex?: number };

type Props = {
  option: EChartsOption;
  height?: number | string;
  onClick?: (event: ChartClick) => void;
  style?: CSSProperties;
  testId?: string;
};

/**
 * A canvas ECharts instance bound to a div: created once, fed each new option (not merged, so
 * removed series disappear), resized with its box and disposed on unmount.
 */
export function EChart({ option, height = 400, onClick, style, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => clickRef.current?.(event as ChartClick));
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} data-testid={testId} style={{ width: '100%', height, ...style }} />;
}
