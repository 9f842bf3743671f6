package report_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// Per-rep figures divide by the reps the plan holds on average: inside
// sales' 5 reps with 2 hired in month 3 (a 3-month ramp) are 6.5, and its
// table, headed "reps 5", needed ¥625,000 a working day and ¥96,154 a rep
// a day without a word on why they did not divide by 5. The headline now
// says so; with no hire it says nothing.
func TestHeadlineReps(t *testing.T) {
	for _, c := range []struct {
		name, id string
		lang     i18n.Lang
		want     string
	}{
		{"hires, en", "inside-sales", i18n.En, "Per-rep figures divide by 6.5 reps on average, hires included (5 at the start)."},
		{"hires, ja", "inside-sales", i18n.Ja, "1人あたりの値は、増員を含む平均6.5人で割っています（計画の開始時は5人）。"},
		{"no hire", "outbound", i18n.En, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := table(t, c.id, c.lang)
			if tb.Head.Reps != c.want {
				t.Errorf("Reps = %q, want %q", tb.Head.Reps, c.want)
			}
			// What it says is what the table's columns divide by.
			a := tb.Answer
			n := a.Tree.Model.Goal()
			day, _ := a.Required(n, kpi.Day)
			rep, _ := a.Required(n, kpi.RepDay)
			if reps := day / rep; c.want != "" && (reps < 6.49 || reps > 6.51) {
				t.Errorf("a working day's need over a rep's day's is %.4f reps, want 6.5", reps)
			}
		})
	}
}
