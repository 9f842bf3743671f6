package scenario

import (
	"math"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// checkFinite refuses a scenario whose answer holds a figure too large or
// too small to compute, as Set refuses the value typed that makes one: a
// file with 5e-324 working days a month opened, its figures +Inf, a
// Japanese page showed an English error from its chart, and CSVs wrote
// "+Inf". The value named is the one furthest from 1 in magnitude among
// the goal, the calendar and the levers' values: the one that cannot be
// "closer to the others".
func checkFinite(s *Scenario, m *kpi.Model, target string) error {
	a, err := forecast.Solve(m, target, s.Rounding, s.Forecast)
	if err != nil || a.Finite() {
		return nil // an answer refused is said by its own rule
	}
	node, field := extreme(s)
	return &kpi.Error{Node: node, Field: field, Code: kpi.Overflow,
		Rule: "this value makes a figure too large or too small to compute; choose a value closer to the others"}
}

// extreme is the node and field of s's value furthest from 1 in magnitude.
func extreme(s *Scenario) (node, field string) {
	node, field, far := "", "goal.value", -1.0
	try := func(n, f string, v float64) {
		if v == 0 || math.IsNaN(v) {
			return
		}
		if d := math.Abs(math.Log(math.Abs(v))); d > far {
			node, field, far = n, f, d
		}
	}
	try("", "goal.value", s.Goal.Value)
	c := s.Calendar
	try("", "calendar.working_days", c.WorkingDays)
	try("", "calendar.headcount", c.Headcount)
	try("", "calendar.days_per_week", c.DaysPerWeek)
	try("", "calendar.hours_per_day", c.HoursPerDay)
	for _, n := range s.Nodes {
		if n.Op == kpi.Lever {
			try(n.ID, "value", n.Value)
		}
	}
	return node, field
}
