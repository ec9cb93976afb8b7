import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * A uPlot chart. `data` is uPlot's column form: data[0] the x values, data[i] series i. The chart is redrawn when
 * data or options change; `label` names it for screen readers, and tests find it by `data-chart` and read
 * `data-points` (the number of x values drawn).
 */
export function Chart({
  id,
  label,
  options,
  data,
  height = 260,
}: {
  id: string;
  label: string;
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  height?: number;
}) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const width = Math.max(host.current.clientWidth, 320);
    plot.current = new uPlot({ ...options, width, height }, data, host.current);
    return () => {
      plot.current?.destroy();
      plot.current = null;
    };
  }, [options, height]);

  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);

  return <div ref={host} class="chart" role="img" aria-label={label} data-chart={id} data-points={data[0]?.length ?? 0} />;
}
