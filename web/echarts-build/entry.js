// The ECharts kpisim ships: the core, the chart types and components the Go
// option builders (app/chart) use, and the canvas renderer. Adding a chart
// type or component in Go means adding it here; the browser tests check that
// every chart draws its series.
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart, TreeChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

// LabelLayout reads a series' labelLayout (the comparison's end labels move
// off each other); echarts/core means to install it but its bundle drops it.
echarts.use([BarChart, FunnelChart, LineChart, TreeChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, LabelLayout, CanvasRenderer]);

window.echarts = echarts;
