package ui

import "github.com/kpisim/kpisim/app/kpi"

// Charts holds each chart's ECharts option as JSON.
type Charts struct {
	Funnel, Cumulative, Activity string
}

func (m *Model) charts(res *kpi.Result, v *View) Charts { return Charts{} }
