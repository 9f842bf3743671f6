package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// leverView is node n's slider and field, in the units the page shows
// (a rate in %), with a range around its value when n has none; tree is
// the scenario compiled, nil when it errs (acceptedEnds).
func (m *Model) leverView(n *kpi.Node, tree *kpi.Model) LeverView {
	l := m.Lang
	lv := LeverView{Key: n.ID, Label: m.Scenario.FieldLabel(l, n.ID), Activity: n.Activity, Cadence: i18n.Format{Lang: l}.NodeCadence(n)}
	lv.Value = m.toDisplay(n.ID, n.Value)
	lv.Min, lv.Max, lv.Step = m.toDisplay(n.ID, n.Min), m.toDisplay(n.ID, n.Max), m.toDisplay(n.ID, n.Step)
	if lv.Max <= lv.Min { // an unbounded lever: a range around its value
		lv.Min, lv.Max = 0, niceCeil(math.Max(lv.Value*3, 1))
	}
	if lv.Step <= 0 || lv.Step > lv.Max-lv.Min { // a step wider than the range holds the slider at its minimum
		lv.Step = niceCeil(lv.Max/1000) / 10
	}
	m.acceptedEnds(n, &lv, tree)
	lv.Unit, lv.Hint = m.unitText(n, n.Value)
	_, typing := m.raw[n.ID]
	if v, ok := m.typed[n.ID]; (typing || ok && v == n.Value) && n.Unit == kpi.Rate {
		lv.Hint += typedRateHint(m.Lang, n.Value)
	}
	if m.errs[n.ID] != nil {
		lv.Hint = "" // the words were the last valid value's; the rule speaks now
	}
	return m.withText(lv)
}

// unitText is the unit shown after a lever's field and the value in words.
func (m *Model) unitText(n *kpi.Node, v float64) (unit, hint string) {
	l := m.Lang
	cur := m.Scenario.Currency
	switch {
	case n.Unit == kpi.Rate:
		return "%", rateHint(l, v)
	case n.Unit == kpi.Currency:
		return currencyUnit(l, cur), l.Money(v, cur)
	case n.Activity:
		return i18n.Format{Lang: l}.Span(n), "" // 件/人日, 件/人週 (issue 10)
	case n.Unit == kpi.Count:
		return l.T("unit.count"), ""
	}
	return "", ""
}

// rateHint puts a rate under 1 % in words, "1 in 400" (400分の1): 0.25
// typed for a close rate of 25 % reads as 0.25 %, and the page's every
// figure then asks for a hundred times the work, with nothing else to say
// why. Rates of 1 % and more have no hint.
func rateHint(l i18n.Lang, v float64) string {
	if !(v > 0 && v < 0.01) {
		return ""
	}
	n := i18n.Significant(1/v, 2)
	count := i18n.Count(n)
	if math.Abs(n*v-1) > 1e-9 {
		count = fmt.Sprintf(l.T("lever.rate_about"), count)
	}
	return fmt.Sprintf(l.T("lever.rate_one_in"), count)
}

// typedRateHint says, while a rate under 1 % is being typed, what to type
// for the rate a hundred times larger: "(for 25%, type 25)". A rate set
// by a file or the slider is taken as meant.
func typedRateHint(l i18n.Lang, v float64) string {
	typed := i18n.Significant(v*100, 6) // the field's number
	if rateHint(l, v) == "" || typed*100 < 1 {
		return ""
	}
	meant := i18n.Count(i18n.Significant(typed*100, 6))
	return fmt.Sprintf(l.T("lever.rate_typed"), meant, meant)
}

func currencyUnit(l i18n.Lang, cur string) string {
	if cur == "JPY" {
		if l == i18n.Ja {
			return "円"
		}
		return "JPY"
	}
	return cur
}

// withText fills the field's text and error from the model's field state.
func (m *Model) withText(lv LeverView) LeverView {
	if raw, ok := m.raw[lv.Key]; ok {
		lv.Text = raw
	} else {
		lv.Text = grouped(lv.Value)
	}
	if e := m.errs[lv.Key]; e != nil {
		lv.Error = m.ruleText(lv.Label, e)
	}
	return lv
}

// moneyField is the text of a money field holding v, in whole yen or to
// the cent: a goal of 120,000,000 a year taken to a week is
// 2,631,578.947… and reads 2,631,579. (The value stays exact, so that the
// year's goal is still 120,000,000.)
func moneyField(v float64, currency string) string {
	scale := 100.0
	if currency == "JPY" {
		scale = 1
	}
	return grouped(math.Round(v*scale) / scale)
}

// settings is a field for each of the scenario's settings: the goal, the
// calendar (reps, days, a week, an hour) and each activity's ceiling.
func (m *Model) settings() []LeverView {
	l := m.Lang
	s := m.Scenario
	goalUnit := kpi.Count
	if n := s.Node(s.Goal.Node); n != nil {
		goalUnit = n.Unit
	}
	goal := LeverView{Key: scenario.KeyGoal, Label: s.FieldLabel(l, scenario.KeyGoal), Value: s.Goal.Value,
		Max: niceCeil(s.Goal.Value * 3), Step: niceCeil(s.Goal.Value/1000) / 10}
	goal.Min = aboveRefused(0, goal.Step, goal.Value) // a goal is more than 0
	if goalUnit == kpi.Currency {
		goal.Unit, goal.Hint = currencyUnit(l, s.Currency), l.Money(s.Goal.Value, s.Currency)
	}
	goal = m.withText(goal)
	if _, typed := m.raw[goal.Key]; goalUnit == kpi.Currency && !typed {
		goal.Text = moneyField(s.Goal.Value, s.Currency)
	}
	out := []LeverView{
		goal,
		m.withText(LeverView{Key: scenario.KeyHeadcount, Label: s.FieldLabel(l, scenario.KeyHeadcount), Value: s.Calendar.Headcount,
			Min: 1, Max: math.Max(50, niceCeil(s.Calendar.Headcount*2)), Step: 1}),
		m.withText(LeverView{Key: scenario.KeyWorkingDays, Label: s.FieldLabel(l, scenario.KeyWorkingDays), Value: s.Calendar.WorkingDays, Min: 1, Max: 31, Step: 0.5}),
		// A week and an hour (issue 10): the required table's week column
		// divides by the first; the second, when set, adds an hour column.
		m.withText(LeverView{Key: scenario.KeyDaysPerWeek, Label: s.FieldLabel(l, scenario.KeyDaysPerWeek), Value: s.Calendar.Week(), Min: 1, Max: 7, Step: 0.5}),
		m.withText(LeverView{Key: scenario.KeyHoursPerDay, Label: s.FieldLabel(l, scenario.KeyHoursPerDay), Value: s.Calendar.HoursPerDay, Min: 0, Max: 12, Step: 0.5,
			Hint: hoursHint(l, s.Calendar.HoursPerDay)}),
	}
	for i := range s.Nodes {
		n := &s.Nodes[i]
		if !n.Activity {
			continue
		}
		c := ceilingOf(n)
		// The slider starts at its step, so its positions are whole steps
		// (6,000,000 on a 10,000 step, not 6,000,001).
		step := math.Max(n.Step, 0.5)
		// The ceiling is in the activity's span, as its field: a week's
		// opportunities, a month's budget (件/人週, 円/人月).
		unit := i18n.Format{Lang: l}.Span(n)
		if n.Unit == kpi.Currency {
			unit = currencyUnit(l, s.Currency) + l.UnitSep() + unit
		}
		out = append(out, m.withText(LeverView{Key: scenario.KeyCeiling + n.ID, Label: s.FieldLabel(l, scenario.KeyCeiling+n.ID),
			Unit: unit, Value: c, Min: math.Min(step, c), Max: math.Max(niceCeil(c*3), 10), Step: step}))
	}
	return out
}

// hoursHint says what a day's selling hours of 0 mean: no hour column.
func hoursHint(l i18n.Lang, h float64) string {
	if h > 0 {
		return ""
	}
	return l.T("calendar.hours_none")
}

// uncertainty is a field for each assumption of the Monte Carlo run: the
// low and high ends of each lever's three-point range (its likely value is
// the lever's), the size of each won-of history (whose wins follow the
// lever), each activity's month-to-month variability, and the number of
// trials.
func (m *Model) uncertainty() []LeverView {
	l := m.Lang
	s := m.Scenario
	var out []LeverView
	for i := range s.Nodes {
		n := &s.Nodes[i]
		if r, ok := s.Forecast.Ranges[n.ID]; ok && n.Op == kpi.Lever {
			key := scenario.KeyRange + n.ID + "."
			if r.Count() {
				out = append(out, m.withText(LeverView{Key: key + "of", Label: s.FieldLabel(l, key+"of"), Unit: l.T("unit.history"),
					Value: float64(r.Of), Min: 10, Max: math.Max(10_000, float64(r.Of)), Step: 10,
					Hint: fmt.Sprintf(l.T("uncertainty.history"), i18n.Count(float64(r.Won)), i18n.Count(float64(r.Of)))}))
				continue
			}
			top := m.toDisplay(n.ID, niceCeil(math.Max(n.Max, r.High)))
			if n.Unit == kpi.Rate {
				top = 100
			}
			unit, _ := m.unitText(n, n.Value)
			ends := make([]LeverView, 2)
			for i, end := range []struct {
				part string
				v    float64
			}{{"low", r.Low}, {"high", r.High}} {
				ends[i] = LeverView{Key: key + end.part, Label: s.FieldLabel(l, key+end.part), Unit: unit,
					Value: m.toDisplay(n.ID, end.v), Min: 0, Max: top, Step: m.toDisplay(n.ID, n.Step)}
			}
			likely := r.Likely
			if likely == 0 {
				likely = n.Value
			}
			rangeEnds(&ends[0], &ends[1], m.toDisplay(n.ID, likely))
			out = append(out, m.withText(ends[0]), m.withText(ends[1]))
		}
		if n.Activity {
			cv := cleanFloat(s.Forecast.ActivityCV[n.ID] * 100)
			out = append(out, m.withText(LeverView{Key: scenario.KeyActivityCV + n.ID, Label: s.FieldLabel(l, scenario.KeyActivityCV+n.ID), Unit: "%",
				Value: cv, Min: 0, Max: math.Max(50, cv), Step: 1}))
		}
	}
	// More trials: a steadier probability, at a longer run (progress shows).
	out = append(out, m.withText(LeverView{Key: scenario.KeyTrials, Label: s.FieldLabel(l, scenario.KeyTrials), Unit: l.T("unit.trials"),
		Value: float64(s.Forecast.TrialCount()), Min: 1000, Max: forecast.MaxTrials, Step: 1000}))
	for i := range out {
		if out[i].Step <= 0 {
			out[i].Step = niceCeil(out[i].Max/1000) / 10
		}
	}
	return out
}

// niceCeil rounds v up to 1, 2 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, f := range []float64{1, 2, 5, 10} {
		if f*p >= v*(1-1e-12) {
			return f * p
		}
	}
	return 10 * p
}

// grouped writes a field's value with every digit it has and grouped
// thousands: 100000000 → "100,000,000", 0.5 → "0.5".
func grouped(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, dot := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if dot {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}
