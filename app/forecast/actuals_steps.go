package forecast

import (
	"math"
	"slices"

	"github.com/kpisim/kpisim/app/kpi"
)

// The funnel as the actuals show it: each conversion observed against its
// plan (Step), and the rates the months to come are forecast at (the plan's
// updated by what was observed).

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

// Beyond is a conversion the actuals cannot hold: more converted than
// came in (9,999,999 deals won from 32 opportunities, a close rate of
// 15,625,010.94 %), which a rate of at most 100 % cannot make. Its month
// is left out of the step's Observed and of the rates the forecast runs
// at; Month is -1 when, with a sales cycle, only the months together show
// it (the step is then not observed at all).
type Beyond struct {
	Lever, Node, From int
	Month             int
	Won, Of           float64
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

// steps observes each lever factor of a product node over the closed
// months: what it converted (Conversion) summed over the months. A lever
// that converts no flow (the ARR up for renewal beside a churn rate) is
// no step.
func (rf *Reforecast) steps(m *kpi.Model) {
	falls := rf.Answer.Tree.Falls()
	bad := rf.beyond(m)
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
			st := Step{Lever: l, Node: P, From: other(m, P, l), Planned: ln.Value, Falls: falls[l]}
			for k := range rf.Closed {
				if bad[k][P] || st.From >= 0 && bad[k][st.From] {
					continue // a month whose counts cannot hold (beyond)
				}
				if won, of, ok := rf.Conversion(k, l); ok {
					st.Won += won
					st.Of += of
					st.Months++
				}
			}
			if conv, lagged := rf.conversion(m, st), rf.lagged(m, st); conv && lagged && st.Won > st.Of*(1+1e-9) {
				rf.Beyond = append(rf.Beyond, Beyond{Lever: l, Node: P, From: st.From, Month: -1, Won: st.Won, Of: st.Of})
				continue
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

// beyond finds the months whose counts a funnel's rate cannot hold: more
// out of a step than came in (Beyond). A rate converts a count into a
// count and cannot make more than came in; a month that does holds a
// mistyped cell, so it is named and its two counts left out of every step
// that month (bad[k][i]): 9,999,999 deals from 32 opportunities had read
// a close rate of 15,625,010.94 % and a deal size of ¥1. With a sales
// cycle a month's deals may outrun the activity of one month earlier, and
// only the months together are held to it (steps).
func (rf *Reforecast) beyond(m *kpi.Model) (bad [][]bool) {
	bad = make([][]bool, rf.Closed)
	for k := range bad {
		bad[k] = make([]bool, m.Len())
	}
	for _, P := range m.TreeOrder() {
		if m.Node(P).Op != kpi.Product {
			continue
		}
		for _, l := range m.Children(P) {
			st := Step{Lever: l, Node: P, From: other(m, P, l)}
			if !rf.conversion(m, st) || rf.lagged(m, st) {
				continue
			}
			for k := range rf.Closed {
				if won, of, ok := rf.Conversion(k, l); ok && rf.Has[k][P] && won > of*(1+1e-9) {
					rf.Beyond = append(rf.Beyond, Beyond{Lever: l, Node: P, From: st.From, Month: k, Won: won, Of: of})
					bad[k][P], bad[k][st.From] = true, true
				}
			}
		}
	}
	return bad
}

// other is the factor of product P beside lever l, the count l converts,
// or -1 when P has more than two.
func other(m *kpi.Model, P, l int) int {
	kids := m.Children(P)
	if len(kids) != 2 {
		return -1
	}
	if kids[0] == l {
		return kids[1]
	}
	return kids[0]
}

// conversion reports whether step st is a funnel's rate: a rate lever
// that turns a count into a count.
func (rf *Reforecast) conversion(m *kpi.Model, st Step) bool {
	ln := m.Node(st.Lever)
	return ln.Op == kpi.Lever && ln.Unit == kpi.Rate && st.From >= 0 && m.Node(st.From).Unit == kpi.Count && m.Node(st.Node).Unit == kpi.Count
}

// lagged reports whether step st converts an activity done LagMonths
// before what it led to.
func (rf *Reforecast) lagged(m *kpi.Model, st Step) bool {
	return st.From >= 0 && m.Node(st.From).Activity && rf.Answer.Plan.Config.LagMonths > 0
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
