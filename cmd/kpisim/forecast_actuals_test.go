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
