package forecast

import (
	"cmp"
	"fmt"
	"math"
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

// monthWeeks lists the weeks entered in plan month k, in order, when the
// month has weeks and no month total of any node; nil otherwise. A
// month's weeks are its days 1–7, 8–14, … (week 5 from the 29th: a
// 28-day February has 4), and an actual counts in the week its date falls
// in (a week dated by its Monday, the 28th, is week 4 of its month, with
// its days in the next).
func monthWeeks(cfg Config, n, k int, a Actuals) []int {
	var weeks []int
	for _, x := range a {
		if planMonth(cfg, n, x.Year, x.Month) != k {
			continue
		}
		if x.Week == 0 {
			return nil
		}
		if !slices.Contains(weeks, x.Week) {
			weeks = append(weeks, x.Week)
		}
	}
	slices.Sort(weeks)
	return weeks
}

// weekSplit is how the weeks entered (monthWeeks) in plan month k (mo)
// share its working days. open is the share after the last week entered
// when k is the last closed month: the rest of the month, to come. gap is
// the share of the weeks left out before it (weeks 1–3 of a weekly export
// that starts on the 22nd; week 2 of weeks 1 and 3): past, without
// actuals. A month before the last is not short of its week 5 (a weekly
// row dated the 22nd to the 28th holds the days after it), nor of any
// week when it has week 1 alone: a month's row dated the 1st reads as its
// week 1 in a file with weekly rows (a monthly report with this month's
// weeks below it). A month whose weeks entered hold no working day (a
// weekend's week 5) is not split.
func weekSplit(cfg Config, mo Month, k int, weeks []int, last bool) (gap, open float64) {
	if len(weeks) == 0 || !last && len(weeks) == 1 && weeks[0] == 1 {
		return 0, 0
	}
	w := weeks[len(weeks)-1]
	year := calendarYear(cfg, mo, k)
	if year == 0 {
		year = 2001 // a plan without a year: February has 28 days
	}
	if last && w < (daysIn(year, mo.Month)+6)/7 {
		open = weeksShare(cfg, mo, k, w+1, 5)
	}
	for j := 1; j <= 4 && (!last || j < w); j++ {
		if !slices.Contains(weeks, j) {
			gap += weeksShare(cfg, mo, k, j, j)
		}
	}
	if gap+open >= 1-1e-12 {
		return 0, 0
	}
	return gap, open
}

// MissingWeeks lists the weeks of plan month k without actuals that the
// re-forecast counts at the plan (LeftOut[k]): those weekSplit leaves out.
func (rf *Reforecast) MissingWeeks(k int) []int {
	if k < 0 || k >= rf.Closed || !(rf.LeftOut[k] > 0) {
		return nil
	}
	weeks := rf.Weeks[k]
	last := k == rf.Closed-1
	var out []int
	for j := 1; j <= 4 && (!last || j < weeks[len(weeks)-1]); j++ {
		if !slices.Contains(weeks, j) {
			out = append(out, j)
		}
	}
	return out
}

// calendarYear is the calendar year of plan month k (mo): the business
// calendar's, else the start year's count; 0 when the plan has no year.
func calendarYear(c Config, mo Month, k int) int {
	if mo.Year != 0 || c.StartYear == 0 {
		return mo.Year
	}
	return c.StartYear + (max(c.StartMonth, 1)-1+k)/12
}

// WeekShare is the share of plan month k's working days in its week w
// alone (days 7w−6 to 7w; week 5 is the 29th on, when the month has one),
// counted as the re-forecast counts a month to date: a week's target is
// its share of the month's. October 2026 in Japan has 21 working days, 5
// in week 1 and 2 in week 5; a 28-day February has no week 5 (0).
func (p *Plan) WeekShare(k, w int) float64 {
	if k < 0 || k >= len(p.Months) || w < 1 || w > 5 {
		return 0
	}
	return weeksShare(p.Config, p.Months[k], k, w, w)
}

// weeksShare is the share of plan month k's (mo's) working days in its
// weeks first to last (days 7·first−6 to 7·last): Monday to Friday less
// Japan's public holidays under a business calendar, Monday to Friday in a
// plan with a start year, and the calendar days in a plan without a year.
// October 2026 in Japan has 21 working days (Sports Day is the 12th), 5 of
// them in week 1: 5/21.
func weeksShare(c Config, mo Month, k, first, last int) float64 {
	from, to := 7*first-6, min(7*last, 31)
	if to < from {
		return 0
	}
	year := calendarYear(c, mo, k)
	days := 0
	if year == 0 {
		days = daysIn(2001, mo.Month)
	} else {
		days = daysIn(year, mo.Month)
	}
	var hol map[dayKey]bool
	if year != 0 && !c.BusinessCalendar.IsZero() {
		hol = jpHolidays(year)
	}
	in, all := 0, 0
	for d := 1; d <= days; d++ {
		if year != 0 {
			switch time.Date(year, mo.Month, d, 12, 0, 0, 0, time.UTC).Weekday() {
			case time.Saturday, time.Sunday:
				continue
			}
			if hol[dayKey{mo.Month, d}] {
				continue
			}
		}
		all++
		if d >= from && d <= to {
			in++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(in) / float64(all)
}

// Step is one conversion of the funnel as the actuals show it: a lever
// (a rate, a deal size) that turns its product node's other factor into
// the node, observed as the node's actual over the factor's.
type Step struct {
	Lever    int     // the lever's node index
	Node     int     // the product node it converts into
	From     int     // the other factor (the count it converts), or -1 when there are several
	Planned  float64 // the lever's planned value
	Observed float64 // the node's actuals ÷ the factor's, over the months where both are known
	Won, Of  float64 // the sums behind Observed
	Months   int     // months observed
	Ratio    float64 // Observed ÷ Planned
	// Falls is true for a lever the goal falls by as it rises (a churn
	// rate: kpi.Result.Falls): the step then loses more than planned
	// above 1, not below.
	Falls bool
}

// Short reports whether the step does worse than planned: below plan, or
// above it for a lever the goal falls by.
func (st Step) Short() bool {
	if st.Falls {
		return st.Ratio > 1
	}
	return st.Ratio < 1
}

// par is the step against its plan on one scale, 1 as planned and less
// for worse: Ratio, or its inverse for a lever the goal falls by (twice
// the planned churn is as far behind as half the planned close rate).
func (st Step) par() float64 {
	if st.Falls && st.Ratio > 0 {
		return 1 / st.Ratio
	}
	return st.Ratio
}

// Reforecast is the year as it happens: the plan with its months closed by
// actuals, what the goal now needs, the funnel as observed and the chance
// of the goal with the observed rates.
type Reforecast struct {
	Answer *Answer // the plan's answer (the one model), at the planned values

	// Closed is how many plan months are closed: every month up to the
	// last with an actual. Months from Closed on come from the plan.
	Closed int
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

	// Weeks[k] lists the weeks entered in closed month k when it has
	// weeks and no month total (monthWeeks); nil otherwise. LeftOut[k] is the
	// share of its working days in the weeks left out before its last
	// (weekSplit: an export that starts on the 22nd leaves out weeks 1–3):
	// they count at their plan, fixed as a month Missing is (PlanInGaps).
	// Cover[k] is the share its actuals stand for, 1 − LeftOut[k] (less Open
	// in the last): the month's goal to date is Cover[k] of its goal, as
	// the page and the CLI say (report.Refit.Partial). A month total, or
	// a month to come, has Cover 1 and LeftOut 0.
	Weeks          [][]int
	LeftOut, Cover []float64
	PlanInGaps     float64 // the goal node's plan value over the LeftOut weeks

	// Missing are the closed months (plan month indices, in order) with
	// no actual of the goal node and none below it that makes one: May
	// left out of an export of April to July. Nothing of them counts as
	// actual; the forecast takes their plan's value (PlanInMissing), as
	// the page and the CLI say (report.Refit.Missing).
	Missing       []int
	PlanInMissing float64 // the goal node's plan value over Missing

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
	Forecast     float64 // ActualToDate, the plan in Missing and in the LeftOut weeks, and the months left: what lands from activity done (FromDone), else the plan
	Gap          float64 // Forecast − Goal; negative is short
	Remaining    float64 // Goal − ActualToDate − PlanInMissing − PlanInGaps: what the months left must bring (0 when met)

	// Pace is what the target activity now needs per rep per working day
	// in the months left (their activity landing inside the plan) to meet
	// the goal, at the rates the actuals suggest (Posterior's means).
	// PaceOK is false when no pace can (the months left are inside the
	// sales cycle, or a factor is 0). Over reports Pace above the
	// activity's ceiling; Ceiling is that ceiling per rep per working day
	// (0: none). PacePlanned is the plan's pace (Answer.Pace).
	Pace, PacePlanned, Ceiling float64
	PaceOK, Over, Activity     bool

	// Steps are the funnel's conversions as observed, in tree order, with
	// any other lever factor (an average deal size); Leak is the index of
	// the conversion rate furthest below plan (the lowest Ratio below 1),
	// or -1.
	Steps []Step
	Leak  int

	// Posterior is each observed rate's uncertainty: the plan's range
	// (a won/of history, or a three-point range read as a Beta of the same
	// mean and spread) updated with the observed counts.
	Posterior map[string]Range

	// ProbGoal is the share of Monte Carlo trials (Trials of them, the
	// plan's seed, Posterior for the observed rates) in which the actuals
	// to date plus the months left reach the goal.
	ProbGoal float64
	Trials   int
	// Alike reports that every trial landed the same (nothing is drawn):
	// ProbGoal, 0 or 1, is then certain (as Bands.Alike).
	Alike bool
}

// Refit is the re-forecast of the goal of model m for the lever target
// under rounding r and the plan cfg, with the actuals a. Entries outside
// the plan's months are left out and listed in Outside.
func Refit(m *kpi.Model, target string, r kpi.Rounding, cfg Config, a Actuals) (*Reforecast, error) {
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
	rf.Actual, rf.Has, rf.Outside = monthly(m, p.Config, n, a)
	for k := range n {
		for i := range m.Len() {
			if rf.Has[k][i] {
				rf.Closed = k + 1
			}
		}
	}
	rf.Done = 1
	rf.Weeks, rf.LeftOut, rf.Cover = make([][]int, n), make([]float64, n), make([]float64, n)
	for k := range n {
		rf.Cover[k] = 1
		if k >= rf.Closed {
			continue
		}
		weeks := monthWeeks(p.Config, n, k, a)
		last := k == rf.Closed-1
		gap, open := weekSplit(p.Config, p.Months[k], k, weeks, last)
		if gap == 0 && open == 0 { // whole, or the weeks left hold no working day (June 2024's 29th and 30th)
			continue
		}
		rf.Weeks[k], rf.LeftOut[k], rf.Cover[k] = weeks, gap, 1-gap-open
		if last {
			rf.Done, rf.Open = rf.Cover[k], open
			if open > 0 {
				rf.PartialWeek = weeks[len(weeks)-1]
			}
		}
	}
	rf.Value = make([][]float64, n)
	for k := range n {
		rf.Value[k] = make([]float64, m.Len())
		for i := range m.Len() {
			switch {
			case rf.Has[k][i]:
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
			// No actual to count: the plan is no actual (it read 96 % for
			// a month nobody entered).
			rf.Missing = append(rf.Missing, k)
			rf.PlanInMissing += rf.Value[k][g]
			continue
		}
		rf.ActualToDate += rf.Value[k][g]
		rf.GoalToDate += p.Months[k].Goal * rf.Share(k)
	}
	for k := range rf.Closed {
		rf.PlanInGaps += PlanValue(p, k, g) * rf.LeftOut[k]
	}
	rf.ActualToDate = snap(rf.ActualToDate)
	rf.GoalToDate = snap(rf.GoalToDate)
	rf.PlanInMissing = snap(rf.PlanInMissing)
	rf.PlanInGaps = snap(rf.PlanInGaps)
	if rf.GoalToDate > 0 {
		rf.Achievement = snap(rf.ActualToDate / rf.GoalToDate)
	}
	rf.Remaining = snap(max(rf.Goal-rf.ActualToDate-rf.PlanInMissing-rf.PlanInGaps, 0))

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
	rf.Forecast = rf.ActualToDate + rf.PlanInMissing + rf.PlanInGaps + rf.Rest
	for k := rf.Closed; k < n; k++ {
		rf.Forecast += rf.Value[k][g]
	}
	rf.Forecast = snap(rf.Forecast)
	rf.Gap = snap(rf.Forecast - rf.Goal)
	if nd.Activity {
		rf.Pace, rf.PaceOK = e.repace(lv, t, rf)
		if nd.Ceiling > 0 {
			rf.Ceiling = nd.Limit() / m.Calendar().Days(nd.Per)
			rf.Over = rf.PaceOK && rf.Pace > rf.Ceiling*(1+1e-12)
		}
	}
	if err := rf.simulate(m, cfg); err != nil {
		return nil, err
	}
	return rf, nil
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

// steps observes each lever factor of a product node over the closed
// months: what it converted (Conversion) summed over the months. A lever
// that converts no flow (the ARR up for renewal beside a churn rate) is
// no step.
func (rf *Reforecast) steps(m *kpi.Model) {
	falls := rf.Answer.Tree.Falls()
	for _, P := range m.TreeOrder() {
		nd := m.Node(P)
		if nd.Op != kpi.Product {
			continue
		}
		kids := m.Children(P)
		for _, l := range kids {
			ln := m.Node(l)
			if ln.Op != kpi.Lever || ln.Activity {
				continue
			}
			if !rf.flowBeside(l) && ln.Unit != kpi.Rate {
				continue
			}
			st := Step{Lever: l, Node: P, From: -1, Planned: ln.Value, Falls: falls[l]}
			if len(kids) == 2 {
				st.From = kids[0]
				if st.From == l {
					st.From = kids[1]
				}
			}
			for k := range rf.Closed {
				if won, of, ok := rf.Conversion(k, l); ok {
					st.Won += won
					st.Of += of
					st.Months++
				}
			}
			switch {
			case st.Months > 0 && st.Of > 0:
				st.Observed = snap(st.Won / st.Of)
			case ln.Unit == kpi.Rate && rf.givenMean(l) >= 0:
				// The rate as the file gives it, without the counts it
				// converts: their mean, with no counts to update its
				// range by (posterior).
				st.Observed, st.Won, st.Of, st.Months = rf.givenMean(l), 0, 0, rf.givenMonths(l)
			default:
				continue
			}
			if st.Planned > 0 {
				st.Ratio = snap(st.Observed / st.Planned)
			}
			rf.Steps = append(rf.Steps, st)
		}
	}
	// The leak is a conversion's: a smaller deal (an average price below
	// plan) is shown as a step, but no funnel leaks by it.
	worst := 1.0
	for j, st := range rf.Steps {
		if m.Node(st.Lever).Unit == kpi.Rate && st.Planned > 0 && st.Short() && st.par() < worst {
			worst, rf.Leak = st.par(), j
		}
	}
}

// Conversion is what lever l converted into its product node P in closed
// plan month k: won, P's actual, and of, the product of P's other
// factors' actuals (an activity's from LagMonths earlier, when it was
// done; a value that is no flow at its actual or the plan's). Where no
// other factor is a flow (a churn rate × the ARR up for renewal), P is a
// plan total, and of is the month's share of it (Answer.MonthShare):
// churned ARR of ¥4,000,000 in a month against ¥300,000,000 up for
// renewal in a year is 16 %, not 1.33 %. Without P's actual, l's own
// (a CRM's close rate) on the counts it converts: won is then what they
// make (derive), so a close rate given updates the plan's as the deals it
// stands for would. ok is false when a factor's actual is missing, or l is
// no factor of a product.
func (rf *Reforecast) Conversion(k, l int) (won, of float64, ok bool) {
	m := rf.Answer.Tree.Model
	P := m.Parent(l)
	if P < 0 || m.Node(P).Op != kpi.Product || k < 0 || k >= rf.Closed {
		return 0, 0, false
	}
	switch {
	case rf.Has[k][P]:
		won = rf.Actual[k][P]
	case rf.Derived[k][P] && rf.Has[k][l]:
		won = rf.Value[k][P]
	default:
		return 0, 0, false
	}
	of = 1.0
	for _, c := range m.Children(P) {
		if c == l {
			continue
		}
		kc := k
		if m.Node(c).Activity {
			kc = k - rf.Answer.Plan.Config.LagMonths
		}
		switch {
		case kc >= 0 && rf.Has[kc][c]:
			of *= rf.Actual[kc][c]
		case !m.Node(c).Periodic():
			of *= rf.Answer.Tree.Value[c]
		default:
			return 0, 0, false
		}
	}
	if !rf.flowBeside(l) {
		of *= rf.Answer.MonthShare(k, P)
	}
	return won, of, of > 0
}

// flowBeside reports whether a factor beside lever l in its product is a
// flow (a count, an amount a month), which makes the product one too.
func (rf *Reforecast) flowBeside(l int) bool {
	m := rf.Answer.Tree.Model
	P := m.Parent(l)
	return P >= 0 && slices.ContainsFunc(m.Children(P), func(c int) bool { return c != l && m.Node(c).Periodic() })
}

// givenMean is the mean of node i's actuals over the closed months that
// have one, -1 when none has.
func (rf *Reforecast) givenMean(i int) float64 {
	sum, n := 0.0, rf.givenMonths(i)
	if n == 0 {
		return -1
	}
	for k := range rf.Closed {
		if rf.Has[k][i] {
			sum += rf.Actual[k][i]
		}
	}
	return snap(sum / float64(n))
}

// givenMonths is how many closed months have an actual of node i.
func (rf *Reforecast) givenMonths(i int) int {
	n := 0
	for k := range rf.Closed {
		if rf.Has[k][i] {
			n++
		}
	}
	return n
}

// posterior updates each observed rate's range with its counts.
func (rf *Reforecast) posterior(m *kpi.Model, cfg Config) {
	for _, st := range rf.Steps {
		ln := m.Node(st.Lever)
		if ln.Unit != kpi.Rate || st.From < 0 || m.Node(st.From).Unit != kpi.Count || st.Won > st.Of || st.Of <= 0 {
			continue
		}
		w0, n0 := priorCounts(cfg.Ranges[ln.ID], ln.Value)
		won, of := w0+st.Won, n0+st.Of
		if of > MaxHistory {
			won, of = won*MaxHistory/of, MaxHistory
		}
		o := int(math.Round(of))
		w := min(max(int(math.Round(won)), 0), o)
		if o < 1 {
			continue
		}
		if rf.Posterior == nil {
			rf.Posterior = map[string]Range{}
		}
		rf.Posterior[ln.ID] = Range{Won: w, Of: o}
	}
}

// priorCounts reads a range as the pseudo-counts (won, of) of the Beta
// the plan's belief about a rate amounts to: a won/of history as it is, a
// three-point range as the Beta with the triangular's mean and variance;
// no range (the plan is not unsure of it) or a range too wide for a Beta:
// none, so the observations speak alone.
func priorCounts(r Range, value float64) (won, of float64) {
	if r.Count() {
		return float64(r.Won), float64(r.Of)
	}
	if r.Low == 0 && r.High == 0 {
		return 0, 0
	}
	c := r.Likely
	if c == 0 {
		c = value
	}
	a, b := r.Low, r.High
	mu := (a + b + c) / 3
	v := (a*a + b*b + c*c - a*b - a*c - b*c) / 18
	if !(v > 0) || mu <= 0 || mu >= 1 {
		return 0, 0
	}
	nu := mu*(1-mu)/v - 1
	if nu <= 2 {
		return 0, 0
	}
	// Beta(α, β) is Beta(won+1, of−won+1).
	return max(mu*nu-1, 0), nu - 2
}

// doneRows says, for each activity (by position in e.acts) and engine row,
// what the activity done in a closed month is: the row's count becomes
// add + scale × the plan's (or a trial's). A closed month with an actual
// takes it (scale 0); one with weeks left out or to come, with a sales
// cycle, what was done and those weeks (1 − Cover) at the plan; the
// others, and every row without a sales cycle (whose activity lands in
// its own month), keep the plan.
func (e *engine) doneRows(rf *Reforecast) (add, scale [][]float64) {
	K := rf.Closed
	add, scale = make([][]float64, len(e.acts)), make([][]float64, len(e.acts))
	for pos, a := range e.acts {
		add[pos], scale[pos] = make([]float64, len(e.rows)), make([]float64, len(e.rows))
		for r := range e.rows {
			scale[pos][r] = 1
			pm := r - e.lag // the plan month of row r, which lands in plan month r
			if e.lag == 0 || pm < 0 || pm >= K || !rf.Has[pm][a] {
				continue
			}
			add[pos][r], scale[pos][r] = rf.Actual[pm][a], 1-rf.Cover[pm]
		}
	}
	return add, scale
}

// reland sets the re-forecast's months to come at the rates lv (the
// plan's, updated with those the actuals suggest: Posterior's means), as
// repace and the Monte Carlo count them: every node's Value there but the
// activities' own (the plan's activity of a month to come) is what the
// activity lands at those rates, and Rest, the rest of a partly closed
// month, likewise. With a sales cycle, the months that land activity done
// in the closed months (FromDone) land it as done.
func (e *engine) reland(lv []float64, rf *Reforecast) {
	K, n := rf.Closed, len(rf.Answer.Plan.Months)
	rf.FromDone = make([]bool, n)
	ev := e.evaluator(nil, e.months)
	ev.setLevers(lv)
	ev.fill(lv, 0)
	done := e.lag > 0 && K > 0
	if done {
		add, scale := e.doneRows(rf)
		for pos, a := range e.acts {
			row := ev.row(a)
			for r := range row {
				row[r] = add[pos][r] + scale[pos][r]*row[r]
			}
		}
	}
	ev.run()
	if K > 0 && rf.Open > 0 {
		rf.Rest = rf.Open * ev.node(e.goal, K-1)
	}
	for k := K; k < n; k++ {
		rf.FromDone[k] = done && k >= e.lag && k < K+e.lag
		for i := range e.n {
			if nd := e.m.Node(i); nd.Op == kpi.Lever && nd.Activity {
				continue // the activity of a month to come is the plan's
			}
			rf.Value[k][i] = ev.node(i, k)
		}
	}
}

// repace solves the target's pace per rep per working day, from the first
// open month on, that makes the months left meet what the goal still
// needs. Activity done in the closed months (their actuals, else the plan;
// doneRows for the other activities) lands as it was done; rates are lv's. A partly closed last month (Done
// below 1) is open for its remaining share: its activity is what was done
// plus the pace over the rest, and the rest of its own landing counts.
func (e *engine) repace(lv []float64, t int, rf *Reforecast) (float64, bool) {
	K := rf.Closed
	if rf.Remaining <= 0 {
		return 0, true
	}
	P, rest := K-1, rf.Open // the partly closed month, and its share left
	if rest <= 0 {
		P = -1
	}
	ev := e.evaluator(nil, e.months)
	ev.setLevers(lv)
	add, scale := e.doneRows(rf)
	total := func(x float64) (float64, bool) {
		ev.fill(lv, 0)
		for pos, a := range e.acts {
			if a == t {
				continue
			}
			row := ev.row(a)
			for r := range row {
				row[r] = add[pos][r] + scale[pos][r]*row[r]
			}
		}
		row := ev.row(t)
		moved := false
		for k := range row {
			pm := k - e.lag // the plan month of row k
			switch {
			case pm >= K:
				row[k] = x * e.rows[k].unit
				moved = true
			case pm >= 0 && pm == P && e.lag == 0:
				// Its landing is counted at rest below: the whole month
				// at the pace.
				row[k] = x * e.rows[k].unit
				moved = true
			case pm >= 0 && pm == P:
				done := row[k] * (1 - rest) // the weeks done and those left out, at the plan
				if rf.Has[pm][t] {
					done = rf.Actual[pm][t] + row[k]*rf.LeftOut[pm]
				}
				row[k] = done + x*e.rows[k].unit*rest
				moved = true
			case pm >= 0 && rf.Has[pm][t]:
				row[k] = rf.Actual[pm][t] + row[k]*rf.LeftOut[pm]
			}
		}
		ev.run()
		s := 0.0
		if P >= 0 {
			s += rest * ev.node(e.goal, P)
		}
		for k := K; k < e.months; k++ {
			s += ev.node(e.goal, k)
		}
		return s, moved
	}
	x1 := lv[t] / e.days[t]
	if x1 <= 0 {
		x1 = 1
	}
	r0, moved := total(0)
	if !moved {
		return 0, false
	}
	r1, _ := total(x1)
	x, ok := solveAffine(rf.Remaining, (r1-r0)/x1, r0)
	if !ok || tooBig(x) {
		return 0, false
	}
	return snap(x), true
}

// simulate runs the plan's Monte Carlo with the observed rates' posterior
// ranges, the activity of the closed months as done (doneRows), and
// counts the trials whose months left, added to the actuals to date,
// reach the goal.
func (rf *Reforecast) simulate(m *kpi.Model, cfg Config) error {
	c := cfg
	c.Ranges = make(map[string]Range, len(cfg.Ranges)+len(rf.Posterior))
	for id, r := range cfg.Ranges {
		c.Ranges[id] = r
	}
	for id, r := range rf.Posterior {
		c.Ranges[id] = r
	}
	ru, err := NewRunner(m, c, nil)
	if err != nil {
		return err
	}
	// Activity done lands as done (repace, reland); only the rates are drawn.
	add, scale := ru.e.doneRows(rf)
	ru.done = &doneActivity{add, scale}
	ru.Step(ru.trials)
	months := ru.e.months
	reach := rf.Goal * (1 - 1e-12)
	hit, n := 0, 0
	first, alike := 0.0, true
	for _, st := range ru.streams {
		size := st.hi - st.lo
		for j := range st.done {
			s := rf.ActualToDate + rf.PlanInMissing + rf.PlanInGaps
			if rf.Closed > 0 {
				s += rf.Open * st.rev[(rf.Closed-1)*size+j]
			}
			for k := rf.Closed; k < months; k++ {
				s += st.rev[k*size+j]
			}
			if s >= reach {
				hit++
			}
			if n == 0 {
				first = s
			}
			alike = alike && s == first
			n++
		}
	}
	rf.Trials, rf.Alike = n, alike
	if n > 0 {
		rf.ProbGoal = float64(hit) / float64(n)
	}
	return nil
}
