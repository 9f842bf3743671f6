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
