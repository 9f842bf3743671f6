// The ECharts kpisim ships: the core, the chart types and components the Go
// option builders (app/chart) use, and the canvas renderer. Adding a chart
// type in Go means adding it here; the browser tests fail otherwise.
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart, TreeChart } from 'echarts/charts';
import {
  DatasetComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  MarkPointComponent, TitleComponent, TooltipComponent, AriaComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, FunnelChart, LineChart, TreeChart,
  DatasetComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  MarkPointComponent, TitleComponent, TooltipComponent, AriaComponent,
  CanvasRenderer,
]);

window.echarts = echarts;
