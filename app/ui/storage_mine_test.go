package ui

import (
	"encoding/json"
	"strconv"
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
	var ms []mine
	for i := range maxMine + 3 {
		ms = addMine(ms, mine{Name: strconv.Itoa(i)})
	}
	if len(ms) != maxMine || ms[0].Name != "3" {
		t.Errorf("addMine kept %d, the first %q; want %d from 3", len(ms), ms[0].Name, maxMine)
	}
}
