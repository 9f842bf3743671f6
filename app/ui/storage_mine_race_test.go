package ui

import (
	"testing"
	"time"
)

// What a tab added lately and another tab's write lacks is missing, until
// recentWindow has passed or the tab deleted it itself.
func TestMineMissing(t *testing.T) {
	t0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	a, b := mine{ID: "a", Name: "Plan A"}, mine{ID: "b", Name: "Plan B"}
	for _, c := range []struct {
		name    string
		stored  []mine
		at      time.Duration
		deleted bool
		want    int
	}{
		{"the other tab's write dropped it", []mine{b}, time.Second, false, 1},
		{"it is there", []mine{b, a}, time.Second, false, 0},
		{"past the window: another tab may have deleted it", []mine{b}, 4 * time.Second, false, 0},
		{"this tab deleted it", []mine{b}, time.Second, true, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			var s shareState
			s.added(a, t0)
			if c.deleted {
				s.dropped(a.ID)
			}
			if got := s.missing(c.stored, t0.Add(c.at)); len(got) != c.want || c.want == 1 && got[0].ID != a.ID {
				t.Errorf("missing %+v, want %d", got, c.want)
			}
		})
	}
}
