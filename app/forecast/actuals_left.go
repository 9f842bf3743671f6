package forecast

import "github.com/kpisim/kpisim/app/kpi"

// Left is what the months left of a re-forecast take to meet the goal,
// node by node, at the pace the goal now needs (Reforecast.Pace) and the
// rates the actuals suggest: the catch-up plan, as the plan's required
// table is the plan's. The goal node's Total is Reforecast.Remaining,
// unless the months left land more than that with none of the activity
// (Done).
//
// An activity counts what must be done from now on whose result lands
// inside the plan (with a sales cycle, the last months' activity lands
// after it); any other node what must land in the months left, from
// activity already done as well as from that to come. A partly closed
// month counts for the share of it left (Reforecast.Open).
type Left struct {
	// Total[i] is node i's total over the months left; 0 for a node that
	// is no flow (a rate, a price).
	Total []float64
	// Land are the months left that results land in; Work those whose
	// activity lands inside the plan. Without a sales cycle they are the
	// same months.
	Land, Work Span
	// Done reports that the months left land more than is still needed
	// with none of the activity solved for (the pace is 0): with a sales
	// cycle, activity already done lands it; without one, the plan's other
	// levers (an expansion ARR) bring it.
	Done bool
}

// Span is a stretch of plan months, as the per-period figures divide by.
type Span struct {
	Months float64 // how many, a partly closed month counting its share left
	Days   float64 // their working days
	Units  float64 // their working days times the effective headcount and the activity's seasonality: a pace times Units is the activity's count
}

func (s *Span) add(rw row, share float64) {
	s.Months += share
	s.Days += rw.wd * share
	s.Units += rw.unit * share
}

// left reads the months left off ev, the evaluator repace ran at the
// pace x of target t (P the partly closed month, with its share rest
// left, or -1; K the months closed). Engine row k holds the activity of
// plan month k−lag, and what lands in plan month k.
func (e *engine) left(ev *evaluator, lv []float64, t int, x float64, P int, rest float64, K int, remaining float64) *Left {
	l := &Left{Total: make([]float64, e.n)}
	if P >= 0 {
		l.Land.add(e.rows[P+e.lag], rest)
	}
	for k := K; k < e.months; k++ {
		l.Land.add(e.rows[k+e.lag], 1)
	}
	for k := range e.months {
		switch pm := k - e.lag; {
		case pm == P && P >= 0:
			l.Work.add(e.rows[k], rest)
		case pm >= K:
			l.Work.add(e.rows[k], 1)
		}
	}
	for i := range e.n {
		nd := e.m.Node(i)
		switch {
		case !nd.Periodic():
		case nd.Op == kpi.Lever: // an activity: its rate from now on over the months that count
			rate := lv[i] / e.days[i]
			if i == t {
				rate = x
			}
			l.Total[i] = snap(rate * l.Work.Units)
		default:
			s := 0.0
			if P >= 0 {
				s += rest * ev.node(i, P)
			}
			for k := K; k < e.months; k++ {
				s += ev.node(i, k)
			}
			l.Total[i] = snap(s)
		}
	}
	l.Done = x == 0 && l.Total[e.goal] > remaining
	return l
}
