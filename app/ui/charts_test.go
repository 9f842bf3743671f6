package ui

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
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
				if c := v.ChartOptions(); !reflect.DeepEqual(c, want) {
					t.Errorf("%s/%s: the charts after %s built alone differ:\n%+v\nwant %+v", lang, p.ID, tc.id, c, want)
				}
			}
		}
	}
}

// branches is a scenario of n branches, each with its revenue a product of
// its deal size and its deals: 2n levers and the reps, branch i's worth i
// times the first's (¥240M a year).
func branches(t *testing.T, n int) *scenario.Scenario {
	t.Helper()
	var b strings.Builder
	b.WriteString("version: 1\ntitle: {ja: 拠点, en: Branches}\ngoal: {node: revenue, value: 100000000000, period: year}\n" +
		"calendar: {months: 12, working_days: 20, headcount: 10}\nsolve: deals_1\nnodes:\n  - {id: revenue, label: {ja: 売上, en: Revenue}, unit: currency, cadence: monthly, sum: [")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%sbranch_%d", map[bool]string{true: "", false: ", "}[i == 1], i)
	}
	b.WriteString("]}\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "  - {id: branch_%d, label: {ja: 拠点%[1]dの売上, en: Branch %[1]d revenue}, unit: currency, cadence: monthly, product: [price_%[1]d, deals_%[1]d]}\n", i)
		fmt.Fprintf(&b, "  - {id: price_%d, label: {ja: 拠点%[1]dの単価, en: Branch %[1]d deal size}, unit: currency, cadence: monthly, value: %d}\n", i, i*100000)
		fmt.Fprintf(&b, "  - {id: deals_%d, label: {ja: 拠点%[1]dの受注件数, en: Branch %[1]d deals}, unit: count, cadence: daily, activity: true, value: 1}\n", i)
	}
	s, err := scenario.Parse([]byte(b.String()), "branches")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The tornado shows the tornadoTop levers of largest effect and says how
// many it leaves out and how little each moves the output: forty-one
// levers (the reps among them) in a chart 300 px high wrote their labels
// over one another. Branch i moves revenue by i × ¥24M either way, so the
// largest left out is branch 13's ¥312M. A tree of fewer levers shows
// them all and says nothing more.
func TestTornadoTop(t *testing.T) {
	for _, tc := range []struct {
		name, note string
		lang       i18n.Lang
		scenario   *scenario.Scenario // nil: the outbound preset
		rows       int
	}{
		{"outbound, en", "", i18n.En, nil, 6},
		{"40 levers, en", "The 15 levers with the largest effect are shown, of 41; the other 26 each move it by ¥312M or less.", i18n.En, branches(t, 20), 15},
		{"40 levers, ja", "効果の大きい15個のレバーを表示しています（全41個）。残りの26個の効果は、いずれも3億1,200万円以内です。", i18n.Ja, branches(t, 20), 15},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newModel(t, tc.lang)
			if tc.scenario != nil {
				m.Scenario = tc.scenario
			}
			m.SetSensitivity(SensitivityStep)
			c := m.View().ChartOptions()
			var o struct {
				YAxis []struct{ Data []string } `json:"yAxis"`
			}
			if err := json.Unmarshal([]byte(c.Tornado), &o); err != nil || len(o.YAxis) == 0 {
				t.Fatalf("the tornado's option: %v\n%s", err, c.Tornado)
			}
			if len(o.YAxis[0].Data) != tc.rows || c.TornadoRows != tc.rows {
				t.Errorf("%d levers drawn, rows %d, want %d: %q", len(o.YAxis[0].Data), c.TornadoRows, tc.rows, o.YAxis[0].Data)
			}
			if !strings.HasSuffix(c.TornadoNote, tc.note) || tc.note == "" && strings.Contains(c.TornadoNote, "15") {
				t.Errorf("note %q, want it to end %q", c.TornadoNote, tc.note)
			}
		})
	}
}
