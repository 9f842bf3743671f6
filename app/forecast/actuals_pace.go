package forecast

import "github.com/kpisim/kpisim/app/kpi"

// The months to come: what they land at the rates now expected, the pace
// the goal now needs, and the chance of the goal with the observed rates.

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
// month, likewise, and what has no actual in the closed months (Missing,
// the weeks LeftOut: InMissing, InGaps). With a sales cycle, the months
// that land activity entered in the closed months (FromDone) land it as
// done.
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
	// What has no actual in the closed months counts at the forecast for
	// it, as a month to come does: the months Missing, for their share,
	// and the weeks left out.
	rf.LeftOutValue = make([]float64, n)
	rf.InMissing, rf.InGaps = 0, 0
	for _, k := range rf.Missing {
		for i := range e.n {
			if nd := e.m.Node(i); nd.Periodic() && !(nd.Op == kpi.Lever && nd.Activity) {
				rf.Value[k][i] = snap(ev.node(i, k) * rf.Share(k))
			}
		}
		rf.InMissing += rf.Value[k][e.goal]
	}
	for k := range K {
		rf.LeftOutValue[k] = snap(ev.node(e.goal, k) * rf.LeftOut[k])
		rf.InGaps += rf.LeftOutValue[k]
	}
	rf.InMissing, rf.InGaps = snap(rf.InMissing), snap(rf.InGaps)
	for k := K; k < n; k++ {
		rf.FromDone[k] = done && k >= e.lag && k < K+e.lag && e.entered(rf, k-e.lag)
		for i := range e.n {
			if nd := e.m.Node(i); nd.Op == kpi.Lever && nd.Activity {
				continue // the activity of a month to come is the plan's
			}
			rf.Value[k][i] = ev.node(i, k)
		}
	}
}

// entered reports whether closed plan month k has an actual of an
// activity: a month ended without any lands the plan's activity, and the
// month a sales cycle later is no "from activity done" (its actuals).
func (e *engine) entered(rf *Reforecast, k int) bool {
	for i := range e.n {
		if nd := e.m.Node(i); nd.Op == kpi.Lever && nd.Activity && rf.Has[k][i] {
			return true
		}
	}
	return false
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
	x = snap(x)
	total(x)
	rf.Left = e.left(ev, lv, t, x, P, rest, K, rf.Remaining)
	return x, true
}

// simulate runs the plan's Monte Carlo with the observed rates' posterior
// ranges, the activity of the closed months as done (doneRows), and
// counts the trials whose months left and whatever has no actual (Missing,
// LeftOut), added to the actuals to date, reach the goal.
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
			// What has no actual is drawn as the months to come are: a
			// year whose last months were never entered read a certain
			// 0 %.
			s := rf.ActualToDate
			for _, k := range rf.Missing {
				s += rf.Share(k) * st.rev[k*size+j]
			}
			for k := range rf.Closed {
				s += rf.LeftOut[k] * st.rev[k*size+j]
			}
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
