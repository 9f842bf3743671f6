package forecast

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/kpisim/kpisim/app/kpi"
)

// MaxActuals is the most entries Actuals may hold (ten years of weeks for
// every node of a large tree is far below it).
const MaxActuals = 20_000

// Actual is what happened for one node of the tree in one calendar month,
// or in one week of it: the calls made, the meetings held, the deals won,
// the revenue booked. An activity lever's actual counts in the month the
// activity is done; any other node's in the month it lands (with a sales
// cycle, deals and revenue land LagMonths after the activity that led to
// them, as in the plan).
type Actual struct {
	Year  int        // calendar year; 0 means the plan's own year for this month
	Month time.Month // calendar month
	Week  int        // 1 to 5: a week of the month; 0: the whole month
	Node  string     // node id
	Value float64    // a count or an amount; a rate's value as a fraction
}

// Actuals are a scenario's record of what happened, in any order.
type Actuals []Actual

// Clone returns a copy of a.
func (a Actuals) Clone() Actuals { return slices.Clone(a) }

// Sort orders a by year, month, week and node, the order files are written in.
func (a Actuals) Sort() {
	// sort.SliceStable, not slices.SortStableFunc: a generic sort is
	// compiled anew for each element type, 9–19 KB of app.wasm each; sort's
	// one reflective copy serves every slice (this package's, report's,
	// actuals' and ui's sorts of structs).
	sort.SliceStable(a, func(i, j int) bool {
		x, y := a[i], a[j]
		return cmp.Or(cmp.Compare(x.Year, y.Year), cmp.Compare(x.Month, y.Month),
			cmp.Compare(x.Week, y.Week), cmp.Compare(x.Node, y.Node)) < 0
	})
}

// Check returns kpi.Errors naming each entry ("actuals[3].node") that does
// not fit model m: an unknown node, a month outside 1–12, a week outside
// 0–5, a value that is negative, not finite or (for a rate) above 100 %.
func (a Actuals) Check(m *kpi.Model) error {
	var es kpi.Errors
	if len(a) > MaxActuals {
		addf(&es, kpi.AboveMax, MaxActuals, "actuals", "has %d entries; at most %d are allowed", len(a), MaxActuals)
		return es
	}
	for j, x := range a {
		f := fmt.Sprintf("actuals[%d]", j)
		add := func(field, rule string, args ...any) {
			es = append(es, kpi.Errorf("", f+field, kpi.Invalid, 0, rule, args...))
		}
		i, ok := m.Index(x.Node)
		if !ok {
			add(".node", "%q is not a node of this tree", x.Node)
			continue
		}
		if x.Month < 1 || x.Month > 12 {
			add(".month", "must be a month from 1 to 12; got %d", x.Month)
		}
		if x.Year != 0 && (x.Year < MinCalendarYear || x.Year > MaxCalendarYear) {
			add(".year", "must be a year from %d to %d; got %d", MinCalendarYear, MaxCalendarYear, x.Year)
		}
		if x.Week < 0 || x.Week > 5 {
			add(".week", "must be a week of the month from 1 to 5 (0 for the whole month); got %d", x.Week)
		}
		if !finite(x.Value) || x.Value < 0 || x.Value > kpi.MaxValue {
			add(".value", "must be a number from 0 to %s; got %s", fmtNum(kpi.MaxValue), fmtNum(x.Value))
		} else if m.Node(i).Unit == kpi.Rate && x.Value > 1 {
			add(".value", "a rate is at most 100%%; got %s", kpi.FormatValue(x.Value, kpi.Rate))
		}
	}
	if len(es) > 0 {
		return es
	}
	return nil
}

// PlanYear is the calendar year of the plan's first month: the business
// calendar's year, else StartYear; 0 when neither is set.
func (c Config) PlanYear() int {
	if !c.BusinessCalendar.IsZero() {
		return c.BusinessCalendar.Year
	}
	return c.StartYear
}

// planMonth returns the plan month (0 for the first) of calendar month mo
// of year y (0: the plan's own year for it) in a plan of n months, or -1
// when it falls outside the plan.
func planMonth(c Config, n, y int, mo time.Month) int {
	start := c.StartMonth
	if start == 0 {
		start = 1
	}
	off := (int(mo) - start + 12) % 12
	if py := c.PlanYear(); y != 0 && py != 0 {
		off = (y-py)*12 + int(mo) - start
	}
	if off < 0 || off >= n {
		return -1
	}
	return off
}

// monthly folds actuals into plan months: table[k][i] is node i's actual
// in plan month k, has[k][i] whether there is one. A month's total wins
// over its weeks; weeks without a total are summed, and so are totals that
// land in the same plan month (April without a year and 2026-04, in a plan
// from April 2026: the last one was kept, and the others lost). It
// returns the entries that fall outside the plan.
func monthly(m *kpi.Model, cfg Config, n int, a Actuals) (table [][]float64, has [][]bool, outside []Actual) {
	table, has = make([][]float64, n), make([][]bool, n)
	whole := make([][]float64, n)
	for k := range table {
		table[k], has[k], whole[k] = make([]float64, m.Len()), make([]bool, m.Len()), make([]float64, m.Len())
	}
	totals := make([][]bool, n)
	weeks := make([][]int, n) // how many weeks each entry adds up
	for k := range totals {
		totals[k], weeks[k] = make([]bool, m.Len()), make([]int, m.Len())
	}
	for _, x := range a {
		i, ok := m.Index(x.Node)
		k := planMonth(cfg, n, x.Year, x.Month)
		if !ok || k < 0 {
			outside = append(outside, x)
			continue
		}
		if x.Week == 0 {
			whole[k][i] += x.Value
			totals[k][i] = true
		} else {
			table[k][i] += x.Value
			weeks[k][i]++
		}
		has[k][i] = true
	}
	for k := range n {
		for i := range m.Len() {
			switch {
			case totals[k][i]:
				table[k][i] = whole[k][i]
			case weeks[k][i] > 1 && !m.Node(i).Periodic():
				// A rate, a price or a stock given week by week is the
				// month's as their mean, not their sum: four weeks at a
				// close rate of 20 % are a month at 20 %, not 80 %.
				table[k][i] /= float64(weeks[k][i])
			}
		}
	}
	return table, has, outside
}

// Reforecast is the year as it happens: the plan with its months closed by
// actuals, what the goal now needs, the funnel as observed and the chance
// of the goal with the observed rates.
type Reforecast struct {
	Answer *Answer // the plan's answer (the one model), at the planned values

	// Closed is how many plan months are closed: every month up to the
	// last with an actual and, dated (RefitOn), every month ended by today
	// (Ended): a month gone without actuals is Missing, not a month to
	// come. Months from Closed on come from the plan.
	Closed int
	// Ended is how many plan months have ended by Today (0 undated): the
	// time left, and so the pace, begins no earlier than month Ended. A
	// closed month before it is whole, never partly to come: its weeks
	// after the last entered are past, left out (LeftOut), not open.
	Ended int
	// Actual[k][i] is node i's actual in plan month k; Has[k][i] whether
	// there is one. Value[k][i] is the actual where there is one, what
	// activity already done brings in a month to come (FromDone), and the
	// plan's value otherwise (an activity when done, any other node when it
	// lands; in a partly closed month, its share to date: Share).
	Actual, Value [][]float64
	Has           [][]bool
	// Derived[k][i] is true when node i has no actual in closed month k
	// but one below it does: Value[k][i] is then what those actuals make
	// with the plan's other values (deals entered and no revenue: the
	// deals at the planned price; derive).
	Derived [][]bool
	// Outside lists the actuals that fall outside the plan's months.
	Outside []Actual
	// PartialWeek is, when the last closed month has weeks entered and no
	// month total, and its last week is missing (weeks 1–2 of a 5-week
	// month), the last week entered; 0 otherwise. Open is the share of
	// that month's working days after it (weekSplit): the months left
	// begin with that rest of it at the plan, which counts in the
	// forecast, the pace and the Monte Carlo. Done is Cover of that month.
	PartialWeek int
	Done, Open  float64

	// Today is the day the re-forecast is made on (RefitOn); zero when it
	// is undated (Refit), or when the plan's months have no year. Dated,
	// the months that have not begun by today are not closed: their
	// actuals (a template's zeros for the months ahead) stay entered, in
	// Actual and Has, and count for nothing; Ahead lists them. The month
	// today falls in, entered as month totals, counts to today: PartialDay
	// is today's day of the month, Open the share of its working days after
	// today (daysShare), at the forecast as a partial week's rest is;
	// without actuals, it counts to yesterday (PartialDay), Missing for
	// the days gone, from today on open. On 15
	// August, August's first half was graded against all of August's goal.
	Today      time.Time
	Ahead      []int
	PartialDay int
	// AheadWeeks are the actuals of weeks of today's month that have not
	// begun by today (week 4, days 22–28, typed on the 7th): kept, and
	// counted for nothing, as a month Ahead's. Counted, the weeks before
	// them were taken as delivered at plan.
	AheadWeeks Actuals

	// Weeks[k] lists the weeks entered in closed month k when it has
	// weeks and no month total (monthWeeks); nil otherwise. LeftOut[k] is the
	// share of its working days in the weeks left out before its last
	// (weekSplit: an export that starts on the 22nd leaves out weeks 1–3):
	// they count at the forecast for them, fixed as a month Missing is
	// (LeftOutValue[k], the goal node's; InGaps in all).
	// Cover[k] is the share its actuals stand for, 1 − LeftOut[k] (less Open
	// in the last): the month's goal to date is Cover[k] of its goal, as
	// the page and the CLI say (report.Refit.Partial). A month total, or
	// a month to come, has Cover 1 and LeftOut 0.
	Weeks                        [][]int
	LeftOut, Cover, LeftOutValue []float64
	InGaps                       float64 // the goal node's forecast over the LeftOut weeks

	// Missing are the closed months (plan month indices, in order) with
	// no actual of the goal node and none below it that makes one: May
	// left out of an export of April to July, a month ended by today
	// without actuals, the days to today of the month in progress without
	// any. Nothing of them counts as actual; they count at the forecast
	// for them, as a month to come does (the plan's activity, or the
	// activity done a sales cycle earlier, at the rates the actuals
	// suggest: Value[k]), as the page and the CLI say
	// (report.Refit.Missing). At their plan, a month left unreported had
	// raised the forecast of a team at 72 % of it.
	Missing   []int
	InMissing float64 // the goal node's forecast over Missing

	// FromDone[k] is true for a month to come (k ≥ Closed) whose value
	// lands, with a sales cycle, from activity done in a closed month: its
	// actual where entered (in a partly closed month, what was done and the
	// plan for the rest), at the rates the actuals suggest (Posterior's
	// means), as Pace counts it. Value[k] is then what lands, not the plan.
	FromDone []bool
	// Rest is the goal node's value in the rest (1 − Done) of a partly
	// closed month: what the forecast counts for it, from activity done
	// (FromDone) or the plan.
	Rest float64

	Goal         float64 // the goal over the plan
	GoalToDate   float64 // the goal of the closed months that have actuals (not those Missing)
	ActualToDate float64 // the goal node's value over the closed months that have actuals: its actual, else what the actuals below it make; never the plan's
	Achievement  float64 // 達成率: ActualToDate ÷ GoalToDate, the months with actuals against their own goal
	Forecast     float64 // ActualToDate, the forecast in Missing and in the LeftOut weeks, and the months left: what lands from activity done (FromDone), else the plan's activity, at the rates seen
	Gap          float64 // Forecast − Goal; negative is short
	Remaining    float64 // Goal − ActualToDate − InMissing − InGaps: what the months left must bring (0 when met)

	// Pace is what the target activity now needs per rep per working day
	// in the months left (their activity landing inside the plan) to meet
	// the goal, at the rates the actuals suggest (Posterior's means).
	// PaceOK is false when no pace can (the months left are inside the
	// sales cycle, or a factor is 0). Over reports Pace above the
	// activity's ceiling; Ceiling is that ceiling per rep per working day
	// (0: none). PacePlanned is the plan's pace (Answer.Pace).
	Pace, PacePlanned, Ceiling float64
	PaceOK, Over, Activity     bool
	// Left is what the months left take, node by node, at Pace and the
	// rates the actuals suggest: nil when no pace can (PaceOK false).
	Left *Left

	// Steps are the funnel's conversions as observed, in tree order, with
	// any other lever factor (an average deal size); Leak is the index of
	// the conversion rate furthest below plan (the lowest Ratio below 1),
	// or -1.
	Steps []Step
	Leak  int
	// Beyond lists the conversions the actuals cannot hold (more out of a
	// step than came in), left out of Steps and of the rates updated.
	Beyond []Beyond

	// Posterior is each observed rate's uncertainty: the plan's range
	// (a won/of history, or a three-point range read as a Beta of the same
	// mean and spread) updated with the observed counts.
	Posterior map[string]Range

	// ProbGoal is the share of Monte Carlo trials (Trials of them, the
	// plan's seed, Posterior for the observed rates) in which the actuals
	// to date plus the months left reach the goal. Trials 0 means no run
	// was made (NoRun): ProbGoal is then not computed, its 0 no chance.
	ProbGoal float64
	Trials   int
	// Alike reports that every trial landed the same (nothing is drawn):
	// ProbGoal, 0 or 1, is then certain (as Bands.Alike).
	Alike bool
}

// A RefitOption changes what Refit and RefitOn compute; without one they
// compute everything, as the page does.
type RefitOption uint8

// NoRun leaves out the Monte Carlo run: the Reforecast's Trials is 0 and
// its ProbGoal not computed, every other figure the same (kpisim forecast
// -trials 0 asks for no run; cfg.Trials 0 is DefaultTrials).
const NoRun RefitOption = 1

// Refit is the re-forecast of the goal of model m for the lever target
// under rounding r and the plan cfg, with the actuals a, undated: every
// month with an actual is over, and a month total is the whole month's.
// Entries outside the plan's months are left out and listed in Outside.
func Refit(m *kpi.Model, target string, r kpi.Rounding, cfg Config, a Actuals, opts ...RefitOption) (*Reforecast, error) {
	return RefitOn(m, target, r, cfg, a, time.Time{}, opts...)
}

// RefitOn is Refit as of day today, as the page and the CLI make it: the
// months not begun by today are not closed (Reforecast.Ahead), and the
// month in progress, entered as month totals, counts to today
// (Reforecast.PartialDay). A zero today, or a plan without a year, is
// Refit.
func RefitOn(m *kpi.Model, target string, r kpi.Rounding, cfg Config, a Actuals, today time.Time, opts ...RefitOption) (*Reforecast, error) {
	if err := a.Check(m); err != nil {
		return nil, err
	}
	ans, err := Solve(m, target, r, cfg)
	if err != nil {
		return nil, err
	}
	p := ans.Plan
	n := len(p.Months)
	rf := &Reforecast{Answer: ans, Goal: p.Goal, Leak: -1, PacePlanned: ans.Pace}
	a, rf.AheadWeeks = weeksAhead(a, today, n > 0 && p.Months[0].Year != 0)
	rf.Actual, rf.Has, rf.Outside = monthly(m, p.Config, n, a)
	for k := range n {
		for i := range m.Len() {
			if rf.Has[k][i] {
				rf.Closed = k + 1
			}
		}
	}
	now, running := rf.date(today)
	rf.Done = 1
	rf.Weeks, rf.LeftOut, rf.Cover = make([][]int, n), make([]float64, n), make([]float64, n)
	for k := range n {
		rf.Cover[k] = 1
		if k >= rf.Closed {
			continue
		}
		weeks := monthWeeks(p.Config, n, k, a)
		last := rf.last(k)
		gap, open := weekSplit(p.Config, p.Months[k], k, weeks, k == rf.LastActual(), last)
		if last && running && k == now && weeks == nil {
			// The month in progress, in month totals: to today; without
			// any, to yesterday (date).
			day := today.Day()
			if !slices.Contains(rf.Has[k], true) {
				day--
			}
			gap, open = 0, daysShare(p.Config, p.Months[k], k, day+1, 31)
			if open > 0 && open < 1 {
				rf.PartialDay = day
			} else {
				open = 0 // today is its last working day, or none has begun: the whole month
			}
		}
		if gap == 0 && open == 0 { // whole, or the weeks left hold no working day (June 2024's 29th and 30th)
			continue
		}
		rf.Weeks[k], rf.LeftOut[k], rf.Cover[k] = weeks, gap, 1-gap-open
		if last {
			rf.Done, rf.Open = rf.Cover[k], open
			if open > 0 && weeks != nil {
				rf.PartialWeek = weeks[len(weeks)-1]
			}
		}
	}
	rf.Value = make([][]float64, n)
	for k := range n {
		rf.Value[k] = make([]float64, m.Len())
		for i := range m.Len() {
			switch {
			case rf.Has[k][i] && k < rf.Closed: // not a month ahead
				rf.Value[k][i] = rf.Actual[k][i]
			case m.Node(i).Periodic():
				rf.Value[k][i] = PlanValue(p, k, i) * rf.Share(k)
			default: // a rate, a price: the month's to date is the month's
				rf.Value[k][i] = PlanValue(p, k, i)
			}
		}
	}
	rf.derive(m, p, p.Config.LagMonths)
	g := m.Goal()
	for k := range rf.Closed {
		if !rf.Has[k][g] && !rf.Derived[k][g] {
			// No actual to count: the forecast is no actual (the plan
			// read 96 % for a month nobody entered).
			rf.Missing = append(rf.Missing, k)
			continue
		}
		rf.ActualToDate += rf.Value[k][g]
		rf.GoalToDate += p.Months[k].Goal * rf.Share(k)
	}
	rf.ActualToDate = snap(rf.ActualToDate)
	rf.GoalToDate = snap(rf.GoalToDate)
	if rf.GoalToDate > 0 {
		rf.Achievement = snap(rf.ActualToDate / rf.GoalToDate)
	}

	rf.steps(m)
	rf.posterior(m, cfg)

	e, err := newEngine(m, cfg)
	if err != nil {
		return nil, err
	}
	t := ans.Target
	nd := m.Node(t)
	rf.Activity = nd.Activity
	lv := append([]float64(nil), e.base...)
	for id, rg := range rf.Posterior {
		i, _ := m.Index(id)
		lv[i] = float64(rg.Won+1) / float64(rg.Of+2)
	}
	e.reland(lv, rf)
	rf.Remaining = snap(max(rf.Goal-rf.ActualToDate-rf.InMissing-rf.InGaps, 0))
	rf.Forecast = rf.ActualToDate + rf.InMissing + rf.InGaps + rf.Rest
	for k := rf.Closed; k < n; k++ {
		rf.Forecast += rf.Value[k][g]
	}
	rf.Forecast = snap(rf.Forecast)
	rf.Gap = snapDiff(rf.Forecast, rf.Goal)
	if nd.Activity {
		rf.Pace, rf.PaceOK = e.repace(lv, t, rf)
		if nd.Ceiling > 0 {
			rf.Ceiling = nd.Limit() / m.Calendar().Days(nd.Per)
			rf.Over = rf.PaceOK && rf.Pace > rf.Ceiling*(1+1e-12)
		}
	}
	if slices.Contains(opts, NoRun) {
		return rf, nil
	}
	if err := rf.simulate(m, cfg); err != nil {
		return nil, err
	}
	return rf, nil
}

// date dates rf as of today (RefitOn): it returns the last plan month
// begun by today (-1 before the plan, the plan's length after it; a
// month begins with its first working day), closes no month after it
// and lists those with actuals in Ahead. running is true when today falls
// in that month, whose month totals then count to today. It returns -2,
// and leaves rf undated, when today is zero or the plan's months have no
// year.
func (rf *Reforecast) date(today time.Time) (now int, running bool) {
	ms := rf.Answer.Plan.Months
	if today.IsZero() || len(ms) == 0 || ms[0].Year == 0 {
		return -2, false
	}
	rf.Today = today
	now, running = len(ms), true
	y, mo := today.Year(), today.Month()
	for k, m := range ms {
		if m.Year > y || m.Year == y && m.Month >= mo {
			now = k
			if m.Year != y || m.Month != mo || daysShare(rf.Answer.Plan.Config, m, k, 1, today.Day()) == 0 {
				// Before plan month k, in no plan month; or in it before
				// any of its working days (Saturday the 1st).
				now, running = k-1, false
			}
			break
		}
	}
	rf.Closed = 0
	for k := range ms {
		switch {
		case !slices.Contains(rf.Has[k], true):
		case k > now:
			rf.Ahead = append(rf.Ahead, k)
		default:
			rf.Closed = k + 1
		}
	}
	// The months over by today are closed, with actuals or without: on 7
	// December, actuals to June had left July to November as months to
	// come, and the pace spread over time gone: 51.1 calls a rep a day
	// over nine months, where the four left need 67.
	rf.Ended = min(now+1, len(ms))
	if running {
		rf.Ended = now
	}
	rf.Closed = max(rf.Closed, rf.Ended)
	if running && now < len(ms) && rf.Closed <= now && daysShare(rf.Answer.Plan.Config, ms[now], now, 1, today.Day()-1) > 0 {
		// The month in progress without actuals closes to yesterday:
		// from now on is from today. On 28 December with nothing typed
		// for it, all December had counted as time left.
		rf.Closed = now + 1
	}
	return now, running && now < len(ms)
}

// LastActual is the last closed plan month with an actual entered, -1
// when none has: the month the review reviews and the actual to date runs
// to. It is Closed−1 but when the months after it have ended without
// actuals (Ended), closed at their plan.
func (rf *Reforecast) LastActual() int {
	k := rf.Closed - 1
	for k >= 0 && !slices.Contains(rf.Has[k], true) {
		k--
	}
	return k
}

// last reports whether closed plan month k is the last closed and not
// ended (Ended): the month whose weeks after the last entered are to come.
func (rf *Reforecast) last(k int) bool {
	return k == rf.Closed-1 && k >= rf.Ended
}

// Share is the share of plan month k the actuals cover: Cover[k], 1 for
// a whole month and those to come.
func (rf *Reforecast) Share(k int) float64 {
	if k < 0 || k >= len(rf.Cover) {
		return 1
	}
	return rf.Cover[k]
}

// PlanValue is node i's value in plan month k of plan p: an activity
// lever's count done that month, any other node's value landing in it.
func PlanValue(p *Plan, k, i int) float64 {
	mo := &p.Months[k]
	if nd := p.Model.Node(i); nd.Op == kpi.Lever && nd.Activity {
		return mo.Produced[i]
	}
	return mo.Landed[i]
}

// weeksAhead sets aside the actuals of the weeks of today's month that
// begin after today (a week w of a month runs from day 7(w−1)+1): dated
// is false for an undated re-forecast or a plan without years, which sets
// none aside.
func weeksAhead(a Actuals, today time.Time, dated bool) (kept, ahead Actuals) {
	if !dated || today.IsZero() {
		return a, nil
	}
	for _, x := range a {
		if x.Week > 0 && x.Year == today.Year() && x.Month == today.Month() && 7*(x.Week-1)+1 > today.Day() {
			ahead = append(ahead, x)
			continue
		}
		kept = append(kept, x)
	}
	if ahead == nil {
		return a, nil
	}
	return kept, ahead
}
