package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// Headline is the answer, large: the target's requirement (per rep per day
// for an activity), against its plan and its ceiling in every month.
type Headline struct {
	Label   string
	Figure  Figure
	Unit    string // "per rep per working day" for an activity
	Exact   string // the unrounded value
	Planned string
	Over    bool   // some month needs more than a person can do
	Message string // within the ceiling, or which months are over it
	// MessageAt is where Message states Figure.Text, a byte offset, or -1
	// when it does not: the presentation hides the figure there alone
	// ("10 a rep a day is beyond the ceiling of 100": not the 10 of 100).
	MessageAt int
	Busiest   string // "March needs 18.7 a day", when months differ
	Help      string // the lever that would help most
	HelpNode  string
	Pipeline  string // which pipeline assumption is in force, with a sales cycle
	// Reps says what the per-rep figures divide by when hires make it
	// other than the headcount: "Per-rep figures divide by 6.5 reps on
	// average, hires included (5 at the start)".
	Reps string
}

func headline(a *forecast.Answer, l i18n.Lang, f i18n.Format) Headline {
	m := a.Tree.Model
	t := a.Target
	n := m.Node(t)
	h := Headline{Label: n.Label.In(string(l)), Planned: f.Value(n.Unit, false, kpi.Year, n.Value), MessageAt: -1}
	if cfg := a.Plan.Config; cfg.LagMonths > 0 {
		h.Pipeline = fmt.Sprintf(l.T("pipeline.steady"), l.Months(cfg.LagMonths))
		if cfg.NewTeam { // nothing of the goal lands in the cycle's first months
			h.Pipeline = fmt.Sprintf(l.T("goal.pipeline_new"), l.Months(cfg.LagMonths), goalName(m, l))
		}
	}
	if reps, start := a.Reps(), m.Calendar().Headcount; reps > 0 && i18n.Number(reps, 1) != i18n.Number(start, 1) {
		// A table of 5 reps whose day needs ¥625,000 and a rep's day
		// ¥96,154 did not divide: 2 hires made it 6.5 reps on average.
		h.Reps = fmt.Sprintf(l.T("required.reps"), i18n.Number(reps, 1), i18n.Count(start))
	}
	if !a.Reachable {
		h.Figure = Figure{Node: n.ID, Period: "rep_day", Exact: -1, Value: -1, Text: "—"}
		h.Message = unreachable(l, goalName(m, l))
		h.Over = true
		return h
	}
	if !n.Activity {
		if a.Tree.Upper[t] { // the goal falls as it rises: the answer is a most
			h.Label = fmt.Sprintf(l.T("required.at_most"), h.Label)
		}
		exact, _ := a.Required(t, kpi.Year)
		v, _ := rounded(a, f, t, kpi.Year)
		h.Figure = Figure{Node: n.ID, Period: "value", Exact: exact, Value: v, Text: f.Node(n, v, kpi.Year)}
		h.Exact = f.Exact(n.Unit, exact, 6) // a rate in percent, an amount to the hundredth: ¥1,041,666.67
		return h
	}
	exact, _ := a.Required(t, kpi.RepDay)
	v, _ := rounded(a, f, t, kpi.RepDay)
	h.Figure = Figure{Node: n.ID, Period: "rep_day", Exact: exact, Value: v, Text: f.Node(n, v, kpi.RepDay)}
	h.Unit = f.Span(n)
	h.Exact = f.Exact(n.Unit, exact, 4)
	h.Planned = f.Value(n.Unit, false, kpi.Year, n.Value)
	if n.Unit == kpi.Count || n.Unit == kpi.Number {
		h.Planned = i18n.Count(n.Value)
	}
	// An activity stated per week or month reads in its span: the pace
	// per rep per day times the span's working days.
	if n.Per != kpi.PerDay {
		days := m.Calendar().Days(n.Per)
		exact *= days
		v = spanRound(a, f, t, exact)
		h.Figure = Figure{Node: n.ID, Period: "rep_" + n.Per.String(), Exact: exact, Value: v, Text: f.Node(n, v, kpi.Day)}
		h.Exact = f.Exact(n.Unit, exact, 4) // an amount to the hundredth: "exact ¥1,923,076.92"
	}
	ceiling := n.Limit() / m.Calendar().Days(n.Per) // per rep per day, as the pace
	// The busiest month's need, in the headline's span: per rep per day,
	// or a week's or a month's working days of it.
	busiest := func(mo forecast.Month) (float64, string) {
		if n.Per == kpi.PerDay {
			busy := need(a, f, t, mo.RequiredPerRepDay, kpi.RepDay)
			return busy, f.Node(n, busy, kpi.RepDay)
		}
		busy := spanRound(a, f, t, mo.RequiredPerRepDay*m.Calendar().Days(n.Per))
		return busy, f.Node(n, busy, kpi.Day) + l.UnitSep() + h.Unit
	}
	// The busiest months: the run of months from the busiest that need as
	// much (the plan's schedule is steady in stretches: route sales' Jan–Jun).
	run, many := "", false
	if k := a.Busiest; k >= 0 {
		last := k
		for last+1 < len(a.Plan.Months) && near(a.Plan.Months[last+1].RequiredPerRepDay, a.Plan.Months[k].RequiredPerRepDay) {
			last++
		}
		run, many = MonthSpan(l, a.Plan, k, last), last > k
	}
	plural := func(key string) string {
		if many {
			return key + "_many"
		}
		return key
	}
	if k := a.Busiest; k >= 0 {
		mo := a.Plan.Months[k]
		if busy, text := busiest(mo); busy > v*(1+1e-9) {
			key := "required.busiest"
			if n.Per != kpi.PerDay {
				key = "required.busiest_span"
			}
			h.Busiest = fmt.Sprintf(l.T(plural(key)), run, text)
		}
	}
	if ceiling <= 0 {
		return h
	}
	// A count a day reads "8 a rep a day"; money, or a week's or a
	// month's count, reads with its unit ("¥6,000,000 / rep / month").
	plain := n.Per == kpi.PerDay && n.Unit != kpi.Currency
	limitText := f.Node(n, n.Limit(), kpi.Day) + l.UnitSep() + h.Unit
	if plain {
		limitText = i18n.Count(n.Limit())
	}
	switch {
	case a.Pace > ceiling*(1+1e-12):
		h.Over = true
		key := "required.over"
		if !plain {
			key = "required.over_span"
		}
		h.Message, h.MessageAt = stating(fmt.Sprintf(l.T(key), figureMark, limitText), h.Figure.Text)
	case len(a.Over) > 0:
		h.Over = true
		mo := a.Plan.Months[a.Busiest]
		_, busy := busiest(mo)
		key := "required.over_months"
		if !plain {
			key = "required.over_months_span"
		}
		h.Message = fmt.Sprintf(l.T(plural(key)), run, busy, limitText, l.Months(len(a.Over)))
	default:
		// It names the requirement: an activity planned over its ceiling
		// (PlannedOver) is said beside it, and both are true.
		key := "required.ok_need"
		if !plain {
			key = "required.ok_need_span"
		}
		h.Message = fmt.Sprintf(l.T(key), l.InSentence(n.Label.In(string(l))), limitText)
		return h
	}
	return h
}

// Help names the lever that helps most when the headline's activity is
// over its ceiling (Head.Over), as Head.Help and Head.HelpNode hold it:
// the lever and the value that bring every month within the ceiling
// (forecast.HelpMost), or that none can. It is not part of New: the search
// solves the plan some hundred times (4 ms natively), too much for a
// slider's move; the page builds it when it renders, the CLI when it
// prints.
func (t *Table) Help() (text, node string) {
	a := t.Answer
	if !t.Head.Over || !a.Reachable {
		return "", ""
	}
	m, l, f := a.Tree.Model, t.Format.Lang, t.Format
	n := m.Node(a.Target)
	help, ok := forecast.HelpMost(m, n.ID, n.Limit(), a.Plan.Config)
	if !ok {
		return l.T("required.nohelp"), ""
	}
	ln, _ := m.Index(help.Lever)
	hn := m.Node(ln)
	key := "required.help"
	if help.To < help.From {
		key = "required.help_lower" // a cost per lead, a churn rate
	}
	// The value named is on the far side of the exact one, on the grid
	// its figure is written on: 2.3126 % reads 2.32 %, where 2.31 % would
	// leave the activity over its ceiling.
	to := f.Toward(hn, help.To, kpi.Year, help.To > help.From)
	return fmt.Sprintf(l.T(key), hn.Label.In(string(l)), f.Node(hn, help.From, kpi.Year), f.Node(hn, to, kpi.Year)), help.Lever
}

// Need writes v, a requirement of the headline's activity per rep in the
// span it is stated in (a day, a week or a month of working days), or of
// its rate or price, as the headline writes its figure: rounded under the
// policy, on the safe side of its grid (inside sales' budget of ¥1,923,076.92 a month reads
// 192.4万円, as the headline, not the 192.3万円 that falls short). The
// CLI's sensitivity table and goal seek of the headline's own lever write
// it, so that the one figure reads one way.
func (t *Table) Need(v float64) string {
	a, f, i := t.Answer, t.Format, t.Answer.Target
	n := a.Tree.Model.Node(i)
	if !n.Activity { // a rate or a price: the value itself, a year's
		return f.Node(n, need(a, f, i, v, kpi.Year), kpi.Year)
	}
	p := kpi.RepDay
	if n.Per != kpi.PerDay {
		p = kpi.Day // the headline's span: "1.7" of "件/人週"
	}
	return f.Node(n, need(a, f, i, v, n.Per.Period()), p)
}

// spanRound is activity t's requirement in its span (a week's or a
// month's worth per rep) as its figures read (need).
func spanRound(a *forecast.Answer, f i18n.Format, t int, v float64) float64 {
	return need(a, f, t, v, a.Tree.Model.Node(t).Per.Period())
}

// need is v, lever i's requirement in period p, as every figure of it
// reads: a count rounded under the answer's policy at p's resolution,
// money or a rate moved onto the grid its figure is written on, on the
// safe side (safe).
func need(a *forecast.Answer, f i18n.Format, i int, v float64, p kpi.Period) float64 {
	if a.Tree.Model.Node(i).Unit == kpi.Count {
		return a.Rounding.ApplyTo(v, kpi.Resolution(p))
	}
	return safe(a, f, i, v, p)
}

// near reports whether a and b agree to one part in a billion: two months
// of a steady stretch of the plan's schedule.
func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*max(math.Abs(a), math.Abs(b)) }

// figureMark stands for the headline's figure in a message being written,
// so that stating finds where the figure goes, not a like run of digits.
const figureMark = "\x00"

// stating puts figure in msg where figureMark is, and returns the message
// and the figure's byte offset in it (-1 when msg has no mark).
func stating(msg, figure string) (string, int) {
	at := strings.Index(msg, figureMark)
	if at < 0 {
		return msg, -1
	}
	return msg[:at] + figure + msg[at+len(figureMark):], at
}
