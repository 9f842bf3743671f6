package ui

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// A type the last import counted for one KPI, and the next for another
// (Meeting given to first meetings as another name), moves: the old KPI no
// longer holds the last import's counts for the file's months, and the
// report says so. Meeting counted twice, as an opportunity and as a first
// meeting. The last import's types are kept with the work (a reload).
func TestImportMovesAType(t *testing.T) {
	log := []byte("Date,Type\n2026-04-02,Meeting\n2026-04-03,Call\n2026-05-06,Meeting\n")
	april := func(m *Model, id string) (float64, bool) {
		var v float64
		seen := false
		for _, a := range m.Scenario.Actuals {
			if a.Node == id && a.Year == 2026 && a.Month == time.April {
				v, seen = v+a.Value, true
			}
		}
		return v, seen
	}
	m := newModel(t, i18n.En)
	if err := m.Scenario.Set(scenario.KeyStartYear, 2026); err != nil {
		t.Fatal(err)
	}
	m.ImportActuals("meetings.csv", log)
	if v, _ := april(m, "opportunities"); v != 1 {
		t.Fatalf("April's opportunities %v after the first import, want the meeting", v)
	}
	// The work reloaded: the report, with the types it counted, is kept.
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(st)
	var back State
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	reopened := func() *Model {
		t.Helper()
		m := newModel(t, i18n.En)
		if err := m.Restore(back); err != nil {
			t.Fatal(err)
		}
		if err := m.Scenario.SetAliases("first_meetings", "Meeting"); err != nil {
			t.Fatal(err)
		}
		return m
	}
	// A log of June alone: April's and May's opportunities stay (the
	// file's months only), and with none in June nothing is said.
	m = reopened()
	m.ImportActuals("june.csv", []byte("Date,Type\n2026-06-02,Meeting\n"))
	if v, _ := april(m, "opportunities"); v != 1 {
		t.Errorf("April's opportunities %v after a log of June, want the meeting kept", v)
	}
	if read, _ := m.year().imported.text(i18n.En); strings.Contains(read, "no longer hold") {
		t.Errorf("a log of June, with no opportunities to take back, says %q", read)
	}
	m = reopened()
	m.ImportActuals("meetings.csv", log)
	if v, seen := april(m, "opportunities"); seen {
		t.Errorf("April's opportunities %v after Meeting moved to first meetings, want none", v)
	}
	if v, _ := april(m, "first_meetings"); v != 1 {
		t.Errorf("April's first meetings %v, want the meeting", v)
	}
	if v, _ := april(m, "calls"); v != 1 {
		t.Errorf("April's calls %v, want 1", v)
	}
	for _, c := range []struct {
		l    i18n.Lang
		want string
	}{
		{i18n.Ja, "。前回の取り込みで活動の種別から数えた商談数は、その種別をほかのKPIで数えるようになったため、このファイルの月の値を取り消しました。"},
		{i18n.En, ". Opportunities, counted from activity types the last import read, no longer hold its values for this file's months"},
	} {
		if read, _ := m.year().imported.text(c.l); !strings.Contains(read, c.want) {
			t.Errorf("%s: the report %q does not say %q", c.l, read, c.want)
		}
	}
	// The same file again moves nothing: its report says nothing of it.
	m.ImportActuals("meetings.csv", log)
	if read, _ := m.year().imported.text(i18n.En); strings.Contains(read, "no longer hold") {
		t.Errorf("a third import, nothing moved: %q", read)
	}
}
