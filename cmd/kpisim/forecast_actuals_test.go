//go:build !wasm

package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// kpisim forecast -actuals gives the re-forecast of the same scenario and
// export the page builds: scenario.Refit after ImportCSV, SetActuals and
// GuessStartYear, figure for figure; every sample export reads.
func TestActualsCLI(t *testing.T) {
	for _, file := range []string{"salesforce-en.csv", "salesforce-ja.csv", "hubspot-en.csv", "hubspot-ja.csv"} {
		path := "../../testdata/actuals/" + file
		var fr ForecastReport
		if err := json.Unmarshal([]byte(mustRun(t, "forecast", "-json", "-actuals", path, "outbound")), &fr); err != nil {
			t.Fatal(err)
		}
		s, _ := presets().Get("outbound")
		s = s.Clone()
		data, _ := os.ReadFile(path)
		_, a := s.ImportCSV(data)
		if err := s.SetActuals(a); err != nil {
			t.Fatal(err)
		}
		s.GuessStartYear()
		rf, err := s.Refit()
		if err != nil {
			t.Fatal(err)
		}
		r := fr.Reforecast
		if r == nil || r.Closed != 7 || r.Achievement != rf.Achievement || r.Pace != rf.Pace || r.ProbGoal != rf.ProbGoal ||
			r.Forecast != rf.Forecast || r.Leak != "meeting_rate" || r.Months[0].Year != 2026 {
			t.Errorf("%s: CLI %+v, engine achievement %v pace %v chance %v", file, r, rf.Achievement, rf.Pace, rf.ProbGoal)
		}
	}
	out := mustRun(t, "forecast", "-lang", "en", "-actuals", "../../testdata/actuals/salesforce-en.csv", "outbound")
	for _, want := range []string{"The year so far", "Achievement (actual ÷ target): 70.29%", "From now on: ", "The worst leak: Meeting conversion"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}

// A month with only its first weeks entered is closed with their sum: the
// report says that its remaining weeks are not in the forecast, in both
// languages and in -json.
func TestActualsCLIPartialMonth(t *testing.T) {
	data, err := os.ReadFile("../../testdata/actuals/salesforce-en.csv")
	if err != nil {
		t.Fatal(err)
	}
	// November's first two weeks (a date other than the 1st is its week).
	data = append(data, []byte("\"11/2/2026\",\"1,900\",\"38\",\"6\",\"1\",\"JPY 1,000,000\"\n\"11/9/2026\",\"2,000\",\"40\",\"6\",\"2\",\"JPY 2,000,000\"\n")...)
	path := t.TempDir() + "/weeks.csv"
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]string{"en": "has actuals through week 2 only", "ja": "の実績は第2週までですが"} {
		if out := mustRun(t, "forecast", "-lang", lang, "-actuals", path, "outbound"); !strings.Contains(out, want) {
			t.Errorf("%s: missing %q in\n%s", lang, want, out)
		}
	}
	var fr ForecastReport
	if err := json.Unmarshal([]byte(mustRun(t, "forecast", "-json", "-actuals", path, "outbound")), &fr); err != nil {
		t.Fatal(err)
	}
	if r := fr.Reforecast; r == nil || r.PartialWeek != 2 || r.Closed != 8 {
		t.Errorf("-json: %+v, want partial_week 2 of 8 closed months", r)
	}
	if out := mustRun(t, "forecast", "-lang", "en", "-actuals", "../../testdata/actuals/salesforce-en.csv", "outbound"); strings.Contains(out, "through week") {
		t.Errorf("whole months say they are partial:\n%s", out)
	}
}
