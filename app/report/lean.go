package report

import (
	"fmt"
	"math"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// leanShare is how far the middle of a run must land from the forecast, as
// a share of the forecast, for LeanNote to say so: closer, the two read as
// the same story (the forecast inside a band around it).
const leanShare = 0.10

// LeanNote says why half a Monte Carlo run b lands on the other side of a
// figure than the forecast, when its middle (the median of the revenue
// over the plan) is at least a tenth away from it: inside sales' plan is
// ¥74,880,000 against a goal of ¥60,000,000, and yet its chance of the goal
// is 36 %. The forecast takes every planned value as it is; the run draws
// each uncertain lever from its range, and a range whose middle is not the
// planned value moves the runs' middle with it. The note names the range
// that moves it most, when that range alone accounts for at least half of
// the distance and in the same direction. It is "" when the middle is close
// to the forecast, and when the run is not of this plan (its forecast is
// not the plan's, as after actuals).
func LeanNote(f i18n.Format, m *kpi.Model, cfg forecast.Config, b *forecast.Bands) string {
	if b == nil || len(b.Months) == 0 {
		return ""
	}
	last := b.Months[len(b.Months)-1]
	fc, mid := last.CumForecast, last.Cumulative.P50
	if !(math.Abs(mid-fc) >= leanShare*math.Abs(fc)) || fc == 0 || mid <= 0 && fc > 0 {
		return "" // (a median of 0 is no "half the runs land under ¥0": at least half land at it)
	}
	l := f.Lang
	goal := m.Node(m.Goal())
	midText, fcText := f.Node(goal, i18n.Significant(mid, 3), kpi.Year), f.Node(goal, fc, kpi.Year)
	if midText == fcText {
		return ""
	}
	key := "prob.lean_under"
	if mid > fc {
		key = "prob.lean_over"
	}
	note := fmt.Sprintf(l.T(key), midText, fcText)
	base, leans, err := forecast.Leans(m, cfg)
	if err != nil || len(leans) == 0 || math.Abs(base-fc) > 1e-9*math.Abs(fc) {
		return note + l.T("prob.lean_end")
	}
	x := leans[0]
	if pull := x.Revenue - base; pull*(mid-fc) <= 0 || math.Abs(pull) < math.Abs(mid-fc)/2 {
		return note + l.T("prob.lean_end")
	}
	i, _ := m.Index(x.Lever)
	n := m.Node(i)
	name := l.InSentence(n.Label.In(string(l)))
	value := func(v float64) string { return f.Node(n, v, kpi.Year) }
	planned, middle := value(x.Planned), value(i18n.Significant(x.Middle, 3))
	if x.Range.Count() {
		return note + fmt.Sprintf(l.T("prob.lean_history"), name, i18n.Count(float64(x.Range.Won)), i18n.Count(float64(x.Range.Of)), planned, middle)
	}
	return note + fmt.Sprintf(l.T("prob.lean_range"), name, value(x.Range.Low), value(x.Range.High), planned, middle)
}
