//go:build !wasm

package main

import (
	"encoding/json"
	"math"
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

// A month with only its first weeks entered counts to date: its goal to
// date is its working days' share in those weeks (10 of November 2026's
// 21), the rest of it counts at the plan, the table's last cumulative
// figure is the forecast, and the report says so in both languages and in
// -json.
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
	for _, tc := range []struct {
		lang, forecast string
		want           []string
	}{
		{"en", "Forecast (actuals, then the plan): ", []string{"Nov 2026 has actuals through week 2 (47.62% of its working days)",
			"Nov 2026, through week 2  ¥3,968,254     ¥3,000,000  actual", "Nov 2026, the rest", "Still needed in the rest of Nov 2026 and the 4 months left"}},
		{"ja", "着地見込み（実績＋残りは計画）: ", []string{"2026年11月の実績は第2週まで（営業日の47.62%）", "2026年11月（第2週まで）", "2026年11月（残り）"}},
	} {
		out := mustRun(t, "forecast", "-lang", tc.lang, "-actuals", path, "outbound")
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: missing %q in\n%s", tc.lang, w, out)
			}
		}
		// The last month's cumulative figure is the forecast.
		var last, fc string
		for _, line := range strings.Split(out, "\n") {
			if f := strings.Fields(line); len(f) > 4 && strings.HasPrefix(line, map[string]string{"en": "Mar 2027", "ja": "2027年3月"}[tc.lang]) {
				last = f[len(f)-2]
			}
			if rest, ok := strings.CutPrefix(line, tc.forecast); ok {
				fc = strings.Fields(rest)[0]
			}
		}
		if last == "" || last != fc {
			t.Errorf("%s: the table ends at %q, the forecast is %q", tc.lang, last, fc)
		}
	}
	var fr ForecastReport
	if err := json.Unmarshal([]byte(mustRun(t, "forecast", "-json", "-actuals", path, "outbound")), &fr); err != nil {
		t.Fatal(err)
	}
	if r := fr.Reforecast; r == nil || r.PartialWeek != 2 || r.Closed != 8 || math.Abs(r.Done-10.0/21) > 1e-12 {
		t.Errorf("-json: %+v, want partial_week 2 of 8 closed months, partial_share 10/21", r)
	}
	if out := mustRun(t, "forecast", "-lang", "en", "-actuals", "../../testdata/actuals/salesforce-en.csv", "outbound"); strings.Contains(out, "through week") {
		t.Errorf("whole months say they are partial:\n%s", out)
	}
}

// The CLI reads a Shift_JIS export (Japanese Excel's and kintone's CSV) as
// its UTF-8 twin, word for word, in both languages; it said "not UTF-8
// text" and read nothing.
func TestActualsCLIShiftJIS(t *testing.T) {
	const dir = "../../testdata/actuals/"
	for _, lang := range []string{"ja", "en"} {
		run := func(file string) string {
			out, errOut, code := runCmd("forecast", "-lang", lang, "-actuals", dir+file, "outbound")
			if code != 0 {
				t.Fatalf("%s: exit %d: %s", file, code, errOut)
			}
			return errOut + out // the file's problems, then the report
		}
		sjis, utf8 := run("salesforce-ja-sjis.csv"), run("salesforce-ja.csv")
		if got := strings.ReplaceAll(sjis, "salesforce-ja-sjis.csv", "salesforce-ja.csv"); got != utf8 {
			t.Errorf("%s: the Shift_JIS file reads\n%s\nthe UTF-8 file\n%s", lang, sjis, utf8)
		}
		if !strings.Contains(utf8, "70.29%") {
			t.Errorf("%s: no achievement in\n%s", lang, utf8)
		}
	}
}
