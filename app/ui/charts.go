package ui

import (
	"cmp"
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

// buildCharts builds the charts' options from the solved result and the
// view's monthly forecast, in language l, money in currency cur; the
// tornado moves each lever ±10 %, or to its min and max when byRange.
func buildCharts(res *kpi.Result, v *View, l i18n.Lang, cur string, cfg forecast.Config, byRange bool) Charts {
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

	// The tornado's labels are changes, short and signed: "+¥1.34B".
	change := money
	change.Format = func(x float64) string {
		s := i18n.Count(x)
		if mod.Node(mod.Goal()).Unit == kpi.Currency {
			s = l.MoneyShort(x, cur)
		}
		if x > 0 {
			s = "+" + s
		}
		return s
	}
	c.Tornado = keep(tornado(res, l, cfg, byRange, change))
	return c
}

// tornado is the tornado chart: the forecast's change when each lever moves
// ±10 %, largest first; or, byRange, when each lever with a range goes to
// its min and to its max, the widest swing first.
func tornado(res *kpi.Result, l i18n.Lang, cfg forecast.Config, byRange bool, money chart.Text) ([]byte, error) {
	mod := res.Model
	low, high := "−10%", "+10%"
	if byRange {
		low, high = l.T("tornado.min"), l.T("tornado.max")
	}
	var bars []chart.Bar
	if sens, err := forecast.Tornado(mod, mod.Node(res.Target).ID, cfg); err == nil {
		base := sens.Base.Revenue
		for _, b := range sens.Bars {
			label := l.T("calendar.headcount")
			if b.Index >= 0 {
				label = mod.Node(b.Index).Label.In(string(l))
			}
			switch {
			case !byRange:
				bars = append(bars, chart.Bar{ID: b.Lever, Label: label, Low: b.Down.Revenue - base, High: b.Up.Revenue - base})
			case b.HasRange:
				bars = append(bars, chart.Bar{ID: b.Lever, Label: label, Low: b.Min.Revenue - base, High: b.Max.Revenue - base})
			}
		}
	}
	if byRange {
		slices.SortStableFunc(bars, func(x, y chart.Bar) int { return cmp.Compare(y.High-y.Low, x.High-x.Low) })
	}
	return chart.Tornado(bars, low, high, money)
}

// ceilingOf is the most one rep can do of an activity in a day: the
// scenario's, or 100 when it sets none.
func ceilingOf(n *kpi.Node) float64 {
	if n.Ceiling > 0 {
		return n.Ceiling
	}
	return 100
}
