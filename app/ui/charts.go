package ui

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/kpisim/kpisim/app/chart"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
)

// Charts holds each chart's ECharts option as JSON, and what went wrong
// when a chart could not be built (its inputs break a rule; the page says
// so instead of drawing a wrong chart).
type Charts struct {
	Funnel, Cumulative, Activity, Tornado string
	Error                                 string
	// TornadoNote says why every bar of the tornado is the same, when it
	// is (a pure product: each factor moves revenue by the same share),
	// and how many levers it leaves out, when it shows only the largest
	// (tornadoTop).
	TornadoNote string
	// TornadoRows is how many levers the tornado shows: its height grows
	// with them (web/app.css).
	TornadoRows int
	// TornadoTable is the tornado's bars as text, its text alternative: a
	// screen reader had the chart's title alone.
	TornadoTable TornadoTable
	// FunnelNote says why the funnel is empty, when it is: no count lies on
	// the path solved (solving for a churn rate).
	FunnelNote string
	// ActivityNote says why the activity chart is empty, when it is: the
	// tree has no activity lever (the velocity preset's opportunities are
	// a pipeline, not a day's work), where it drew an empty axis.
	ActivityNote string
}

// activitiesMoney reports whether every activity of the model is money.
func activitiesMoney(m *kpi.Model) bool {
	acts := m.Activities()
	for _, i := range acts {
		if m.Node(i).Unit != kpi.Currency {
			return false
		}
	}
	return len(acts) > 0
}

// activitySpans counts the spans the model's activities are stated in.
func activitySpans(m *kpi.Model) int {
	seen := map[kpi.Per]bool{}
	for _, i := range m.Activities() {
		seen[m.Node(i).Per] = true
	}
	return len(seen)
}

// activityTitle is the activity chart's title: per rep per day, or per
// week or month when every activity is stated so; per rep, when they
// differ (each bar then names its span).
func activityTitle(l i18n.Lang, m *kpi.Model) string {
	acts := m.Activities()
	switch {
	case activitySpans(m) > 1:
		return l.T("chart.activity_rep")
	case len(acts) > 0 && m.Node(acts[0]).Per != kpi.PerDay:
		return l.T("chart.activity_" + m.Node(acts[0]).Per.String())
	}
	return l.T("chart.activity")
}

// chartText is the charts' words in language l, counts on the value axis.
func chartText(l i18n.Lang, cur string) chart.Text {
	return chart.Text{
		Required: l.T("chart.required"), Planned: l.T("chart.planned"), Ceiling: l.T("chart.ceiling"),
		Forecast: l.T("chart.forecast"), Goal: l.T("chart.goal"), Over: "⚠",
		Format: i18n.Count, Axis: axisName(l, false, cur),
	}
}

// chartSet builds one view's charts' options from the solved result and
// the view's monthly forecast, in language l, money in currency cur; the
// tornado moves each lever ±10 %, or to its min and max when byRange, and
// shows the change in revenue, or in the requirement when ofRequired.
// Each chart is built on its first use (option): a chart drawn before the
// page renders (drawAhead) costs its own option alone, and only the
// cumulative chart, which draws the plan's months, completes the view
// (goal seek, the plan: 9–100 ms of a release at CPU 4×, which the charts
// near the screen had waited for).
type chartSet struct {
	t                   *report.Table
	v                   *View
	l                   i18n.Lang
	cur                 string
	cfg                 forecast.Config
	byRange, ofRequired bool

	c     Charts            // the options built so far
	built map[string]bool   // by chart id
	errs  map[string]string // why a chart could not be built, by chart id
}

// chartOrder is the charts' order on the page: the first one's problem is
// the one Charts.Error says.
var chartOrder = [...]string{chartFunnel, chartActivity, chartCumulative, chartTornado}

// option is chart id's option, built on first use; "" when it could not
// be built (errs says why) or for another id.
func (cs *chartSet) option(id string) string {
	if !cs.built[id] {
		if cs.built == nil {
			cs.built, cs.errs = map[string]bool{}, map[string]string{}
		}
		cs.built[id] = true
		opt, err := cs.make(id)
		delete(cs.errs, id)
		if err != nil {
			cs.errs[id], opt = err.Error(), nil
		}
		cs.c.set(id, string(opt))
	}
	return cs.c.option(id)
}

// all is every chart's option, and the first problem on the page's order.
func (cs *chartSet) all() Charts {
	c := Charts{}
	for _, id := range chartOrder {
		cs.option(id)
		if c.Error == "" {
			c.Error = cs.errs[id]
		}
	}
	c.Funnel, c.Activity, c.Cumulative, c.Tornado = cs.c.Funnel, cs.c.Activity, cs.c.Cumulative, cs.c.Tornado
	c.FunnelNote, c.TornadoNote, c.TornadoRows, c.ActivityNote = cs.c.FunnelNote, cs.c.TornadoNote, cs.c.TornadoRows, cs.c.ActivityNote
	c.TornadoTable = cs.c.TornadoTable
	return c
}

// stale has chart id built again at its next use (the cumulative chart,
// when the Monte Carlo band arrives).
func (cs *chartSet) stale(id string) { delete(cs.built, id) }

// option is chart id's option in c; "" for another id.
func (c Charts) option(id string) string {
	switch id {
	case chartActivity:
		return c.Activity
	case chartFunnel:
		return c.Funnel
	case chartCumulative:
		return c.Cumulative
	case chartTornado:
		return c.Tornado
	}
	return ""
}

// set gives chart id the option opt.
func (c *Charts) set(id, opt string) {
	switch id {
	case chartActivity:
		c.Activity = opt
	case chartFunnel:
		c.Funnel = opt
	case chartCumulative:
		c.Cumulative = opt
	case chartTornado:
		c.Tornado = opt
	}
}

// make builds chart id's option, and its note.
func (cs *chartSet) make(id string) ([]byte, error) {
	a, l := cs.t.Answer, cs.l
	mod := a.Tree.Model
	text := chartText(l, cs.cur)
	switch id {
	case chartFunnel: // the counts on the solve path, the activity (largest) first
		var stages []chart.Stage
		stock := ""
		for _, i := range mod.TreeOrder() {
			n := mod.Node(i)
			target, on := a.Rounded(i, kpi.Year)
			switch {
			case on && n.Unit == kpi.Count && n.Periodic():
				stages = append(stages, chart.Stage{ID: n.ID, Label: n.Label.In(string(l)), Value: target})
			case on && n.Unit == kpi.Count && stock == "":
				stock = n.Label.In(string(l))
			}
		}
		slices.Reverse(stages)
		cs.c.FunnelNote = ""
		switch {
		case len(stages) > 0:
		case stock != "": // the velocity preset's opportunities: "no count on the path" read wrong
			cs.c.FunnelNote = fmt.Sprintf(l.T("chart.funnel_stock"), stock)
		default: // solving for a rate or an amount whose path holds no count
			cs.c.FunnelNote = fmt.Sprintf(l.T("chart.funnel_none"), mod.Node(a.Target).Label.In(string(l)))
		}
		return chart.Funnel(stages, text)
	case chartActivity:
		cs.c.ActivityNote = ""
		if len(mod.Activities()) == 0 {
			cs.c.ActivityNote = l.T("chart.activity_none")
		}
		return activityOption(cs.t, l, cs.cur, text)
	case chartCumulative: // the plan's months: the view completed
		cs.v.Complete()
		return cumulativeOption(cs.t, cs.v, l, cs.cur)
	case chartTornado:
		return cs.tornado(text)
	}
	return nil, nil
}

// activityOption is the activity chart: required against planned per rep
// in each one's span (a day, a week, a month: as its field, its ceiling
// and the headline), with the ceiling.
func activityOption(t *report.Table, l i18n.Lang, cur string, text chart.Text) ([]byte, error) {
	mod := t.Answer.Tree.Model
	var acts []chart.Activity
	mixed := activitySpans(mod) > 1
	for _, i := range mod.Activities() {
		n := mod.Node(i)
		span := n.Per.RepPeriod()
		act := chart.Activity{ID: n.ID, Label: n.Label.In(string(l)), Planned: n.Value, Ceiling: ceilingOf(n),
			PlannedText: t.Format.Node(n, n.Value, span)}
		if mixed { // the span beside each: 商談数（件/人週）
			act.Label = fmt.Sprintf(l.T("chart.activity_span"), act.Label, i18n.Format{Lang: l}.Span(n))
		}
		if req, ok := t.Required(n.ID, kpi.RepDay); ok {
			_, act.Required = t.Span(n, req.Exact)
			if n.Per == kpi.PerDay {
				act.Required = req.Value
			}
			// The requirement as the headline and the table read it:
			// 108.4 and ¥1,923,077, where the chart's format read 108
			// and ¥1.92M, below what is required.
			act.RequiredText = t.Format.Node(n, act.Required, span)
		} else {
			act.OffPath = true
		}
		acts = append(acts, act)
	}
	if activitiesMoney(mod) { // a budget: its bars and axis in money (¥1,923,077, 192.4万円), not a count
		text.Format = func(x float64) string { return l.MoneyShort(x, cur) }
		text.Axis = axisName(l, true, cur)
	}
	return chart.Activities(acts, text)
}

// tornado is the tornado chart's option, and its note when every bar is
// the same. Its labels are changes, short and signed: "+¥1.34B", "−3.8"
// (calls a rep a day).
func (cs *chartSet) tornado(change chart.Text) ([]byte, error) {
	a, l, cur := cs.t.Answer, cs.l, cs.cur
	mod := a.Tree.Model
	unit := mod.Node(mod.Goal()).Unit
	if cs.ofRequired {
		unit = mod.Node(a.Target).Unit
	}
	format := func(money func(float64, string) string) func(float64) string {
		return func(x float64) string {
			var s string
			switch unit {
			case kpi.Rate: // a change of a rate is in points: 20 % to 25 % is +5 pt, not +5%
				s = i18n.Number(x*100, 2) + " pt"
			case kpi.Currency:
				s = money(x, cur)
			default:
				s = i18n.Number(x, 1)
			}
			if x > 0 {
				s = "+" + s
			}
			return s
		}
	}
	// Labels short ("+¥422M"), the tooltip and the screen reader's table in
	// full (+¥422,400,000), as Japanese reads it (+4億2,240万円).
	change.Format, change.Full = format(l.MoneyShort), format(l.Money)
	tb, err := tornado(mod, a.Target, l, cs.cfg, cs.byRange, cs.ofRequired, change)
	cs.c.TornadoTable = tb.table(change.Full)
	n := tb.n
	cs.c.TornadoNote, cs.c.TornadoRows = "", min(n, tornadoTop)
	var notes []string
	if tb.equal {
		notes = append(notes, tornadoNote(l, n, cs.byRange, cs.ofRequired, mod.Node(a.Target).Label.In(string(l)), cs.t.GoalName))
	}
	if n > tornadoTop {
		rest := change.Format // "¥312M or less"
		if l == i18n.Ja {
			rest = change.Full // a sentence reads 3億1,200万円, where a label reads 3.12億円
		}
		notes = append(notes, fmt.Sprintf(l.T("tornado.more"), tornadoTop, n, n-tornadoTop, strings.TrimPrefix(rest(tb.rest), "+")))
	}
	if note := report.RangeLeftOut(l, tb.fails); note != "" {
		notes = append(notes, note)
	}
	if note := report.NoRange(l, tb.bare); note != "" {
		notes = append(notes, note)
	}
	cs.c.TornadoNote = strings.Join(notes, l.SentenceSep())
	return tb.option, err
}

// TornadoTable is the tornado as a table, row by row as the chart draws
// its bars: each lever's effect of moving it down and up (a note, "not
// reachable", where the chart writes one).
type TornadoTable struct {
	Low, High string // the columns' heads, the chart's legend: "−10%", "+10%"; Min, Max
	Rows      []TornadoRow
}

// TornadoRow is one lever of TornadoTable, its effects formatted.
type TornadoRow struct{ Lever, Low, High string }

// table is the bars drawn as a TornadoTable, each effect formatted by
// format as the chart labels it.
func (tb tornadoBars) table(format func(float64) string) TornadoTable {
	t := TornadoTable{Low: tb.low, High: tb.high, Rows: make([]TornadoRow, len(tb.bars))}
	for i, b := range tb.bars {
		r := TornadoRow{Lever: b.Label, Low: b.LowNote, High: b.HighNote}
		if r.Low == "" {
			r.Low = format(b.Low)
		}
		if r.High == "" {
			r.High = format(b.High)
		}
		t.Rows[i] = r
	}
	return t
}

// tornadoTop is the most levers the tornado shows, those of largest
// effect: eighty-one levers in a chart 300 px high wrote their labels over
// one another, and no one reads the eightieth bar.
const tornadoTop = 15

// cumulativeOption is the cumulative chart: revenue to date against the
// goal to date, with the Monte Carlo band once the view has it.
func cumulativeOption(t *report.Table, v *View, l i18n.Lang, cur string) ([]byte, error) {
	mod := t.Answer.Tree.Model
	months := make([]chart.Month, len(v.Forecast.Months))
	// The band to three significant digits, as the monthly plan and the
	// probability's spread read it (monthBand): the tooltip read $4,608,000
	// – $7,104,000 beside a table's $4,610,000 – $7,100,000.
	sig := func(x float64) float64 { return i18n.Significant(x, 3) }
	for k, mr := range v.Forecast.Months {
		months[k] = chart.Month{Label: mr.Label, Forecast: mr.Forecast, Goal: mr.Goal, Low: sig(mr.Low), Median: sig(mr.Median), High: sig(mr.High)}
	}
	money := chartText(l, cur)
	if mod.Node(mod.Goal()).Unit == kpi.Currency {
		money.Format = func(x float64) string { return l.Money(x, cur) }
		money.Axis = axisName(l, true, cur)
	}
	money.Band, money.Median = l.T("forecast.band"), l.T("chart.median")
	return chart.Cumulative(months, money)
}

// tornadoBars is a tornado chart's option and what its notes say: equal
// reports that every bar is the same, both ways; n is how many bars there
// are, and rest the largest effect, either way, of those not drawn (0
// when none is); fails are the levers the range's bars leave out
// (forecast.Bar.RangeFails).
type tornadoBars struct {
	option []byte
	// bars are those drawn, and low and high their legend's names: the
	// table says what the chart draws, from the same bars.
	bars      []chart.Bar
	low, high string
	equal     bool
	n         int
	rest      float64
	fails     []string
	// bare names the levers without a range (a lever added in the editor,
	// a file's lever with no min and max), which have no bar at their
	// ends: they were left out without a word.
	bare []string
}

// tornado is the tornado chart of the change in an output when each lever
// moves ±10 %, largest first, or, byRange, when each lever with a range
// goes to its min and to its max, the widest swing first. The output is
// the forecast revenue, or with ofRequired the target's requirement (per
// rep in its span for an activity), for which the target itself is left out
// and an end where no value of the target meets the goal is noted "not
// reachable" (and sorted first: no effect is larger).
//
// Only the tornadoTop largest are drawn (tornadoBars says what else).
func tornado(mod *kpi.Model, target int, l i18n.Lang, cfg forecast.Config, byRange, ofRequired bool, format chart.Text) (tb tornadoBars, _ error) {
	low, high := "−10%", "+10%"
	if byRange {
		low, high = l.T("tornado.min"), l.T("tornado.max")
	}
	type ranked struct {
		chart.Bar
		width float64
	}
	var bars []ranked
	// (Without a requirement as it is, no change of it to show.)
	if sens, err := forecast.Tornado(mod, mod.Node(target).ID, cfg); err == nil && (sens.Base.Reachable || !ofRequired) {
		out := func(p forecast.Point) float64 { return p.Revenue - sens.Base.Revenue }
		if ofRequired {
			// An activity's requirement in its span, as the headline: a
			// week's or a month's working days of the pace per rep per day.
			span := 1.0
			if n := mod.Node(target); n.Activity {
				span = mod.Calendar().Days(n.Per)
			}
			out = func(p forecast.Point) float64 { return (p.Required - sens.Base.Required) * span }
		}
		for _, b := range sens.Bars {
			if byRange && b.RangeFails && !(ofRequired && b.Index == target) {
				tb.fails = append(tb.fails, mod.Node(b.Index).Label.In(string(l)))
			}
			if byRange && !b.HasRange && !b.RangeFails && b.Index >= 0 && !(ofRequired && b.Index == target) { // (the headcount is the calendar's, no lever's)
				tb.bare = append(tb.bare, mod.Node(b.Index).Label.In(string(l)))
			}
			if byRange && !b.HasRange || ofRequired && b.Index == target {
				continue
			}
			down, up := b.Down, b.Up
			if byRange {
				down, up = b.Min, b.Max
			}
			r := ranked{Bar: chart.Bar{ID: b.Lever, Label: l.T("calendar.headcount"), Low: out(down), High: out(up)}}
			if b.Index >= 0 {
				r.Label = mod.Node(b.Index).Label.In(string(l))
			}
			r.width = math.Abs(r.High - r.Low)
			if ofRequired {
				if !down.Reachable {
					r.Low, r.LowNote, r.width = 0, l.T("tornado.unreachable"), math.Inf(1)
				}
				if !up.Reachable {
					r.High, r.HighNote, r.width = 0, l.T("tornado.unreachable"), math.Inf(1)
				}
			}
			bars = append(bars, r)
		}
	}
	if byRange || ofRequired { // (the engine sorts by the ±10 % revenue swing)
		sort.SliceStable(bars, func(i, j int) bool { return bars[i].width > bars[j].width }) // sort, not slices: see app/forecast/actuals.go's Sort
	}
	out := make([]chart.Bar, 0, min(len(bars), tornadoTop))
	lows, highs := make([]float64, len(bars)), make([]float64, len(bars))
	for i, b := range bars {
		if i < tornadoTop {
			out = append(out, b.Bar)
		} else {
			tb.rest = max(tb.rest, math.Abs(b.Low), math.Abs(b.High))
		}
		lows[i], highs[i] = b.Low, b.High
		if b.LowNote != "" || b.HighNote != "" {
			lows[i] = math.NaN()
		}
	}
	var err error
	tb.option, err = chart.Tornado(out, low, high, format)
	tb.bars, tb.low, tb.high = out, low, high
	tb.equal, tb.n = equalBars(lows, highs), len(bars)
	return tb, err
}

// ceilingOf is the most one rep can do of an activity in a day: the
// scenario's, or 100 when it sets none.
func ceilingOf(n *kpi.Node) float64 { return n.Limit() }
