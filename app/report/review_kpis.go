package report

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

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
	Legend string // how a status is graded, and a most's when a row is one
	// AheadHead heads the rows' Ahead, "" when no row has one: 「今後の必要数（月）」.
	AheadHead string
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
	// AtMost is a KPI the goal falls by as it rises (churned ARR, a churn
	// rate: kpi.Result.Falls): its target is a most, its label says so,
	// and it is behind above it, at twice its target as far as another at
	// half (par).
	AtMost bool
	Status Status
	Text   string // the status in words
	// Basis says what a conversion rate divides when the sales cycle
	// lags it: the month's result by the activity of LagMonths earlier,
	// as the re-forecast does ("110 first meetings in Aug 2026 ÷ 1,200
	// calls in Jul 2026"); "" for a rate within the month or a count.
	Basis string
	// Ahead is what the KPI needs a month (a week in the weekly review)
	// from now on for the goal: the months left's table of it (CatchUp),
	// "" for a KPI it has no row for (a rate) or when none is needed.
	// The status grades the period against the plan; this says what the
	// year now asks, which may be more (順調 for a month on plan in a year
	// that must run at 164 % of it).
	Ahead string
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
	rv := &Review{Weekly: weekly, Legend: l.T("review.legend")}
	k := rf.LastActual() // not a month ended since, without actuals
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
			if kk >= rf.Closed {
				continue // a month not begun (Reforecast.Ahead)
			}
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
		rv.Note = strings.TrimSpace(note + l.SentenceSep() + rv.Note)
	}
	fast := weekly && fastWeek(m, p.Config.LagMonths, vals)
	falls := a.Tree.Falls()
	add := func(row ReviewRow) {
		row.Label, row.AtMost = m.Node(row.Node).Label.In(string(l)), falls[row.Node]
		if row.AtMost {
			row.Label = fmt.Sprintf(l.T("required.at_most"), row.Label)
		}
		row.Cadence = f.NodeCadence(m.Node(row.Node))
		row.Rate, row.Status = i18n.Percent(round4(row.Ratio)), StatusOf(row.par())
		if row.AtMost {
			// "200% of the limit": under the column's "Achievement", a
			// most's 200 % read as a goal twice met.
			row.Rate = fmt.Sprintf(l.T("review.rate_most"), row.Rate)
		}
		row.Text = l.T(row.Status.Key())
		rv.Rows = append(rv.Rows, row)
	}
	for _, i := range m.TreeOrder() {
		nd := m.Node(i)
		if weekly && fast && nd.Cadence != kpi.CadenceDaily && nd.Cadence != kpi.CadenceWeekly {
			continue
		}
		v, ok := actual(i)
		if nd.Unit == kpi.Rate && nd.Op == kpi.Lever {
			// A conversion rate: the period's node over the count it
			// converts, against the plan's rate; a week's when both
			// counts are entered that week (weekRate). Without them, the
			// rate as the file gives it (a CRM's close rate by month): it
			// was left out of the review.
			basis := ""
			if weekly {
				if r, seen := weekRate(m, p.Config.LagMonths, vals, i); seen {
					v, ok = r, true
				}
			} else if r, seen := monthRate(rf, k, i); seen {
				v, ok = r, true
				basis = rateBasis(rf, k, i, l)
			}
			if !ok || nd.Value <= 0 {
				continue
			}
			add(ReviewRow{Node: i, Actual: f.Node(nd, v, kpi.Month), Target: f.Node(nd, nd.Value, kpi.Month),
				Ratio: v / nd.Value, Basis: basis})
			if v > 1+1e-9 {
				// More out than came in (forecast.Beyond): no rate, and no
				// grade of one; the year so far names the counts.
				r := &rv.Rows[len(rv.Rows)-1]
				r.Ratio, r.Rate, r.Status, r.Text = 1, "—", AtRisk, l.T("review.check")
			}
			continue
		}
		if !ok || nd.Unit == kpi.Rate {
			continue
		}
		target := monthTarget(a, k, i)
		if nd.Periodic() { // a flow's share of the month; a price is the plan's in any part of it
			target *= share
		}
		if nd.Unit == kpi.Count {
			// A count's target as the rounding policy shows it (9 deals, not
			// 8.33), and the rate against the figure shown: 6 of 9 is
			// 66.67 %, where the exact target read 72 % beside the 9. A
			// most (churned customers) is rounded down. A week's count is
			// rounded on the grid its figure is written on: 2.27 deals is
			// 2.3, where a whole 3 graded a week's 1 deal 33 %, not 43 %.
			//
			// A most under half a unit a month (4 cancellations a year,
			// 0.33 a month) would round down to 0, and its row was left
			// out: a month with a cancellation was reviewed without it. It
			// keeps its pace on the grid a week's count is written on.
			//
			// A month to date (share < 1) is a part of a month, as a week
			// is, and takes the same grid: December to the 7th of 10 deals,
			// 2.17, read 3, 38 % too high (TestReviewToDateGrid).
			exact := target
			if target = countTarget(a, falls[i], exact, weekly || share < 1); !(target > 0) && falls[i] {
				target = countTarget(a, true, exact, true)
			}
		}
		if !(target > 0) {
			continue
		}
		add(ReviewRow{Node: i, Actual: f.Node(nd, v, kpi.Month), Target: f.Node(nd, target, kpi.Month), Ratio: v / target})
	}
	if slices.ContainsFunc(rv.Rows, func(r ReviewRow) bool { return r.AtMost }) {
		rv.Legend += l.SentenceSep() + l.T("review.legend_most") // 200 % of a most is off track
	}
	rv.ahead(rf, f)
	order := make([]int, 0, len(rv.Rows))
	for j, r := range rv.Rows {
		if r.par() < 1-1e-9 {
			order = append(order, j)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return rv.Rows[order[i]].par() < rv.Rows[order[j]].par() })
	rv.Behind = order[:min(3, len(order))]
	return rv
}

// par is the row against its target on one scale, 1 as planned and less
// for behind: Ratio, or its inverse for a most (nothing at all of it is
// on track).
func (r ReviewRow) par() float64 {
	switch {
	case !r.AtMost:
		return r.Ratio
	case r.Ratio <= 0:
		return math.Inf(1)
	}
	return 1 / r.Ratio
}

// countTarget is a count's target under the rounding policy: whole for a
// month, and for a part of one (a week, a month to date) on the grid the
// count is written on (i18n.Count: tenths from 1 to 100, whole above,
// hundredths below 1), up for a least and down for a most (falls).
func countTarget(a *forecast.Answer, falls bool, v float64, part bool) float64 {
	per := kpi.Resolution(kpi.Month)
	if part {
		per = math.Pow10(min(i18n.Decimals(v), 2))
	}
	if falls {
		return a.Rounding.ApplyUpper(v, per)
	}
	return a.Rounding.ApplyTo(v, per)
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
		if nd.Unit == kpi.Rate && nd.Op == kpi.Lever && !ok {
			_, ok = weekRate(m, lag, vals, i)
		}
		if ok {
			return true
		}
	}
	return false
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
// node's actual over the product of the other factors' (an activity's
// from LagMonths earlier; forecast.Reforecast.Conversion), when all are
// known.
func monthRate(rf *forecast.Reforecast, k, i int) (float64, bool) {
	won, of, ok := rf.Conversion(k, i)
	if !ok {
		return 0, false
	}
	return won / of, true
}

// rateFrom is what rate lever i in plan month k divides when it converts
// one count: its product node P's actual in month k by the other factor
// c's in month kc, LagMonths earlier for an activity (its result lands a
// sales cycle later: August's meetings come from July's calls), k
// otherwise; ok when both are known.
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

// ahead fills each row's Ahead from what the months left take
// (catchUp), a month or, weekly, a week, and says so in AheadHead.
func (rv *Review) ahead(rf *forecast.Reforecast, f i18n.Format) {
	c := catchUp(rf, f, "", "")
	if c == nil {
		return
	}
	col, key := 0, "review.ahead_month" // CatchUp.Periods: month, week, …
	if rv.Weekly {
		col, key = 1, "review.ahead_week"
	}
	m := rf.Answer.Tree.Model
	for j := range rv.Rows {
		r := &rv.Rows[j]
		for _, row := range c.Rows {
			if row.ID == m.Node(r.Node).ID {
				r.Ahead = row.Figures[col].Text
				rv.AheadHead = f.Lang.T(key)
			}
		}
	}
	if rv.AheadHead != "" {
		rv.Legend += f.Lang.SentenceSep() + f.Lang.T("review.ahead_legend")
	}
}
