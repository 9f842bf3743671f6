package ui

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// A chart drawn before the page renders (drawAhead) builds its own option
// alone, the same option the render gives it: the activity, funnel and
// tornado charts leave the view to be completed (goal seek, the plan) by
// the render, and the cumulative chart, which draws the plan's months,
// completes it. Every chart's option was built, and the view completed,
// before the first chart near the screen was drawn.
func TestChartBuiltAlone(t *testing.T) {
	for _, lang := range i18n.Langs {
		m := newModel(t, lang)
		for _, p := range m.Presets {
			m.Load(p.ID)
			want := m.View().ChartOptions()
			for _, tc := range []struct {
				id        string
				want      string
				completes bool
			}{
				{chartActivity, want.Activity, false},
				{chartFunnel, want.Funnel, false},
				{chartTornado, want.Tornado, false},
				{chartCumulative, want.Cumulative, true},
			} {
				v := m.View()
				got := v.Chart(tc.id)
				if got == "" || got != tc.want {
					t.Errorf("%s/%s: %s built alone:\n%s\nwant, as with the others:\n%s", lang, p.ID, tc.id, got, tc.want)
				}
				if done := v.late == nil; done != tc.completes {
					t.Errorf("%s/%s: %s built alone completed the view: %v, want %v", lang, p.ID, tc.id, done, tc.completes)
				}
				if c := v.ChartOptions(); c != want {
					t.Errorf("%s/%s: the charts after %s built alone differ:\n%+v\nwant %+v", lang, p.ID, tc.id, c, want)
				}
			}
		}
	}
}
