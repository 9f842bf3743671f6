package ui

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/app/share"
	"github.com/kpisim/kpisim/scenarios"
)

// A link carries which levers are givens of the plan, both ways: one
// marked on a preset that has none (outbound's deal size), and one
// unmarked on a preset that has them (SaaS's opening ARR).
func TestLinkCarriesGiven(t *testing.T) {
	shipped, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		preset, lever string
		given         bool
	}{{"outbound", "unit_price", true}, {"saas-revenue", "opening_arr", false}} {
		t.Run(c.preset, func(t *testing.T) {
			m := NewModel(shipped.Dated(now), c.preset, i18n.En)
			if err := m.Scenario.SetGiven(c.lever, c.given); err != nil {
				t.Fatal(err)
			}
			o := throughLink(t, m, shipped, now)
			if g := o.Scenario.Node(c.lever).Given; g != c.given {
				t.Errorf("%s opened from the link is given: %v, want %v", c.lever, g, c.given)
			}
		})
	}
}

// throughLink opens m's state from the link the page would write, as a
// fresh page with the presets shipped would on day now.
func throughLink(t *testing.T, m *Model, shipped scenario.Presets, now time.Time) *Model {
	t.Helper()
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(st)
	forms := newLinkForms(shipped, now).bases()
	payload, err := share.Encode(data, forms)
	if err != nil {
		t.Fatal(err)
	}
	got, err := share.Decode(payload, forms)
	if err != nil {
		t.Fatalf("the link does not open: %v", err)
	}
	var back State
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatal(err)
	}
	o := NewModel(shipped.Dated(now), "", i18n.En)
	if err := o.Restore(back); err != nil {
		t.Fatal(err)
	}
	return o
}

// A link carries a node's other names for imports: the page it opens
// reads the same activity types as the one that wrote it.
func TestLinkCarriesAliases(t *testing.T) {
	shipped, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	m := NewModel(shipped.Dated(now), "outbound", i18n.Ja)
	if err := m.Scenario.SetAliases("first_meetings", "Meeting、Web 商談"); err != nil {
		t.Fatal(err)
	}
	o := throughLink(t, m, shipped, now)
	if got := o.Scenario.Node("first_meetings").Aliases; !slices.Equal(got, []string{"Meeting", "Web 商談"}) {
		t.Errorf("opened from the link, first meetings' other names are %q", got)
	}
}
