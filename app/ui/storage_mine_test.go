package ui

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A list saved before items had ids reads with ids made from the content:
// the same in every tab that reads it, one for each item, even two alike;
// ids already there stay.
func TestMineIDs(t *testing.T) {
	old := `[{"name":"a","saved":"2026-01-02T03:04:05Z","state":{"v":1}},{"name":"a","saved":"2026-01-02T03:04:05Z","state":{"v":1}},{"id":"x-1","name":"b","saved":"","state":{"v":1}}]`
	read := func() []mine {
		var ms []mine
		if err := json.Unmarshal([]byte(old), &ms); err != nil {
			t.Fatal(err)
		}
		return withIDs(ms)
	}
	one, two := read(), read()
	seen := map[string]bool{}
	for i, m := range one {
		if m.ID == "" || seen[m.ID] {
			t.Errorf("item %d: id %q empty or taken", i, m.ID)
		}
		seen[m.ID] = true
		if two[i].ID != m.ID {
			t.Errorf("item %d: id %q in one tab, %q in another", i, m.ID, two[i].ID)
		}
	}
	if one[2].ID != "x-1" {
		t.Errorf("a stored id became %q", one[2].ID)
	}
	now := time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)
	if a, b := newMineID(now), newMineID(now); a == b {
		t.Errorf("two new ids at the same moment are both %q", a)
	}
}

// A save the user named is never dropped to make room: work the page kept
// by itself goes first, oldest first; a named save that finds the list
// full of named ones is refused (the page says so), and work kept by
// itself still finds room, one past maxMine. The 31st save dropped the
// first, named one, without a word.
func TestAddMineKeepsNamed(t *testing.T) {
	list := func(named, kept int) []mine {
		var ms []mine
		for i := range named {
			ms = append(ms, mine{Name: "n" + strconv.Itoa(i)})
		}
		for i := range kept {
			ms = append(ms, mine{Name: "k" + strconv.Itoa(i), Kept: true})
		}
		return ms
	}
	names := func(ms []mine) string {
		var b strings.Builder
		for _, m := range ms {
			b.WriteString(m.Name + " ")
		}
		return b.String()
	}
	for _, c := range []struct {
		name     string
		ms       []mine
		add      mine
		ok       bool
		n        int
		gone     string // an item that must have gone, "" for none
		mustStay []string
	}{
		{"room left", list(3, 2), mine{Name: "new"}, true, 6, "", []string{"n0", "k0", "new"}},
		{"full: the oldest kept goes for a named save", list(20, 10), mine{Name: "new"}, true, maxMine, "k0", []string{"n0", "k1", "new"}},
		{"full: the oldest kept goes for a kept one", list(20, 10), mine{Name: "new", Kept: true}, true, maxMine, "k0", []string{"n0", "new"}},
		{"full of named saves: a named save is refused", list(maxMine, 0), mine{Name: "new"}, false, maxMine, "new", []string{"n0", "n29"}},
		{"full of named saves: kept work still finds room", list(maxMine, 0), mine{Name: "new", Kept: true}, true, maxMine + 1, "", []string{"n0", "new"}},
		{"one past with kept work: the older kept goes", list(maxMine, 1), mine{Name: "new", Kept: true}, true, maxMine + 1, "k0", []string{"n0", "new"}},
		{"one past with kept work: a named save is refused", list(maxMine, 1), mine{Name: "new"}, false, maxMine + 1, "new", []string{"n0", "k0"}},
		// A list stored before the mark: every item counts as named.
		{"an old list", list(maxMine, 0), mine{Name: "new"}, false, maxMine, "new", []string{"n0"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := names(c.ms)
			out, ok := addMine(c.ms, c.add)
			if ok != c.ok || len(out) != c.n {
				t.Errorf("ok %v with %d items, want %v with %d: %s", ok, len(out), c.ok, c.n, names(out))
			}
			got := " " + names(out)
			for _, s := range c.mustStay {
				if !strings.Contains(got, " "+s+" ") {
					t.Errorf("%s went: %s", s, got)
				}
			}
			if c.gone != "" && strings.Contains(got, " "+c.gone+" ") {
				t.Errorf("%s stayed: %s", c.gone, got)
			}
			if names(c.ms) != before {
				t.Error("addMine changed the list it was given")
			}
		})
	}
	// Saves one after another: the first named one is still there after
	// any number of kept and named items.
	var ms []mine
	for i := range 3 * maxMine {
		m := mine{Name: "k" + strconv.Itoa(i), Kept: i%3 != 0}
		if i == 0 {
			m = mine{Name: "first"}
		}
		ms, _ = addMine(ms, m)
		if ms[0].Name != "first" {
			t.Fatalf("after %d saves the first named one went: %s", i+1, names(ms))
		}
	}
}

// A name already in My scenarios gets the first free number: two "Plan A"
// saves, or two unnamed saves in one minute, listed twice alike.
func TestDistinctName(t *testing.T) {
	ms := []mine{{Name: "Plan A"}, {Name: "Plan A (2)"}, {Name: "Plan B (2)"}}
	for _, c := range []struct{ name, want string }{
		{"Plan A", "Plan A (3)"},
		{"Plan B", "Plan B"},
		{"Plan B (2)", "Plan B (2) (2)"},
		{"新規開拓営業 12/7 04:41", "新規開拓営業 12/7 04:41"},
	} {
		if got := distinctName(ms, c.name); got != c.want {
			t.Errorf("%q: %q, want %q", c.name, got, c.want)
		}
	}
}

// An item renamed takes the name trimmed, made distinct from the others'
// ("Plan A (2)"), and becomes the user's: work the page kept by itself and
// then named no longer goes first when the list is full, nor gives its
// place to its tab's later work. A blank name, or an item another tab
// deleted, renames nothing.
func TestRenameMine(t *testing.T) {
	list := func() []mine {
		return []mine{{ID: "a", Name: "Plan A"}, {ID: "b", Name: "Outbound (edited)", Kept: true, Tab: "t1"}, {ID: "c", Name: "Plan C"}}
	}
	for _, tc := range []struct {
		name, id, to, want string
		names              []string
	}{
		{"a new name", "a", "  Q3 push ", "Q3 push", []string{"Q3 push", "Outbound (edited)", "Plan C"}},
		{"another item's name", "a", "Plan C", "Plan C (2)", []string{"Plan C (2)", "Outbound (edited)", "Plan C"}},
		{"its own name", "c", "Plan C", "Plan C", []string{"Plan A", "Outbound (edited)", "Plan C"}},
		{"work kept, named", "b", "Before the link", "Before the link", []string{"Plan A", "Before the link", "Plan C"}},
		{"blank", "a", "   ", "", []string{"Plan A", "Outbound (edited)", "Plan C"}},
		{"gone", "x", "Plan X", "", []string{"Plan A", "Outbound (edited)", "Plan C"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms, got := renameMine(list(), tc.id, tc.to)
			var names []string
			for _, m := range ms {
				names = append(names, m.Name)
			}
			if got != tc.want || !slices.Equal(names, tc.names) {
				t.Errorf("renamed %q, list %q; want %q, %q", got, names, tc.want, tc.names)
			}
			if i := mineIndex(ms, tc.id); got != "" && (ms[i].Kept || ms[i].Tab != "") {
				t.Errorf("renamed, it is still the page's own: %+v", ms[i])
			}
		})
	}
}
