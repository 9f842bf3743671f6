package report

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// Refit is the re-forecast (forecast.Reforecast) in words and figures, as
// the page and `kpisim forecast -actuals` both write it: how far behind
// the year is, what it now takes per rep per day, which funnel step leaks
// and how likely the goal still is.
type Refit struct {
	R      *forecast.Reforecast
	Format i18n.Format

	Through   string // the last closed month: "2026年10月"
	Partial   string // months with weeks: those left out at their plan, a last month's rest at the plan, and how weeks fall in months ("" when every month is whole)
	Estimated string // months whose goal value is made from actuals below it: how ("" when none is)
	Outside   string // actuals dated outside the plan's months: how many and which months, left out ("" when none is)
	// Missing names the closed months with no actual of the goal node
	// (forecast.Reforecast.Missing): the forecast takes their plan, and
	// the achievement compares only the months with actuals with their
	// goal ("" when none is).
	Missing string
	// WithoutActuals names what the forecast takes without actuals: those
	// months, as the note does, and the weeks left out (「2026年11月」,
	// "May 2026, Aug–Oct 2026, weeks 3–5 of Nov 2026"), for the summary's
	// line of the year ("" when none is). It had named whole months only,
	// its forecast holding November's weeks 3–5 unsaid.
	WithoutActuals string
	// Ahead names the months not begun by the day the re-forecast is
	// dated by that have actuals, kept and not counted (AheadNote; "" when
	// none has).
	Ahead string
	// FromDone names the months to come that land activity already done
	// (forecast.Reforecast.FromDone): the forecast takes what it brings at
	// the rates seen so far, not the plan ("" when none does).
	FromDone    string
	Achievement string // 達成率 to date: "76.8%"; "—" when no closed month has an actual of the goal node
	ToDate      string // the goal node's actual to date
	GoalToDate  string
	// GoalToDateLabel says what GoalToDate is the goal of: the same
	// months ("Goal to date"), or, with months Missing, the months with
	// actuals.
	GoalToDateLabel string
	Forecast        string // actuals to date, then the plan
	Goal            string
	Gap             string // signed
	Remaining       string // what the months left must still bring
	Left            int    // months left
	Needed          string // "Still needed in the 4 months left" (with the rest of a partial month)
	ToDateLabel     string // "Actual to Oct 2026", "Actual to week 2 of Nov 2026"

	PaceHead    string // what Pace measures: "これから必要な行動量（1人1週あたり）"
	Pace        string // the target per rep in its span from now on ("" when no pace can)
	PacePlanned string
	PaceLine    string // "From now on, calls: 47.3 a rep a day (the plan needed 41.7)."
	CeilingLine string // over or within the ceiling; "" without one
	Over        bool

	// CatchUp is what the months left take, KPI by KPI (nil when no
	// pace can, or none is needed).
	CatchUp *CatchUp

	Prob string // the chance of the goal with the observed rates: "23%"; "" when no run was made (forecast.NoRun)

	Steps    []StepRow
	LeakLine string // the worst leak, or that none is below plan
	// Unmeasured names the funnel's conversion rates the actuals could not
	// measure (no actuals of the counts on both sides): "every step is at
	// plan or better" read as if they were ("" when every one was).
	Unmeasured string
	// Beyond names the months whose actual of an activity is above its
	// ceiling per rep per working day (BeyondNote): likely a longer
	// period's total or another unit ("" when none is).
	Beyond string
	// Impossible names the months whose counts a funnel's rate cannot
	// hold (forecast.Reforecast.Beyond: more deals than opportunities),
	// left out of the rates ("" when none is).
	Impossible string
	// StepsLag says that, with a sales cycle, a step from an activity
	// divides what it led to by the activity LagMonths earlier ("" when
	// no step does).
	StepsLag string

	Months []RefitMonth
}

// PaceText is the pace and the ceiling as one text, as the page and the
// CLI show them: two sentences, with a space between in English and none
// after a Japanese "。".
func (r *Refit) PaceText() string {
	return strings.TrimSpace(r.PaceLine + r.Format.Lang.SentenceSep() + r.CeilingLine)
}

// StepRow is one conversion of the funnel, planned against observed.
type StepRow struct {
	Label    string // the lever: 商談化率
	From     string // what it converts, to what: 初回商談数 → 商談数
	Planned  string
	Observed string
	Ratio    string // observed ÷ planned: "75%"
	Leak     bool   // the step furthest short of plan
	Short    bool   // worse than plan: below it, or above it for a lever the goal falls by (a churn rate)
}

// RefitMonth is one month of the re-forecast: an actual or the plan's.
type RefitMonth struct {
	Label     string
	Actual    bool   // the goal node's value is an actual
	Estimated bool   // the goal node's value is made from the actuals below it (forecast.Reforecast.Derived)
	FromDone  bool   // a month to come landing activity already done (forecast.Reforecast.FromDone)
	Kind      string // which of the five it is, as the page and the CLI write it: 実績, 推計, 行動実績から, 計画 (a closed month without one), 見込み (a month to come)
	Goal      string // the month's goal
	Value     string // the actual, what activity done brings, or the plan's forecast
	Cum       string
	CumGoal   string
	Rate      string // 達成率 of the month (actual ÷ goal), "" for a month to come or a closed month without actuals
	Missing   bool   // a closed month without an actual of the goal node: Value is the plan's, not graded
}

// NewRefit writes rf in language l; money in currency cur.
func NewRefit(rf *forecast.Reforecast, l i18n.Lang, cur string) *Refit {
	f := i18n.Format{Lang: l, Currency: cur}
	a := rf.Answer
	p := a.Plan
	m := a.Tree.Model
	g := m.Goal()
	gn := m.Node(g)
	money := func(v float64) string { return f.Node(gn, v, kpi.Year) }
	r := &Refit{R: rf, Format: f, Achievement: i18n.Percent(round4(rf.Achievement)), ToDate: money(rf.ActualToDate),
		GoalToDate: money(rf.GoalToDate), Forecast: money(rf.Forecast), Goal: money(rf.Goal),
		// The gap as the two figures read (1億円 less 9,020万円 is -980万円).
		Gap:       f.Signed(gn, f.Shown(gn, rf.Forecast, kpi.Year)-f.Shown(gn, rf.Goal, kpi.Year), kpi.Year),
		Remaining: money(rf.Remaining), Left: len(p.Months) - rf.Closed, Over: rf.Over,
		// The goal met by the actuals is met in every trial: no chance about it.
		Prob: l.Chance(rf.ProbGoal, rf.Alike || rf.Remaining <= 0)}
	if rf.Trials == 0 { // no run (forecast.NoRun): no chance, not a 0 %
		r.Prob = ""
	}
	if r.Left > 0 { // the year over, nothing is still needed: no line
		r.Needed = fmt.Sprintf(l.T("refit.remaining"), l.Months(r.Left))
		if r.Left == 1 {
			r.Needed = l.T("refit.remaining_one") // "in the month left", not "in the 1 month left"
		}
	}
	if rf.GoalToDate <= 0 { // no goal to date to achieve: ¥0 of ¥0 is no 0 %
		r.Achievement = "—"
	}
	r.GoalToDateLabel = l.T("refit.goal_to_date")
	if len(rf.Missing) > 0 {
		r.GoalToDateLabel = l.T("refit.goal_with_actuals")
		r.Missing = missingNote(rf, l, money)
		if rf.GoalToDate <= 0 {
			r.Achievement = "—"
		}
	}
	if last := rf.LastActual(); last >= 0 {
		// The actual to date runs to the last month with actuals, not to
		// the months ended since without them (named as missing).
		name := MonthName(l, p.Months[last])
		r.ToDateLabel = fmt.Sprintf(l.T("refit.to_date"), name)
		r.Through = monthPart(l, rf, last, name)
		if lb := toDateLabel(l, rf, name); lb != "" {
			r.ToDateLabel = lb
		}
	}
	if rf.Closed > 0 && rf.Open > 0 {
		// The month partly closed (to a week, to today, with actuals or
		// without): what is still needed falls in its rest too.
		name := MonthName(l, p.Months[rf.Closed-1])
		r.Needed = fmt.Sprintf(l.T("refit.remaining_partial"), name, l.Months(r.Left))
		if r.Left == 1 {
			r.Needed = fmt.Sprintf(l.T("refit.remaining_partial_one"), name)
		}
		if r.Left == 0 {
			r.Needed = fmt.Sprintf(l.T("refit.remaining_rest"), name)
		}
	}
	r.WithoutActuals = withoutActuals(rf, l)
	r.Partial = partialNote(rf, l, money)
	r.Ahead = AheadNote(rf, l)
	if rf.InGaps > 0 {
		r.GoalToDateLabel = l.T("refit.goal_weeks_actual")
	}
	r.Estimated = estimatedNote(rf, l)
	r.FromDone = fromDoneNote(rf, l)
	r.Outside = outsideNote(rf.Outside, l)
	t := m.Node(a.Target)
	r.PaceHead = fmt.Sprintf(l.T("refit.pace_head"), l.T(perKey(kpi.PerDay)))
	if rf.Activity {
		// The pace reads in the span the activity is stated in: per rep
		// per day, or a week's or a month's working days of it.
		days := m.Calendar().Days(t.Per)
		pace := func(v float64) string {
			if t.Per == kpi.PerDay {
				return f.Node(t, need(a, f, a.Target, v, kpi.RepDay), kpi.RepDay)
			}
			return f.Node(t, spanRound(a, f, a.Target, v*days), kpi.Day)
		}
		r.PaceHead = fmt.Sprintf(l.T("refit.pace_head"), l.T(perKey(t.Per)))
		r.PacePlanned = pace(rf.PacePlanned)
		label := l.InSentence(t.Label.In(string(l))) // "From now on, calls: …"
		switch {
		case rf.Remaining <= 0:
			r.PaceLine = l.T("refit.pace_met")
		case r.Left == 0 && rf.Open == 0:
			r.PaceLine = l.T("refit.plan_over")
		case !rf.PaceOK:
			r.PaceLine = l.T("refit.pace_none")
		case rf.Left != nil && rf.Left.Done:
			r.Pace = pace(0)
			key := "refit.pace_planned" // the plan's other levers bring it (an expansion ARR)
			if p.Config.LagMonths > 0 {
				key = "refit.pace_done" // activity already done lands it
			}
			r.PaceLine = fmt.Sprintf(l.T(key), label, r.PacePlanned)
		default:
			r.Pace = pace(rf.Pace)
			r.PaceLine = fmt.Sprintf(l.T("refit.pace"), label, f.PerRep(t, r.Pace), r.PacePlanned)
			if rf.Ceiling > 0 {
				key := "refit.pace_ok_need" // the pace's, not the plan's
				if rf.Over {
					key = "refit.pace_over"
				}
				r.CeilingLine = fmt.Sprintf(l.T(key), f.PerRep(t, pace(rf.Ceiling)))
			}
		}
	}
	r.CatchUp = catchUp(rf, f, r.Pace, r.Remaining)
	for j, st := range rf.Steps {
		ln := m.Node(st.Lever)
		if lag := p.Config.LagMonths; lag > 0 && st.From >= 0 && m.Node(st.From).Activity {
			r.StepsLag = fmt.Sprintf(l.T("refit.steps_lag"), l.Months(lag), l.Months(lag))
		}
		row := StepRow{Label: ln.Label.In(string(l)), Planned: f.Node(ln, st.Planned, kpi.Year),
			Observed: f.Node(ln, st.Observed, kpi.Year), Ratio: i18n.Percent(round4(st.Ratio)), Leak: j == rf.Leak,
			Short: st.Short()}
		// What it converts: the other factor, or the others multiplied
		// (a repeat rate turns the existing accounts × their revenue a
		// year into repeat revenue).
		var from []string
		for _, c := range m.Children(st.Node) {
			if c != st.Lever {
				from = append(from, m.Node(c).Label.In(string(l)))
			}
		}
		row.From = strings.Join(from, " × ") + " → " + m.Node(st.Node).Label.In(string(l))
		if ln.Unit != kpi.Rate {
			row.Observed = f.Node(ln, st.Observed, kpi.Year)
		}
		r.Steps = append(r.Steps, row)
	}
	if rf.Leak >= 0 {
		r.LeakLine = fmt.Sprintf(l.T("refit.leak"), r.Steps[rf.Leak].Label, r.Steps[rf.Leak].Ratio)
	} else if len(r.Steps) > 0 {
		r.LeakLine = l.T("refit.no_leak")
		// A lever below plan that is no conversion (a smaller deal) is
		// said, not named a leak.
		for j, st := range rf.Steps {
			if r.Steps[j].Short && m.Node(st.Lever).Unit != kpi.Rate {
				r.LeakLine = fmt.Sprintf(l.T("refit.no_leak_below"), l.InSentence(r.Steps[j].Label), r.Steps[j].Ratio)
				break
			}
		}
	}
	r.Unmeasured = unmeasuredNote(rf, l)
	r.Beyond = BeyondNote(rf, l, f)
	r.Impossible = impossibleNote(rf, l, f)
	cum, cumGoal := 0.0, 0.0
	// A closed month without an actual, a month to come and the rest of a
	// partly closed one take the forecast: the plan's activity (or the
	// activity done a sales cycle earlier) at the rates updated with the
	// actuals (Reforecast.Value); the first is marked so.
	add := func(label string, actual, estimated, done bool, goal, v float64, closed bool) {
		cum += v
		cumGoal += goal
		kind := l.T("refit.is_ahead")
		if closed {
			kind = l.T("refit.is_missing")
		}
		row := RefitMonth{Label: label, Actual: actual, Estimated: estimated, FromDone: done, Kind: kind, Goal: money(goal),
			Value: money(v), Cum: money(cum), CumGoal: money(cumGoal), Missing: closed && !actual && !estimated}
		if row.Missing {
			closed = false // the forecast is no achievement
		}
		switch {
		case actual:
			row.Kind = l.T("refit.is_actual")
		case estimated:
			row.Kind = l.T("refit.is_estimated")
		case done:
			row.Kind = l.T("refit.is_done")
		}
		if closed && goal > 0 {
			row.Rate = i18n.Percent(round4(v / goal))
		}
		r.Months = append(r.Months, row)
	}
	for k, mo := range p.Months {
		label, actual := MonthName(l, mo), k < rf.Closed && rf.Has[k][g]
		estimated := k < rf.Closed && rf.Derived[k][g]
		if k >= rf.Closed || rf.Share(k) == 1 {
			add(label, actual, estimated, k < len(rf.FromDone) && rf.FromDone[k], mo.Goal, rf.Value[k][g], k < rf.Closed)
			continue
		}
		// A month with weeks: those with actuals against their share of
		// its goal, the weeks left out at the forecast (Reforecast.LeftOut),
		// then a last month's rest as the forecast counts it
		// (Reforecast.Rest).
		add(monthPart(l, rf, k, label), actual, estimated, false, mo.Goal*rf.Share(k), rf.Value[k][g], true)
		if rf.LeftOut[k] > 0 {
			add(leftOutRow(l, rf, k, label), false, false, false, mo.Goal*rf.LeftOut[k], rf.LeftOutValue[k], true)
		}
		if k == rf.Closed-1 && rf.Open > 0 {
			add(fmt.Sprintf(l.T("refit.month_rest"), label), false, false, false, mo.Goal*rf.Open, rf.Rest, false)
		}
	}
	return r
}

// round4 keeps a share to 0.01 % so that a percentage prints at most two
// decimals without float noise.
func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }

// monthIndex finds the plan month of calendar month mo of year y (0: the
// plan's own year), or -1.
func monthIndex(p *forecast.Plan, y int, mo time.Month) int {
	for k, x := range p.Months {
		if x.Month == mo && (y == 0 || x.Year == 0 || x.Year == y) {
			return k
		}
	}
	return -1
}

// outsideNote says that the actuals a, dated outside the plan's months,
// are left out: how many, and their months in order (the first five, then
// "…"); "" when there are none.
func outsideNote(a forecast.Actuals, l i18n.Lang) string {
	if len(a) == 0 {
		return ""
	}
	type ym struct {
		y int
		m time.Month
	}
	var months []ym
	for _, x := range a {
		if k := (ym{x.Year, x.Month}); !slices.Contains(months, k) {
			months = append(months, k)
		}
	}
	sort.SliceStable(months, func(i, j int) bool { return months[i].y*12+int(months[i].m) < months[j].y*12+int(months[j].m) })
	var names []string
	for j, k := range months {
		if j == 5 {
			names = append(names, "…")
			break
		}
		names = append(names, MonthName(l, forecast.Month{Year: k.y, Month: k.m}))
	}
	key := "refit.outside"
	if len(a) == 1 {
		key = "refit.outside_one"
	}
	return fmt.Sprintf(l.T(key), len(a), strings.Join(names, l.ListSep()))
}

// missingNote names the closed months without an actual of the goal node
// (a gap in an export, or months ended by today since the last actuals;
// whole months in a row as a span: 「2026年6月〜11月」): the forecast takes
// their plan (its sum, money), and the achievement compares only the
// months with actuals with their goal.
func missingNote(rf *forecast.Reforecast, l i18n.Lang, money func(float64) string) string {
	key := "refit.missing"
	if len(rf.Missing) == 1 {
		key = "refit.missing_one"
	}
	gn := rf.Answer.Tree.Model.Node(rf.Answer.Tree.Model.Goal())
	return fmt.Sprintf(l.T(key), missingMonths(rf, l), l.InSentence(gn.Label.In(string(l))), money(rf.InMissing))
}

// withoutActuals names the months Missing and the weeks LeftOut, in the
// notes' words.
func withoutActuals(rf *forecast.Reforecast, l i18n.Lang) string {
	var names []string
	if len(rf.Missing) > 0 {
		names = append(names, missingMonths(rf, l))
	}
	for k := range rf.Closed {
		if ws := rf.MissingWeeks(k); ws != nil {
			w, _ := weeksName(l, ws, daysOf(rf, k))
			names = append(names, fmt.Sprintf(l.T("refit.month_weeks"), MonthName(l, rf.Answer.Plan.Months[k]), w))
		}
	}
	return strings.Join(names, l.ListSep())
}

// missingMonths names the months missingNote names, in its words.
func missingMonths(rf *forecast.Reforecast, l i18n.Lang) string {
	p := rf.Answer.Plan
	var names []string
	whole := func(k int) bool { return monthPart(l, rf, k, "") == "" }
	for j := 0; j < len(rf.Missing); {
		a, e := rf.Missing[j], j
		for e+1 < len(rf.Missing) && rf.Missing[e+1] == rf.Missing[e]+1 && whole(rf.Missing[e]) && whole(rf.Missing[e+1]) {
			e++
		}
		if e > j {
			names = append(names, MonthSpan(l, p, a, rf.Missing[e]))
		} else {
			names = append(names, monthPart(l, rf, a, MonthName(l, p.Months[a])))
		}
		j = e + 1
	}
	return strings.Join(names, l.ListSep())
}

// fromDoneNote says which months to come land activity already done, and
// from which months; "" when none does.
func fromDoneNote(rf *forecast.Reforecast, l i18n.Lang) string {
	p := rf.Answer.Plan
	first, last := -1, -1
	for k, on := range rf.FromDone {
		if on {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return ""
	}
	lag := p.Config.LagMonths
	key := "goal.from_done"
	if first == last {
		key = "goal.from_done_one"
	}
	return fmt.Sprintf(l.T(key), MonthSpan(l, p, first, last), MonthSpan(l, p, first-lag, last-lag), goalName(rf.Answer.Tree.Model, l))
}

// estimatedNote says how months without an actual of the goal node are
// made from the actuals below it, naming the nodes with actuals in those
// months (in tree order): an estimate from October's calls names calls,
// not the deals of the months with revenue entered. "" when no closed
// month is so.
func estimatedNote(rf *forecast.Reforecast, l i18n.Lang) string {
	m := rf.Answer.Tree.Model
	g := m.Goal()
	var names []string
	for _, i := range m.TreeOrder() {
		for k := range rf.Closed {
			if i != g && rf.Derived[k][g] && rf.Has[k][i] {
				names = append(names, m.Node(i).Label.In(string(l)))
				break
			}
		}
	}
	if len(names) == 0 {
		return ""
	}
	return fmt.Sprintf(l.T("refit.estimated"), m.Node(g).Label.In(string(l)), strings.Join(names, l.ListSep()))
}
