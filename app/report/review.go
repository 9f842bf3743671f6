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

	Prob string // the chance of the goal with the observed rates: "23%"

	Steps    []StepRow
	LeakLine string // the worst leak, or that none is below plan
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
	return strings.TrimSpace(r.PaceLine + sentenceSep(r.Format.Lang) + r.CeilingLine)
}

// StepRow is one conversion of the funnel, planned against observed.
type StepRow struct {
	Label    string // the lever: 商談化率
	From     string // what it converts, to what: 初回商談数 → 商談数
	Planned  string
	Observed string
	Ratio    string // observed ÷ planned: "75%"
	Leak     bool   // the worst step below plan
	Below    bool   // below plan
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
		GoalToDate: money(rf.GoalToDate), Forecast: money(rf.Forecast), Goal: money(rf.Goal), Gap: f.Signed(gn, rf.Gap, kpi.Year),
		Remaining: money(rf.Remaining), Left: len(p.Months) - rf.Closed, Over: rf.Over,
		// The goal met by the actuals is met in every trial: no chance about it.
		Prob: i18n.Chance(rf.ProbGoal, rf.Alike || rf.Remaining <= 0)}
	if r.Left > 0 { // the year over, nothing is still needed: no line
		r.Needed = fmt.Sprintf(l.T("refit.remaining"), l.Months(r.Left))
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
	if rf.Closed > 0 {
		name := MonthName(l, p.Months[rf.Closed-1])
		r.Through = name
		r.ToDateLabel = fmt.Sprintf(l.T("refit.to_date"), name)
		r.Through = monthPart(l, rf, rf.Closed-1, name)
		if rf.PartialWeek > 0 {
			r.ToDateLabel = fmt.Sprintf(l.T("refit.to_week"), name, rf.PartialWeek)
			r.Needed = fmt.Sprintf(l.T("refit.remaining_partial"), name, l.Months(r.Left))
			if r.Left == 0 {
				r.Needed = fmt.Sprintf(l.T("refit.remaining_rest"), name)
			}
		}
	}
	r.Partial = partialNote(rf, l, money)
	if rf.PlanInGaps > 0 {
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
		case r.Left == 0 && rf.PartialWeek == 0:
			r.PaceLine = l.T("refit.plan_over")
		case !rf.PaceOK:
			r.PaceLine = l.T("refit.pace_none")
		default:
			r.Pace = pace(rf.Pace)
			r.PaceLine = fmt.Sprintf(l.T("refit.pace"), label, f.PerRep(t, r.Pace), r.PacePlanned)
			if rf.Ceiling > 0 {
				key := "refit.pace_ok"
				if rf.Over {
					key = "refit.pace_over"
				}
				r.CeilingLine = fmt.Sprintf(l.T(key), f.PerRep(t, pace(rf.Ceiling)))
			}
		}
	}
	for j, st := range rf.Steps {
		ln := m.Node(st.Lever)
		if lag := p.Config.LagMonths; lag > 0 && st.From >= 0 && m.Node(st.From).Activity {
			r.StepsLag = fmt.Sprintf(l.T("refit.steps_lag"), l.Months(lag), l.Months(lag))
		}
		row := StepRow{Label: ln.Label.In(string(l)), Planned: f.Node(ln, st.Planned, kpi.Year),
			Observed: f.Node(ln, st.Observed, kpi.Year), Ratio: i18n.Percent(round4(st.Ratio)), Leak: j == rf.Leak,
			Below: st.Ratio < 1}
		if st.From >= 0 {
			row.From = m.Node(st.From).Label.In(string(l)) + " → " + m.Node(st.Node).Label.In(string(l))
		}
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
			if r.Steps[j].Below && m.Node(st.Lever).Unit != kpi.Rate {
				r.LeakLine = fmt.Sprintf(l.T("refit.no_leak_below"), l.InSentence(r.Steps[j].Label), r.Steps[j].Ratio)
				break
			}
		}
	}
	cum, cumGoal := 0.0, 0.0
	// A closed month without an actual takes the plan; a month to come
	// (and the rest of a partly closed one) the forecast: the plan's
	// activity at the rates updated with the actuals (Reforecast.Value).
	add := func(label string, actual, estimated, done bool, goal, v float64, closed bool) {
		cum += v
		cumGoal += goal
		kind := l.T("refit.is_ahead")
		if closed {
			kind = l.T("refit.is_plan")
		}
		row := RefitMonth{Label: label, Actual: actual, Estimated: estimated, FromDone: done, Kind: kind, Goal: money(goal),
			Value: money(v), Cum: money(cum), CumGoal: money(cumGoal), Missing: closed && !actual && !estimated}
		if row.Missing {
			closed = false // the plan's value is no achievement
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
		// its goal, the weeks left out at their plan (Reforecast.LeftOut),
		// then a last month's rest as the forecast counts it
		// (Reforecast.Rest).
		add(monthPart(l, rf, k, label), actual, estimated, false, mo.Goal*rf.Share(k), rf.Value[k][g], true)
		if rf.LeftOut[k] > 0 {
			add(leftOutRow(l, rf, k, label), false, false, false, mo.Goal*rf.LeftOut[k], forecast.PlanValue(p, k, g)*rf.LeftOut[k], true)
		}
		if k == rf.Closed-1 && rf.PartialWeek > 0 {
			add(fmt.Sprintf(l.T("refit.month_rest"), label), false, false, false, mo.Goal*rf.Open, rf.Rest, false)
		}
	}
	return r
}

// round4 keeps a share to 0.01 % so that a percentage prints at most two
// decimals without float noise.
func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }

// Status is how a KPI stands against its pace in a review period. New
// values are only appended.
type Status uint8

const (
	OnTrack  Status = iota // at least 100 % of the pace
	AtRisk                 // 90 % to 100 %
	OffTrack               // below 90 %
)

// Key is the message key of the status: review.on_track, …
func (s Status) Key() string {
	return [...]string{"review.on_track", "review.at_risk", "review.off_track"}[min(int(s), 2)]
}

// StatusOf grades an actual ÷ target ratio: ≥ 100 % on track, ≥ 90 % at
// risk, below that off track.
func StatusOf(ratio float64) Status {
	switch {
	case ratio >= 1-1e-9:
		return OnTrack
	case ratio >= 0.9-1e-9:
		return AtRisk
	}
	return OffTrack
}

// Review is a weekly or monthly review: the period's actual of each KPI
// against its target, its status, and the three most behind.
type Review struct {
	Weekly bool
	Period string // "2026年10月", "2026年10月の第2週", "Week 2 of Oct 2026"; "" when there is nothing to review
	Rows   []ReviewRow
	Behind []int  // indices into Rows of up to three KPIs most behind, the worst first
	Note   string // how a week's targets are made: its share of the month's working days ("" for a month)
}

// ReviewRow is one KPI in a review.
type ReviewRow struct {
	Node    int
	Label   string
	Cadence string
	Actual  string
	Target  string
	Ratio   float64 // actual ÷ target
	Rate    string  // the ratio as a percentage
	Status  Status
	Text    string // the status in words
	// Basis says what a conversion rate divides when the sales cycle
	// lags it: the month's result by the activity of LagMonths earlier,
	// as the re-forecast does ("110 first meetings in Aug 2026 ÷ 1,200
	// calls in Jul 2026"); "" for a rate within the month or a count.
	Basis string
}

// NewReview reviews the latest month (weekly false) or week (weekly true)
// with actuals. A KPI's target is what the goal needs of it in that month
// (its requirement spread as the goal is) or, off the goal's path, the
// plan's value; a week's is its share of the month's working days. The
// weekly review lists the KPIs measured daily or weekly that the week has
// (all it has when it has none of them: fastWeek), a conversion rate
// among them when the week has both its counts (weekRate); a rate's
// target is the plan's rate.
func NewReview(rf *forecast.Reforecast, acts forecast.Actuals, weekly bool, l i18n.Lang, cur string) *Review {
	f := i18n.Format{Lang: l, Currency: cur}
	a := rf.Answer
	p := a.Plan
	m := a.Tree.Model
	rv := &Review{Weekly: weekly}
	k := rf.Closed - 1
	week := 0
	actual := func(i int) (float64, bool) { return rf.Actual[k][i], rf.Has[k][i] }
	var vals map[string]float64 // the week's actuals by node id
	if weekly {
		// The latest week with an entry.
		var last forecast.Actual
		k = -1
		for _, x := range acts {
			if x.Week == 0 {
				continue
			}
			kk := monthIndex(p, x.Year, x.Month)
			if kk > k || kk == k && x.Week > week {
				k, week, last = kk, x.Week, x
			}
		}
		if k < 0 {
			return rv
		}
		vals = map[string]float64{}
		for _, x := range acts {
			if x.Week == week && monthIndex(p, x.Year, x.Month) == k {
				vals[x.Node] += x.Value
			}
		}
		_ = last
		actual = func(i int) (float64, bool) { v, ok := vals[m.Node(i).ID]; return v, ok }
	}
	if k < 0 {
		return rv
	}
	mo := p.Months[k]
	rv.Period = MonthName(l, mo)
	if weekly {
		rv.Period = fmt.Sprintf(l.T("review.week"), rv.Period, week)
	}
	share := 1.0
	switch {
	case weekly:
		share = p.WeekShare(k, week) // the month's working days in that week
		// Said, as it differs from the required table's week (a plan's
		// 5 days of its 20): October 2026 has 22 weekdays, 5 in week 4.
		rv.Note = fmt.Sprintf(l.T("review.week_note"), i18n.Percent(round4(share)))
	case rf.Share(k) < 1:
		// A month to date, or with weeks left out: its targets for the
		// weeks it has.
		share = rf.Share(k)
		rv.Period = monthPart(l, rf, k, rv.Period)
	}
	if _, ok := scheduled(a, k, a.Plan.Target); ok {
		// Said, as the goal's target and the others' are not alike: the
		// month's goal, and the plan's schedule.
		gl, tl := m.Node(m.Goal()).Label.In(string(l)), m.Node(a.Plan.Target).Label.In(string(l))
		note := fmt.Sprintf(l.T("review.plan_note"), gl, tl)
		rv.Note = strings.TrimSpace(note + sentenceSep(l) + rv.Note)
	}
	fast := weekly && fastWeek(m, p.Config.LagMonths, vals)
	for _, i := range m.TreeOrder() {
		nd := m.Node(i)
		if weekly && fast && nd.Cadence != kpi.CadenceDaily && nd.Cadence != kpi.CadenceWeekly {
			continue
		}
		v, ok := actual(i)
		if nd.Unit == kpi.Rate && nd.Op == kpi.Lever {
			// A conversion rate: the period's node over the count it
			// converts, against the plan's rate; a week's when both
			// counts are entered that week (weekRate).
			basis := ""
			if weekly {
				v, ok = weekRate(m, p.Config.LagMonths, vals, i)
			} else {
				v, ok = monthRate(rf, k, i)
				basis = rateBasis(rf, k, i, l)
			}
			if !ok || nd.Value <= 0 {
				continue
			}
			ratio := v / nd.Value
			row := ReviewRow{Node: i, Label: nd.Label.In(string(l)), Cadence: f.NodeCadence(nd),
				Actual: f.Node(nd, v, kpi.Month), Target: f.Node(nd, nd.Value, kpi.Month), Ratio: ratio,
				Rate: i18n.Percent(round4(ratio)), Status: StatusOf(ratio), Basis: basis}
			row.Text = l.T(row.Status.Key())
			rv.Rows = append(rv.Rows, row)
			continue
		}
		if !ok || nd.Unit == kpi.Rate {
			continue
		}
		target := monthTarget(a, k, i) * share
		if nd.Unit == kpi.Count {
			// A count's target as the rounding policy shows it (9 deals, not
			// 8.33), and the rate against the figure shown: 6 of 9 is
			// 66.67 %, where the exact target read 72 % beside the 9.
			target = a.Rounding.ApplyTo(target, kpi.Resolution(kpi.Month))
		}
		if !(target > 0) {
			continue
		}
		ratio := v / target
		row := ReviewRow{Node: i, Label: nd.Label.In(string(l)), Cadence: f.NodeCadence(nd),
			Actual: f.Node(nd, v, kpi.Month), Target: f.Node(nd, target, kpi.Month), Ratio: ratio,
			Rate: i18n.Percent(round4(ratio)), Status: StatusOf(ratio)}
		row.Text = l.T(row.Status.Key())
		rv.Rows = append(rv.Rows, row)
	}
	order := make([]int, 0, len(rv.Rows))
	for j, r := range rv.Rows {
		if r.Ratio < 1-1e-9 {
			order = append(order, j)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return rv.Rows[order[i]].Ratio < rv.Rows[order[j]].Ratio })
	rv.Behind = order[:min(3, len(order))]
	return rv
}

// fastWeek says whether a week's actuals vals (by node id) hold a KPI
// measured daily or weekly, a conversion rate among them when the week
// has both its counts (weekRate): the weekly review then lists those
// alone. A week with none of them (a CRM's weekly revenue, deals and
// opportunities, measured monthly in a tree that counts calls daily) is
// reviewed by the KPIs it has: it listed none, a title over no table.
func fastWeek(m *kpi.Model, lag int, vals map[string]float64) bool {
	for i := range m.Len() {
		nd := m.Node(i)
		if nd.Cadence != kpi.CadenceDaily && nd.Cadence != kpi.CadenceWeekly {
			continue
		}
		_, ok := vals[nd.ID]
		if nd.Unit == kpi.Rate && nd.Op == kpi.Lever {
			_, ok = weekRate(m, lag, vals, i)
		}
		if ok {
			return true
		}
	}
	return false
}

// sentenceSep is what comes between two sentences: a space in English,
// nothing after a Japanese "。".
func sentenceSep(l i18n.Lang) string {
	if l == i18n.Ja {
		return ""
	}
	return " "
}

// weekRate is rate lever i as observed in a week of actuals vals (by node
// id): its product node's actual over the other factor's, both entered
// that week. A rate whose other factor is an activity lagged by a sales
// cycle (lag months) converts an earlier month's activity, which no week
// holds: not reviewed weekly.
func weekRate(m *kpi.Model, lag int, vals map[string]float64, i int) (float64, bool) {
	P := m.Parent(i)
	if P < 0 || m.Node(P).Op != kpi.Product || len(m.Children(P)) != 2 {
		return 0, false
	}
	c := m.Children(P)[0]
	if c == i {
		c = m.Children(P)[1]
	}
	if lag > 0 && m.Node(c).Activity {
		return 0, false
	}
	num, ok1 := vals[m.Node(P).ID]
	den, ok2 := vals[m.Node(c).ID]
	if !ok1 || !ok2 || !(den > 0) {
		return 0, false
	}
	return num / den, true
}

// monthTarget is what the goal needs of node i in plan month k, as the
// monthly plan reads it: the goal node's own monthly goal; on the goal's
// path under an activity target, the plan's schedule (scheduled); for
// any other target, its requirement over the plan spread as the goal is;
// off the path, the plan's value.
func monthTarget(a *forecast.Answer, k, i int) float64 {
	p := a.Plan
	m := a.Tree.Model
	if i == m.Goal() {
		return p.Months[k].Goal
	}
	if v, ok := scheduled(a, k, i); ok {
		return v
	}
	if req, on := a.Required(i, kpi.Year); on && m.Node(i).Periodic() && p.Goal > 0 && !m.Node(p.Target).Activity {
		return req * float64(len(p.Months)) / 12 * p.Months[k].Goal / p.Goal
	}
	return forecast.PlanValue(p, k, i)
}

// scheduled is node i's need in plan month k under the plan's schedule of
// its activity target (forecast.Month.Required: the headcount with its
// hires, the seasons, the steadiest pace that keeps the goal so far met),
// so that the review's target for calls is the monthly plan's Required
// for the month: the target's own Required, and a count or amount above
// it what the required activity landing in month k brings at the plan's
// other values (valueAt). ok is false off the path, when the plan cannot
// meet its goal, and in a month whose schedule needs nothing.
func scheduled(a *forecast.Answer, k, i int) (float64, bool) {
	p := a.Plan
	m := a.Tree.Model
	t := p.Target
	if !m.Node(t).Activity || !p.Reachable || !a.Tree.OnPath[i] || !m.Node(i).Periodic() {
		return 0, false
	}
	if i == t {
		req := p.Months[k].Required
		return req, req > 0
	}
	// The activity landing in month k: LagMonths earlier (a lead month
	// before the plan's first LagMonths).
	row := &p.Months[k-min(k, len(p.Lead))]
	if k < len(p.Lead) {
		row = &p.Lead[k]
	}
	if !(row.Required > 0) || p.Months[k].Landed == nil {
		return 0, false
	}
	return valueAt(m, p.Months[k].Landed, t, row.Required, i)
}

// valueAt is node i's value with node t, below it, at x and every other
// node at its value in v: the tree worked up from t to i, one parent at a
// time. ok is false when i is not above t or a ratio divides by 0.
func valueAt(m *kpi.Model, v []float64, t int, x float64, i int) (float64, bool) {
	for n := t; n != i; {
		P := m.Parent(n)
		if P < 0 {
			return 0, false
		}
		op := m.Node(P).Op
		acc := 0.0
		for j, c := range m.Children(P) {
			y := v[c]
			if c == n {
				y = x
			}
			switch {
			case j == 0:
				acc = y
			case op == kpi.Product:
				acc *= y
			case op == kpi.Sum:
				acc += y
			case op == kpi.Difference:
				acc -= y
			case op == kpi.Ratio && y != 0:
				acc /= y
			default:
				return 0, false
			}
		}
		n, x = P, acc
	}
	return x, true
}

// monthRate is rate lever i as observed in plan month k: its product
// node's actual over the other factor's (an activity's from LagMonths
// earlier, rateFrom), when both are known.
func monthRate(rf *forecast.Reforecast, k, i int) (float64, bool) {
	P, c, kc, ok := rateFrom(rf, k, i)
	if !ok {
		return 0, false
	}
	return rf.Actual[k][P] / rf.Actual[kc][c], true
}

// rateFrom is what rate lever i in plan month k divides: its product node
// P's actual in month k by the other factor c's in month kc, LagMonths
// earlier for an activity (its result lands a sales cycle later: August's
// meetings come from July's calls), k otherwise; ok when both are known.
func rateFrom(rf *forecast.Reforecast, k, i int) (P, c, kc int, ok bool) {
	m := rf.Answer.Tree.Model
	P = m.Parent(i)
	if P < 0 || m.Node(P).Op != kpi.Product || len(m.Children(P)) != 2 || !rf.Has[k][P] {
		return 0, 0, 0, false
	}
	c = m.Children(P)[0]
	if c == i {
		c = m.Children(P)[1]
	}
	kc = k
	if m.Node(c).Activity {
		kc = k - rf.Answer.Plan.Config.LagMonths
	}
	if kc < 0 || !rf.Has[kc][c] || rf.Actual[kc][c] <= 0 {
		return 0, 0, 0, false
	}
	return P, c, kc, true
}

// rateBasis says what rate lever i's review in plan month k divides when
// the sales cycle lags it: "110 first meetings in Aug 2026 ÷ 1,200 calls
// in Jul 2026" (「2026年8月の初回商談数110 ÷ 2026年7月の架電数1,200」);
// "" for a rate within the month. A 9.17 % beside August's 2,800 calls
// read as August's own appointment rate; it is July's calls'.
func rateBasis(rf *forecast.Reforecast, k, i int, l i18n.Lang) string {
	P, c, kc, ok := rateFrom(rf, k, i)
	if !ok || kc == k {
		return ""
	}
	m, ms := rf.Answer.Tree.Model, rf.Answer.Plan.Months
	f := i18n.Format{Lang: l}
	from := func(j, k int) (string, string, string) {
		return f.Node(m.Node(j), rf.Actual[k][j], kpi.Month), l.InSentence(m.Node(j).Label.In(string(l))), MonthName(l, ms[k])
	}
	a1, a2, a3 := from(P, k)
	b1, b2, b3 := from(c, kc)
	return fmt.Sprintf(l.T("review.lagged"), a1, a2, a3, b1, b2, b3)
}

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

// missingNote names the closed months without an actual of the goal node:
// the forecast takes their plan (its sum, money), and the achievement
// compares only the months with actuals with their goal.
func missingNote(rf *forecast.Reforecast, l i18n.Lang, money func(float64) string) string {
	p := rf.Answer.Plan
	var names []string
	for _, k := range rf.Missing {
		names = append(names, monthPart(l, rf, k, MonthName(l, p.Months[k])))
	}
	key := "refit.missing"
	if len(names) == 1 {
		key = "refit.missing_one"
	}
	gn := rf.Answer.Tree.Model.Node(rf.Answer.Tree.Model.Goal())
	return fmt.Sprintf(l.T(key), strings.Join(names, l.ListSep()), l.InSentence(gn.Label.In(string(l))), money(rf.PlanInMissing))
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
