package ui

import (
	"slices"

	"github.com/kpisim/kpisim/app/chart"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// Charts holds each chart's ECharts option as JSON, and what went wrong
// when a chart could not be built (its inputs break a rule; the page says
// so instead of drawing a wrong chart).
type Charts struct {
	Funnel, Cumulative, Activity, Tornado string
	Error                                 string
}

// buildCharts builds the three options from the solved result and the
// view's monthly forecast, in language l, money in currency cur.
func buildCharts(res *kpi.Result, v *View, l i18n.Lang, cur string, cfg forecast.Config) Charts {
	mod := res.Model
	text := chart.Text{
		Required: l.T("chart.required"), Planned: l.T("chart.planned"), Ceiling: l.T("chart.ceiling"),
		Forecast: l.T("chart.forecast"), Goal: l.T("chart.goal"), Over: "⚠",
		Format: i18n.Count,
	}
	var c Charts
	keep := func(b []byte, err error) string {
		if err != nil {
			if c.Error == "" {
				c.Error = err.Error()
			}
			return ""
		}
		return string(b)
	}

	// Funnel: the counts on the solve path, the activity (largest) first.
	var stages []chart.Stage
	for _, i := range mod.TreeOrder() {
		n := mod.Node(i)
		if res.OnPath[i] && n.Unit == kpi.Count && n.Periodic() {
			target, _ := res.TargetValue(i, kpi.Year)
			stages = append(stages, chart.Stage{ID: n.ID, Label: n.Label.In(string(l)), Value: target})
		}
	}
	slices.Reverse(stages)
	c.Funnel = keep(chart.Funnel(stages, text))

	// Activities: required against planned per rep per day, with the ceiling.
	var acts []chart.Activity
	for _, i := range mod.Activities() {
		n := mod.Node(i)
		a := chart.Activity{ID: n.ID, Label: n.Label.In(string(l)), Planned: n.Value, Ceiling: ceilingOf(n)}
		if req, ok := res.Exact(i, kpi.RepDay); ok {
			a.Required = req
		}
		acts = append(acts, a)
	}
	c.Activity = keep(chart.Activities(acts, text))

	// Cumulative revenue against the cumulative goal.
	months := make([]chart.Month, len(v.Forecast.Months))
	for k, mr := range v.Forecast.Months {
		months[k] = chart.Month{Label: mr.Label, Forecast: mr.Forecast, Goal: mr.Goal, Low: mr.Low, Median: mr.Median, High: mr.High}
	}
	money := text
	if mod.Node(mod.Goal()).Unit == kpi.Currency {
		money.Format = func(x float64) string { return l.Money(x, cur) }
	}
	money.Band = l.T("forecast.band")
	c.Cumulative = keep(chart.Cumulative(months, money))

	// Tornado: the forecast's change when each lever moves ±10 %, largest
	// first.
	var bars []chart.Bar
	if sens, err := forecast.Tornado(mod, mod.Node(res.Target).ID, cfg); err == nil {
		for _, b := range sens.Bars {
			label := l.T("calendar.headcount")
			if b.Index >= 0 {
				label = mod.Node(b.Index).Label.In(string(l))
			}
			bars = append(bars, chart.Bar{ID: b.Lever, Label: label, Low: b.Down.Revenue - sens.Base.Revenue, High: b.Up.Revenue - sens.Base.Revenue})
		}
	}
	c.Tornado = keep(chart.Tornado(bars, "−10%", "+10%", money))
	return c
}

// ceilingOf is the most one rep can do of an activity in a day: the
// scenario's, or 100 when it sets none.
func ceilingOf(n *kpi.Node) float64 {
	if n.Ceiling > 0 {
		return n.Ceiling
	}
	return 100
}
