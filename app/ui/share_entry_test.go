package ui

import (
	"strings"
	"testing"
)

// The saved work opens over the link in the address only when this very
// history entry saved it while holding that address: a reload right after
// a change (the address written every 400 ms, later while the browser is
// busy) came back as before the change, saying a shared link was opened.
func TestOwnSave(t *testing.T) {
	const here, there, before = "https://example.test/#s=AQ", "https://example.test/#s=Ag", "https://example.test/#s=Aw"
	// The page p1 held before, then here, in entry e1, and saved.
	wrote := savedFrom{Entry: "e1", Address: here, Was: []string{before}, Page: "p1"}
	for _, c := range []struct {
		name string
		from savedFrom
		at   loadedAt
		want bool
	}{
		{"a reload right after a change", savedFrom{Entry: "e1", Address: here}, loadedAt{Entry: "e1", Href: here}, true},
		{"the link opened anew in this tab (a new entry)", savedFrom{Entry: "e1", Address: here}, loadedAt{Href: here}, false},
		{"a link from someone else", savedFrom{Entry: "e1", Address: here}, loadedAt{Href: there}, false},
		{"another tab saved since", savedFrom{Entry: "e2", Address: there}, loadedAt{Entry: "e1", Href: here}, false},
		{"a duplicated tab whose twin wrote another address", savedFrom{Entry: "e1", Address: there}, loadedAt{Entry: "e1", Href: here}, false},
		{"saved by a build before this record", savedFrom{}, loadedAt{Entry: "e1", Href: here}, false},
		{"nothing anywhere", savedFrom{}, loadedAt{Href: here}, false},
		// A reload begun just before the page wrote here loads before.
		{"a reload begun just before the address's write", wrote, loadedAt{Entry: "e1", Href: before, Page: "p1", Reload: true}, true},
		{"the same, two writes missed", savedFrom{Entry: "e1", Address: here, Was: []string{there, before}, Page: "p1"}, loadedAt{Entry: "e1", Href: before, Page: "p1", Reload: true}, true},
		{"the same, the entry's id dropped, two writes missed", savedFrom{Entry: "e1", Address: here, Was: []string{there, before}, Page: "p1"}, loadedAt{Href: before, Page: "p1", Reload: true}, true},
		{"the same, the entry's id dropped by the browser", wrote, loadedAt{Href: before, Page: "p1", Reload: true}, true},
		{"the entry's id dropped, at the address written", wrote, loadedAt{Href: here, Page: "p1", Reload: true}, true},
		{"a duplicated tab at the address its twin held before", wrote, loadedAt{Entry: "e1", Href: before, Page: "p0", Reload: true}, false},
		{"another tab's save, this tab's entry without its id", wrote, loadedAt{Href: before, Page: "p2", Reload: true}, false},
		{"the address before opened anew in this tab (a new entry)", wrote, loadedAt{Href: before, Page: "p1"}, false},
		{"a link pasted into this tab's address (a new entry, reloaded)", wrote, loadedAt{Href: there, Page: "p1", Reload: true}, false},
		{"another entry of this tab, back or forward", wrote, loadedAt{Entry: "e3", Href: before, Page: "p1"}, false},
		{"a save without its page (a build before it)", savedFrom{Entry: "e1", Address: here, Was: []string{before}}, loadedAt{Entry: "e1", Href: before, Reload: true}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ownSave(c.from, c.at); got != c.want {
				t.Errorf("ownSave(%+v, %+v) = %v, want %v", c.from, c.at, got, c.want)
			}
		})
	}
}

// The addresses a save names besides its own are the latest heldSize the
// tab held, latest first, each once.
func TestMoved(t *testing.T) {
	var s shareState
	for _, href := range []string{"a", "b", "b", "c", "d", "e", "f"} {
		s.moved(href)
	}
	if got, want := s.at+" "+strings.Join(s.was, ","), "f e,d,c,b"; got != want {
		t.Errorf("moved through a, b, b, c, d, e, f: at, was = %q, want %q", got, want)
	}
}
