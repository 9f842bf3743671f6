package ui

import (
	"slices"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// TestSliderEndsAccepted: Home and End on any slider give a value the page
// takes, in every preset and in a user's own tree whose ranges start at a
// value the rules refuse. Home on the goal gave 0 and "must be greater
// than 0" in every preset; on SaaS's Opening ARR too.
func TestSliderEndsAccepted(t *testing.T) {
	m := newModel(t, i18n.En)
	type tree struct {
		name, preset string
		edit         func(s *scenario.Scenario)
	}
	trees := []tree{
		{"own tree: a rate from 0, with no range", "outbound", func(s *scenario.Scenario) {
			n := s.Node("close_rate")
			n.Min, n.Max, n.Value = 0, 0, 0.5 // its slider runs around 50 %: 0 to 150 % before
		}},
		{"own tree: a price from 0", "saas-revenue", func(s *scenario.Scenario) { s.Node("contract_value").Min = 0 }},
	}
	for _, p := range m.Presets {
		trees = append(trees, tree{p.ID, p.ID, func(*scenario.Scenario) {}})
	}
	for _, c := range trees {
		load := func() *View {
			m.Load(c.preset)
			c.edit(m.Scenario)
			return m.View()
		}
		v := load()
		for _, f := range slices.Concat(v.Levers, v.Settings, v.Uncertainty) {
			for _, end := range []float64{f.Min, f.Max} {
				load()
				m.SetDisplay(f.Key, end)
				if e := lever(m.View(), f.Key).Error; e != "" {
					t.Errorf("%s: %s at %v (slider %v to %v): %s", c.name, f.Key, end, f.Min, f.Max, e)
				}
			}
		}
	}
}

// TestAboveRefused: a slider whose rule refuses its start begins one step
// above it, or at its value when that lies between.
func TestAboveRefused(t *testing.T) {
	for _, c := range []struct {
		name                   string
		min, step, value, want float64
	}{
		{"a step above 0", 0, 10_000_000, 1_200_000_000, 10_000_000},
		{"the value, below one step", 0, 10_000_000, 5_000_000, 5_000_000},
		{"the value of 0 itself is no end", 0, 0.5, 0, 0.5},
	} {
		if got := aboveRefused(c.min, c.step, c.value); got != c.want {
			t.Errorf("%s: aboveRefused(%v, %v, %v) = %v, want %v", c.name, c.min, c.step, c.value, got, c.want)
		}
	}
}

// Home reaches 0 where the lever takes it (a churn rate, the ARR up for
// renewal: a term that falls away, kpi.Model.CheckLever), on the slider's
// move as at the render; a close rate the goal rests on starts one step
// above it.
func TestSliderEndsZero(t *testing.T) {
	m := newModel(t, i18n.En)
	m.Load("saas-revenue")
	for _, id := range []string{"churn_rate", "expansion_rate", "renewing_arr", "opening_arr"} {
		if f := lever(m.View(), id); f.Min != 0 {
			t.Errorf("%s's slider starts at %v, want 0", id, f.Min)
		}
		if f := m.Figures(id).Levers[0]; f.Key != id || f.Min != 0 {
			t.Errorf("%s's slider, moved, starts at %v, want 0", id, f.Min)
		}
	}
	m.Load("outbound")
	m.Scenario.Node("close_rate").Min = 0
	if f := lever(m.View(), "close_rate"); f.Min <= 0 {
		t.Errorf("outbound's close rate's slider starts at %v, a value it refuses", f.Min)
	}
}
