package ui

import "testing"

// The saved work opens over the link in the address only when this very
// history entry saved it while holding that address: a reload right after
// a change (the address written every 400 ms, later while the browser is
// busy) came back as before the change, saying a shared link was opened.
func TestOwnSave(t *testing.T) {
	const here, there = "https://example.test/#s=AQ", "https://example.test/#s=Ag"
	for _, c := range []struct {
		name  string
		from  savedFrom
		entry string // the entry's id in history.state at load, "" for none
		href  string
		want  bool
	}{
		{"a reload right after a change", savedFrom{"e1", here}, "e1", here, true},
		{"the link opened anew in this tab (a new entry)", savedFrom{"e1", here}, "", here, false},
		{"a link from someone else", savedFrom{"e1", here}, "", there, false},
		{"another tab saved since", savedFrom{"e2", there}, "e1", here, false},
		{"a duplicated tab whose twin wrote another address", savedFrom{"e1", there}, "e1", here, false},
		{"saved by a build before this record", savedFrom{}, "e1", here, false},
		{"nothing anywhere", savedFrom{}, "", here, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ownSave(c.from, c.entry, c.href); got != c.want {
				t.Errorf("ownSave(%+v, %q, %q) = %v, want %v", c.from, c.entry, c.href, got, c.want)
			}
		})
	}
}
