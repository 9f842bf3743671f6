package ui

import (
	"encoding/json"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// Undo reaches across a reload: the steps the tab kept come back, the one
// shown replaced by the page reloaded on it, or the page's work recorded
// after it when it is other (a change the tab went before recording).
func TestKeptHistory(t *testing.T) {
	m := newModel(t, i18n.Ja)
	state := func() State {
		st, err := m.State()
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	h := NewHistory(state(), HistorySize)
	m.SetText("close_rate", "20")
	m.Commit("close_rate")
	h.Record(state())
	m.SetText("calls", "50")
	m.Commit("calls")
	h.Record(state())
	data, err := json.Marshal(h.Kept()) // as sessionStorage holds it
	if err != nil {
		t.Fatal(err)
	}
	var k Kept
	if err := json.Unmarshal(data, &k); err != nil {
		t.Fatal(err)
	}
	reloaded := state()
	reloaded.Lang, reloaded.Open = "en", []string{"months"} // shown now: no step
	m.SetText("unit_price", "2,000,000")
	m.Commit("unit_price")
	unsaved := state()
	bad := k
	bad.At = 7
	for _, c := range []struct {
		name  string
		k     Kept
		cur   State
		undos int // how many steps Undo goes back
		lang  string
	}{
		{"the page reloaded on the step shown", k, reloaded, 2, "en"},
		{"a change the tab went before recording", k, unsaved, 3, "ja"},
		{"nothing kept", Kept{}, reloaded, 0, "en"},
		{"a position past the steps", bad, reloaded, 0, "en"},
	} {
		t.Run(c.name, func(t *testing.T) {
			kh := KeptHistory(c.k, c.cur, HistorySize)
			if kh == nil {
				kh = NewHistory(c.cur, HistorySize)
			}
			if kh.Len() != c.undos {
				t.Fatalf("undo reaches %d steps back, want %d", kh.Len(), c.undos)
			}
			if c.undos == 0 {
				return
			}
			if got := kh.steps[kh.at].Lang; got != c.lang {
				t.Errorf("the step shown is in %q, want the page's %q", got, c.lang)
			}
			to, _, _ := kh.Undo()
			m2 := newModel(t, i18n.Ja)
			if err := m2.Restore(to); err != nil {
				t.Fatal(err)
			}
			want := map[int]float64{2: 0.2, 3: 0.2}[c.undos]
			if got := m2.Scenario.Node("close_rate").Value; got != want {
				t.Errorf("undone, the close rate is %v, want %v", got, want)
			}
		})
	}
}
