package ui

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/app/share"
	"github.com/kpisim/kpisim/scenarios"
)

// A link made from a preset opens in any later plan year with the figures
// its maker saw: the page dates its presets by the clock (April 2026 –
// March 2027 in November 2026), and its links were diffed against the
// dated form, so every one refused to open once the plan year turned ("the
// preset it was made from has changed"). Links are now diffed against the
// preset as shipped, and those made the old way still open.
func TestLinksOpenAcrossPlanYears(t *testing.T) {
	shipped, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	made := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	oldBases := func(id string) [][]byte { // the page's bases before: the dated presets
		s, err := shipped.Dated(made).Get(id)
		if err != nil {
			return nil
		}
		data, _ := scenario.EncodeJSON(s)
		return [][]byte{data}
	}
	for _, p := range shipped {
		m := NewModel(shipped.Dated(made), p.ID, i18n.En)
		var n *kpi.Node
		for i := range m.Scenario.Nodes {
			if nd := &m.Scenario.Nodes[i]; nd.Op == kpi.Lever && nd.Max > nd.Min && nd.ID != m.Scenario.Target() {
				n = nd
				break
			}
		}
		lever := n.ID
		if err := m.Scenario.Set(lever, n.Min+(n.Max-n.Min)/3); err != nil {
			t.Fatal(err)
		}
		st, err := m.State()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := json.Marshal(st)
		want := m.Figures("").Head.Figure.Text
		for _, c := range []struct {
			name  string
			bases share.Bases
		}{
			{"made now", newLinkForms(shipped, made).bases()},
			{"made by the earlier page", oldBases},
		} {
			payload, err := share.Encode(data, c.bases)
			if err != nil {
				t.Fatal(err)
			}
			if c.name == "made now" && p.ID == scenario.DefaultPreset {
				const origin = "https://example.github.io/kpisim/"
				if size := len(origin) + len(share.Fragment(payload)); size > 200 {
					t.Errorf("the default preset with one lever changed: %d characters with the address, budget 200 (issue 11)", size)
				}
			}
			for _, opened := range []time.Time{made, time.Date(2027, 4, 2, 9, 0, 0, 0, time.UTC), time.Date(2031, 1, 5, 9, 0, 0, 0, time.UTC)} {
				t.Run(p.ID+"/"+c.name+"/opened "+opened.Format("2006-01"), func(t *testing.T) {
					got, err := share.Decode(payload, newLinkForms(shipped, opened).bases())
					if err != nil {
						t.Fatalf("the link does not open: %v", err)
					}
					var back State
					if err := json.Unmarshal(got, &back); err != nil {
						t.Fatal(err)
					}
					o := NewModel(shipped.Dated(opened), "", i18n.En)
					if err := o.Restore(back); err != nil {
						t.Fatal(err)
					}
					if o.Scenario.Forecast.StartYear != m.Scenario.Forecast.StartYear {
						t.Errorf("the plan year reads %d, its maker's %d", o.Scenario.Forecast.StartYear, m.Scenario.Forecast.StartYear)
					}
					if got := o.Figures("").Head.Figure.Text; got != want {
						t.Errorf("the headline reads %q, its maker's %q", got, want)
					}
				})
			}
		}
	}
}
