//go:build !wasm

package main

import (
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
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
		rf, err := s.RefitOn(today()) // dated, as the page's and the CLI's
		if err != nil {
			t.Fatal(err)
		}
		r := fr.Reforecast
		tidy := i18n.Tidy // -json's numbers: to 12 significant digits
		if r == nil || r.Closed != 7 || r.Achievement != tidy(rf.Achievement) || r.Pace != tidy(rf.Pace) || r.ProbGoal == nil || *r.ProbGoal != tidy(rf.ProbGoal) ||
			r.Forecast != tidy(rf.Forecast) || r.Leak != "meeting_rate" || r.Months[0].Year != 2026 {
			t.Errorf("%s: CLI %+v, engine achievement %v pace %v chance %v", file, r, rf.Achievement, rf.Pace, rf.ProbGoal)
		}
	}
	out := mustRun(t, "forecast", "-lang", "en", "-actuals", "../../testdata/actuals/salesforce-en.csv", "outbound")
	for _, want := range []string{"The year so far", "Achievement (actual ÷ target): 70.29%", "From now on, calls: ", "The worst leak: Meeting conversion"} {
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
	// November 16: its third week runs.
	defer func(f func() time.Time) { today = f }(today)
	today = func() time.Time { return time.Date(2026, 11, 16, 9, 0, 0, 0, time.UTC) }
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
		{"en", "Forecast (actuals, then the plan's activity at the updated rates): ", []string{"Nov 2026 has actuals through week 2 (47.62% of its working days)",
			"Nov 2026, through week 2  ¥3,968,254         ¥3,000,000    actual", "Nov 2026, the rest", "Still needed in the rest of Nov 2026 and the 4 months left"}},
		{"ja", "着地見込み（実績＋残りは計画の行動量×更新した転換率）: ", []string{"2026年11月の実績は第2週まで（営業日の47.62%）", "2026年11月（第2週まで）", "2026年11月（残り）"}},
	} {
		out := mustRun(t, "forecast", "-lang", tc.lang, "-width", "200", "-actuals", path, "outbound") // each month on one line
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

// A weekly export that starts mid-month (its first row the week of Monday
// 28 September) counts September's week 4 alone: weeks 1–3 are named and
// take their plan, and the achievement compares the weeks with actuals
// with their goal. September read "¥2,000,000 actual 40%" against its
// whole goal, and the achievement 65.19%, without a word.
func TestActualsCLIWeeksLeftOut(t *testing.T) {
	// October 9: October runs, in its week 2.
	defer func(f func() time.Time) { today = f }(today)
	today = func() time.Time { return time.Date(2026, 10, 9, 9, 0, 0, 0, time.UTC) }
	path := t.TempDir() + "/weekly.csv"
	if err := os.WriteFile(path, []byte("Week,Deals won,Revenue\n2026-09-28,2,2000000\n2026-10-05,2,2000000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang, forecast string
		want           []string
	}{
		{"en", "Forecast (actuals, then the plan's activity at the updated rates): ", []string{
			"Sep 2026, the weeks with actuals     ¥1,590,909         ¥2,000,000    actual  ¥29,840,000   ¥26,590,909      125.71%",
			"Sep 2026, weeks 1–3 without actuals  ¥3,409,091         ¥4,581,818      forecast, no actuals",
			"Oct 2026, through week 1", "Achievement (actual ÷ target): 146.67%", "Goal of the months and weeks", "No actuals for weeks 1–3 of Sep 2026 (days 1–21, 68.18% of its",
			"Weeks are a month's", "a weekly row"}},
		{"ja", "着地見込み（実績＋残りは計画の行動量×更新した転換率）: ", []string{
			"2026年9月（実績のある週）        159.1万円       200万円    実績  2,984万円  2,659万円  125.71%",
			"2026年9月（第1〜3週・実績なし）  340.9万円     458.2万円    見込み（実績なし）", "達成率（実績÷目標）: 146.67%", "実績のある月・週の目標",
			"2026年9月の第1〜3週（1〜21日、営業日の68.18%）は実績がありません。", "週は月の1〜7日"}},
	} {
		out := mustRun(t, "forecast", "-lang", tc.lang, "-width", "200", "-actuals", path, "inside-sales") // each month on one line
		for _, w := range tc.want {
			if !strings.Contains(squeeze(out), squeeze(w)) { // a row, whatever its columns' widths
				t.Errorf("%s: missing %q in\n%s", tc.lang, w, out)
			}
		}
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
	if err := json.Unmarshal([]byte(mustRun(t, "forecast", "-json", "-actuals", path, "inside-sales")), &fr); err != nil {
		t.Fatal(err)
	}
	r := fr.Reforecast
	if r == nil || len(r.LeftOut) != 1 || r.LeftOut[0].Month != "2026-09" || !slices.Equal(r.LeftOut[0].Weeks, []int{1, 2, 3}) ||
		math.Abs(r.LeftOut[0].Share-15.0/22) > 1e-12 || r.InLeftOut != r.LeftOut[0].Plan || math.Abs(r.Months[5].Share-7.0/22) > 1e-12 {
		t.Errorf("-json: %+v, want September's weeks 1–3 left out (15 of its 22 working days), its share 7/22", r)
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

// An export of activity and deals without amounts: the months' revenue is
// the deals at the planned price, marked as estimated in both languages
// with the actuals it comes from, and the achievement is the deals' (2 of
// 8 planned a month: 24 % of the goal to date, not the plan's 96 %).
func TestActualsCLIEstimated(t *testing.T) {
	// July 1: the months to June are over, July runs.
	defer func(f func() time.Time) { today = f }(today)
	today = func() time.Time { return time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC) }
	path := t.TempDir() + "/deals.csv"
	if err := os.WriteFile(path, []byte("Month,Calls,Deals won\n2026-04,7400,2\n2026-05,7900,2\n2026-06,7600,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string][]string{
		"en": {"Apr 2026  ¥8,333,333         ¥2,000,000      est.", "est.: a month without an actual of Revenue is computed from the actuals entered (Deals won, Calls)",
			"Achievement (actual ÷ target): 24% (Actual to Jun 2026 ¥6,000,000 / Goal to date ¥25,000,000)"},
		"ja": {"2026年4月   833.3万円       200万円    推計", "推計：売上の実績がない月は、入力された実績（受注件数、架電数）と計画のその他の値から計算しています。",
			"達成率（実績÷目標）: 24%（2026年6月までの実績 600万円 / 同期間の目標 2,500万円）"},
	} {
		out := mustRun(t, "forecast", "-lang", lang, "-actuals", path, "outbound")
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("-lang %s: no %q in\n%s", lang, w, out)
			}
		}
	}
	var fr ForecastReport
	if err := json.Unmarshal([]byte(mustRun(t, "forecast", "-json", "-actuals", path, "outbound")), &fr); err != nil {
		t.Fatal(err)
	}
	if mo := fr.Reforecast.Months[0]; mo.Actual || !mo.Estimated || mo.Value != 2_000_000 {
		t.Errorf("JSON's first month: %+v", mo)
	}
}

// A scenario file's own actuals get the year handling an export's do: a
// plan without a year takes the one their dates imply (2028-05 is May
// 2028, not May of any year), and an actual outside the plan's months is
// said to be left out, in both languages and in -json; with none closed,
// no achievement to date is claimed.
func TestActualsCLIFileYear(t *testing.T) {
	// June 1, 2028, in the plans the files make (April 2028 to March
	// 2029): the months with actuals are over, June runs.
	defer func(f func() time.Time) { today = f }(today)
	today = func() time.Time { return time.Date(2028, 6, 1, 9, 0, 0, 0, time.UTC) }
	base, err := os.ReadFile("../../scenarios/outbound.yaml")
	if err != nil {
		t.Fatal(err)
	}
	plan, _, _ := strings.Cut(string(base), "\nforecast:")
	dir := t.TempDir()
	write := func(name, tail string) string {
		path := dir + "/" + name
		if err := os.WriteFile(path, []byte(plan+"\n"+tail), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	noYear := write("no-year.yaml", `forecast: {start_month: 4}
actuals:
  - {month: 2028-04, node: calls, value: 7400}
  - {month: 2028-05, node: deals, value: 2}
  - {month: 2030-01, node: deals, value: 5}
`)
	var fr ForecastReport
	if err := json.Unmarshal([]byte(mustRun(t, "forecast", "-json", noYear)), &fr); err != nil {
		t.Fatal(err)
	}
	r := fr.Reforecast
	if r == nil || r.Closed != 2 || r.Months[0].Year != 2028 || r.Months[9].Year != 2029 ||
		len(r.Outside) != 1 || r.Outside[0] != (RefitEntry{Month: "2030-01", Node: "deals", Value: 5}) {
		t.Fatalf("-json: %+v, want 2 months closed from Apr 2028, 2030-01 outside", r)
	}
	allOut := write("all-out.yaml", `forecast: {start_month: 4, start_year: 2026}
actuals:
  - {month: 2030-01, node: deals, value: 5}
  - {month: 2030-02, week: 1, node: deals, value: 5}
`)
	for _, tc := range []struct {
		name, lang, file string
		want             []string
		not              string
	}{
		{"en", "en", noYear, []string{"Apr 2028", "1 actual dated outside the plan's months (Jan 2030) is left out."}, "\nJan      "},
		{"ja", "ja", noYear, []string{"2028年4月", "計画期間外の実績1件（2030年1月）は計算に入れていません。"}, "\n1月 "},
		{"en none closed", "en", allOut, []string{"2 actuals dated outside the plan's months (Jan 2030, Feb 2030) are left out."}, "Achievement (actual"},
		{"ja none closed", "ja", allOut, []string{"計画期間外の実績2件（2030年1月、2030年2月）は計算に入れていません。"}, "達成率（"},
	} {
		out := mustRun(t, "forecast", "-lang", tc.lang, tc.file)
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no %q in\n%s", tc.name, w, out)
			}
		}
		if strings.Contains(out, tc.not) {
			t.Errorf("%s: %q in\n%s", tc.name, tc.not, out)
		}
	}
}

// An -actuals file that gives nothing is said in the language of -lang:
// "no values read" ended a Japanese run in English.
func TestActualsCLIMessages(t *testing.T) {
	dir := t.TempDir()
	bad := dir + "/bad.csv"
	if err := os.WriteFile(bad, []byte("年月,架電数\nabc,1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, lang, file string
		want             string // the last line of stderr
	}{
		{"no values, ja", "ja", bad, "kpisim forecast: -actuals " + bad + ": 値を1つも読み込めませんでした"},
		{"no values, en", "en", bad, "kpisim forecast: -actuals " + bad + ": no values read"},
		{"no file, ja", "ja", dir + "/none.csv", `kpisim forecast: -actuals: ファイル "` + dir + `/none.csv" がありません`},
		{"no file, en", "en", dir + "/none.csv", `kpisim forecast: -actuals: there is no file "` + dir + `/none.csv"`},
		{"a folder, ja", "ja", dir, `kpisim forecast: -actuals: ファイル "` + dir + `" を読めません（フォルダか、読む権限がありません）`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runCmd("forecast", "-lang", tc.lang, "-actuals", tc.file)
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			if code != 2 || lines[len(lines)-1] != tc.want {
				t.Errorf("exit %d, stderr:\n%s\nwant its last line:\n%s", code, stderr, tc.want)
			}
		})
	}
}

// A month left out of an export is named, not counted: May at its plan
// was in 実績 (2,600万円 to July, 78 %) and graded 96 %.
func TestActualsCLIMissingMonth(t *testing.T) {
	// August 3: the months to July are over, August runs.
	defer func(f func() time.Time) { today = f }(today)
	today = func() time.Time { return time.Date(2026, 8, 3, 9, 0, 0, 0, time.UTC) }
	path := t.TempDir() + "/gap.csv"
	if err := os.WriteFile(path, []byte("年月,売上\n2026年4月,6000000\n2026年6月,6000000\n2026年7月,6000000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, lang string
		want       []string
	}{
		{"ja", "ja", []string{"2026年5月は売上の実績がありません。", "達成率（実績÷目標）: 72%（2026年7月までの実績 1,800万円 / 実績のある月の目標 2,500万円）"}},
		{"en", "en", []string{"No actuals of revenue for May 2026:", "Achievement (actual ÷ target): 72% (Actual to Jul 2026 ¥18,000,000 / Goal of the months with"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := mustRun(t, "forecast", "-lang", tc.lang, "-actuals", path, "outbound")
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
	var fr ForecastReport
	if err := json.Unmarshal([]byte(mustRun(t, "forecast", "-json", "-actuals", path, "outbound")), &fr); err != nil {
		t.Fatal(err)
	}
	r := fr.Reforecast
	if r == nil || len(r.Missing) != 1 || r.Missing[0] != "2026-05" || r.ActualToDate != 18e6 || r.InMissing != 8e6 || !r.Months[1].Missing || r.Achievement != 0.72 {
		t.Errorf("json: %+v", r)
	}
}

// A unit in an amount's header scales its values, and the CLI says so on
// stderr: 受注金額（千円） with 9,000 read as ¥9,000 (achievement 0.11 %);
// it is ¥9,000,000. A money column whose brackets are no unit is left
// out, its column and the rule named.
func TestActualsCLIUnit(t *testing.T) {
	dir := t.TempDir()
	thousand, unknown := dir+"/thousand.csv", dir+"/unknown.csv"
	long, unlike := dir+"/long.csv", dir+"/unlike.csv"
	for path, data := range map[string]string{
		thousand: "\ufeff月,架電数,受注件数,受注金額（千円）\r\n2026年4月,\"10,500\",9,\"9,000\"\r\n",
		unknown:  "月,架電数,受注金額（新規）\n2026年4月,100,9000\n",
		long:     "月,指標,値（千円）\n2026年4月,架電数,\"10,500\"\n2026年4月,受注件数,9\n2026年4月,受注金額,\"9,000\"\n",
		unlike:   "月,指標,値（千円）\n2026年4月,架電数,100\n2026年4月,受注金額（百万円）,9\n",
	} {
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name, lang, file string
		stderr, out      string
	}{
		{"thousands of yen, ja", "ja", thousand, thousand + ": 「受注金額（千円）」の値は、見出しの単位（千円）のとおり1,000倍して読み込みました。",
			"2026年4月   833.3万円       900万円    実績"},
		{"thousands of yen, en", "en", thousand, thousand + `: "受注金額（千円）": each value is read ×1,000, as the header's unit (千円) says.`,
			"Apr 2026  ¥8,333,333         ¥9,000,000    actual"},
		{"no unit, ja", "ja", unknown, unknown + ": 3列目（受注金額（新規））: 見出しの単位「新規」は読めないため、この列は読み飛ばします。金額の単位は円・千円・万円・百万円・億円・JPY・K（千）・M（百万）のどれかで書いてください", ""},
		{"no unit, en", "en", unknown, unknown + `: column 3 (受注金額（新規）): the header's unit "新規" is not one this reads, so the column is left out: write an amount's unit as 円, 千円, 万円, 百万円, 億円, JPY, K (thousands) or M (millions)`, ""},
		// A long form's value header: the amount ×1,000 as the wide form's,
		// the counts as written; it read 9,000 as ¥9,000 and said nothing.
		{"a long form's value header, ja", "ja", long, long + ": 「値（千円）」の列の金額（受注金額）は、見出しの単位（千円）のとおり1,000倍して読み込みました。件数と率（架電数、受注件数）には単位を掛けず、そのまま読み込みました。",
			"2026年4月   833.3万円       900万円    実績"},
		{"a long form's value header, en", "en", long, long + `: "値（千円）": its amounts (受注金額) are read ×1,000, as the header's unit (千円) says. Its counts and rates (架電数, 受注件数) are read as written.`,
			"Apr 2026  ¥8,333,333         ¥9,000,000    actual"},
		{"a metric's unit unlike the value header's, ja", "ja", unlike, unlike + ": 3行目・2列目（受注金額（百万円））: 指標名の単位が値の列の見出し「値（千円）」の単位と合わないため、この行は読み飛ばします。単位はどちらか一方にだけ書いてください\n" +
			unlike + ": 見出しの単位（千円）は金額にだけ掛けるため、「値（千円）」の列の件数と率（架電数）はそのまま読み込みました。", ""},
		{"a metric's unit unlike the value header's, en", "en", unlike, unlike + `: row 3, column 2 (受注金額（百万円）): the unit in the metric's name disagrees with the value column's header "値（千円）", so the row is left out: write the unit in one of them only` + "\n" +
			unlike + `: "値（千円）": its counts and rates (架電数) are read as written, as the header's unit (千円) scales amounts only.`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, code := runCmd("forecast", "-lang", tc.lang, "-actuals", tc.file, "outbound")
			if code != 0 || strings.TrimSpace(stderr) != tc.stderr || !strings.Contains(squeeze(out), squeeze(tc.out)) { // a row, whatever its columns' widths
				t.Errorf("exit %d, stderr:\n%s\nwant:\n%s\noutput lacks %q:\n%s", code, stderr, tc.stderr, tc.out, out)
			}
		})
	}
}

// Rows of one month and KPI are added up, as the rule is, and the CLI says
// so on stderr, naming rows equal in every cell: two "2026年4月" rows of
// revenue read April as ¥7,000,000 and nothing said so.
func TestActualsCLIAddedUp(t *testing.T) {
	path := t.TempDir() + "/twice.csv"
	if err := os.WriteFile(path, []byte("年月,売上\n2026年4月,6000000\n2026年4月,1000000\n2026年5月,6000000\n2026年5月,6000000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, lang, stderr, out string
	}{
		{"ja", "ja", path + ": すべての列が同じ行も合計しました: 4・5行目。重複した行なら消して、読み込み直してください。2026年4月の売上は2行を合計しました。2026年5月の売上は2行を合計しました。",
			"2026年4月   833.3万円       700万円    実績"},
		{"en", "en", path + ": Rows identical in every column are added up too: rows 4 and 5. If one is a copy, delete it and import again. Apr 2026 revenue: 2 rows added up. May 2026 revenue: 2 rows added up.",
			"Apr 2026  ¥8,333,333         ¥7,000,000    actual"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, code := runCmd("forecast", "-lang", tc.lang, "-actuals", path, "outbound")
			if code != 0 || strings.TrimSpace(stderr) != tc.stderr || !strings.Contains(squeeze(out), squeeze(tc.out)) { // a row, whatever its columns' widths
				t.Errorf("exit %d, stderr:\n%s\nwant:\n%s\noutput lacks %q:\n%s", code, stderr, tc.stderr, tc.out, out)
			}
		})
	}
}

// Two reps' close rates of 12 % in April are no close rate of 24 %: the
// CLI leaves April's rate out and names the row, in ja and en, and adds
// up the deals beside it.
func TestActualsCLIRateRows(t *testing.T) {
	path := t.TempDir() + "/rates.csv"
	if err := os.WriteFile(path, []byte("月,受注率,受注件数\n2026年4月,12%,3\n2026年4月,12%,4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, stderr string }{
		{"ja", path + ": 3行目・2列目（受注率）: 「受注率」は率で、同じ月（週）に2行以上あります。率は足し合わせられないため、その月（週）の値は読み込みません。1行にするか、率のもとになる件数を入れてください\n" +
			path + ": 2026年4月の受注件数は2行を合計しました。"},
		{"en", path + ": row 3, column 2 (受注率): \"受注率\" is a rate given in more than one row of one month or week: rates are not added up, so it is left out for that period; give it once, or give the counts it comes from\n" +
			path + ": Apr 2026 deals won: 2 rows added up."},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			_, stderr, code := runCmd("forecast", "-lang", tc.lang, "-actuals", path, "-json", "outbound")
			if code != 0 || strings.TrimSpace(stderr) != tc.stderr {
				t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", code, stderr, tc.stderr)
			}
		})
	}
}

// A deal export, a row per deal and its stage: the CLI reads only the won
// deals (April ¥2,100,000, not ¥3,600,000 with the lost deal's), counts
// them as deals, reads May to the week of its last closed deal, and says
// so on stderr, in both languages. The two sample exports, Japanese
// HubSpot and English Salesforce, hold the same deals.
func TestActualsCLIDeals(t *testing.T) {
	// May 20: the deals' last week (the 15th to the 21st) runs.
	defer func(f func() time.Time) { today = f }(today)
	today = func() time.Time { return time.Date(2026, 5, 20, 9, 0, 0, 0, time.UTC) }
	const dir = "../../testdata/actuals/"
	for _, c := range []struct {
		lang, file string
		want       []string
	}{
		{"ja", "hubspot-deals-ja.csv", []string{
			"「取引ステージ」列が受注の行だけを読みました（4行）。失注や進行中の行は除きました: 失注 1行、契約交渉 1行。受注件数は受注の行を1行1件として数えました。",
			"最後の月の2026年5月は、最後に受注か失注した週（第3週）までとしました。",
			"2026年4月               833.3万円       210万円    実績    210万円  833.3万円   25.2%",
			"達成率（実績÷目標）: 28%（2026年5月第3週までの実績 400万円 / 同期間の目標 1,429万円）"}},
		{"en", "salesforce-deals-en.csv", []string{
			"Only the rows whose Stage is a won deal are read (4 rows). Rows at other stages (lost or open) are left out: Closed Lost: 1 row; Negotiation/Review: 1 row. Deals won counts each won row as one deal.",
			"Apr 2026                  ¥8,333,333         ¥2,100,000    actual   ¥2,100,000    ¥8,333,333        25.2%",
			"May 2026, through week 3  ¥5,952,381         ¥1,900,000    actual   ¥4,000,000   ¥14,285,714       31.92%",
			"Average deal size  Deals won → Revenue  ¥1,000,000  ¥1,000,000"}},
	} {
		out, errOut, code := runCmd("forecast", "-lang", c.lang, "-width", "200", "-actuals", dir+c.file, "outbound") // each month on one line
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", c.file, code, errOut)
		}
		for _, w := range c.want {
			if !strings.Contains(errOut+out, w) {
				t.Errorf("-lang %s: no %q in\n%s%s", c.lang, w, errOut, out)
			}
		}
	}
}

// The months after the last actuals that have ended by the day of the run,
// and the days before it of the month in progress, close at the forecast
// for them, named in the text and the JSON as missing, and what is still
// needed spreads over the time left from that day. On December 6 with
// actuals through October, November had counted as a month still to come:
// the pace spread over time gone.
func TestActualsCLIEnded(t *testing.T) {
	defer func(f func() time.Time) { today = f }(today)
	csv := "../../testdata/actuals/salesforce-en.csv" // April to October 2026
	for _, tc := range []struct {
		name, lang   string
		day          time.Time
		note, needed string // "" for no note
		months       []string
		closed       int
	}{
		{"November 1, a Sunday: none gone", "en", time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC), "", "Still needed in the 5 months left: ¥59,000,000", nil, 7},
		{"November 30: November to the 29th", "en", time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC),
			"No actuals of revenue for Nov 2026, through day 29: the forecast and what is still needed take the forecast for it at the rates seen so far (¥6,258,379), and the achievement compares only the months with actuals with their goal. Import or type its actuals.",
			"Still needed in the rest of Nov 2026 and the 4 months left: ¥52,741,621", []string{"2026-11"}, 8},
		{"December 7", "en", time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC),
			"No actuals of revenue for Nov 2026, Dec 2026, through day 6: the forecast and what is still needed take the forecast for them at the rates seen so far (¥7,714,132 in all), and the achievement compares only the months with actuals with their goal. Import or type their actuals.",
			"Still needed in the rest of Dec 2026 and the 3 months left: ¥51,285,868", []string{"2026-11", "2026-12"}, 9},
		{"January 5, in Japanese", "ja", time.Date(2027, 1, 5, 9, 0, 0, 0, time.UTC),
			"2026年11月〜12月、2027年1月（4日まで）は売上の実績がありません。着地見込みと残りの必要量ではこれらの月をこれまでの転換率による見込み（計1,377万円）で計算し、達成率は実績のある月だけをその目標と比べています。実績を読み込むか入力してください。",
			"2027年1月の残りと残り2か月で必要: 4,523万円", []string{"2026-11", "2026-12", "2027-01"}, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			today = func() time.Time { return tc.day }
			out := mustRun(t, "forecast", "-lang", tc.lang, "-actuals", csv, "outbound")
			flat := strings.Join(strings.Fields(out), "") // the notes wrap at the width
			if has := strings.Contains(out, "No actuals of") || strings.Contains(out, "の実績がありません"); tc.note == "" && has ||
				!strings.Contains(flat, strings.Join(strings.Fields(tc.note), "")) || !strings.Contains(out, tc.needed) {
				t.Errorf("want %q and %q in:\n%s", tc.note, tc.needed, out)
			}
			var fr ForecastReport
			if err := json.Unmarshal([]byte(mustRun(t, "forecast", "-json", "-actuals", csv, "outbound")), &fr); err != nil {
				t.Fatal(err)
			}
			if r := fr.Reforecast; !slices.Equal(r.Missing, tc.months) || r.Closed != tc.closed {
				t.Errorf("json missing_months %q, closed %d; want %q, %d", r.Missing, r.Closed, tc.months, tc.closed)
			}
		})
	}
}

// -actuals is repeatable: a list of deals, then an activity log, read in
// turn and merged as the page merges two imports (a later file's value
// replacing an earlier one's of the same KPI and month). The second file
// had silently replaced the first: the deals' ¥4,000,000 to date was gone.
func TestActualsCLITwoFiles(t *testing.T) {
	deals, calls := "../../testdata/actuals/salesforce-deals-en.csv", "../../testdata/actuals/salesforce-activities-en.csv"
	var fr ForecastReport
	if err := json.Unmarshal([]byte(mustRun(t, "forecast", "-json", "-actuals", deals, "-actuals", calls, "outbound")), &fr); err != nil {
		t.Fatal(err)
	}
	s, _ := presets().Get("outbound")
	s = s.Clone()
	for _, path := range []string{deals, calls} {
		data, _ := os.ReadFile(path)
		_, a := s.ImportCSV(data)
		if err := s.SetActuals(scenario.MergeActuals(s.Actuals, a)); err != nil {
			t.Fatal(err)
		}
		s.GuessStartYear()
	}
	rf, err := s.RefitOn(today()) // dated, as the page's and the CLI's
	if err != nil {
		t.Fatal(err)
	}
	calledIn := func(as forecast.Actuals) (n float64) {
		for _, e := range as {
			if e.Node == "calls" {
				n += e.Value
			}
		}
		return n
	}
	r, tidy := fr.Reforecast, i18n.Tidy
	if r == nil || r.ActualToDate != tidy(rf.ActualToDate) || rf.ActualToDate == 0 || calledIn(s.Actuals) != 5 || r.Forecast != tidy(rf.Forecast) {
		t.Errorf("CLI %+v; engine to date %v, forecast %v, calls %v", r, rf.ActualToDate, rf.Forecast, calledIn(s.Actuals))
	}
	// Either file alone reads otherwise: the merge is no accident.
	for _, path := range []string{deals, calls} {
		var one ForecastReport
		if err := json.Unmarshal([]byte(mustRun(t, "forecast", "-json", "-actuals", path, "outbound")), &one); err != nil {
			t.Fatal(err)
		}
		if one.Reforecast != nil && one.Reforecast.Forecast == r.Forecast {
			t.Errorf("%s alone forecasts %v, as both files do", path, one.Reforecast.Forecast)
		}
	}
}

// kpisim forecast -actuals reads a CRM's monthly churn rate ×12 into the
// plan's rate per year, says so, and the funnel reads 8.4 %, 105 % of
// plan, as the page does (TestBrowserMonthlyChurnRate).
func TestActualsCLIMonthlyChurnRate(t *testing.T) {
	path := t.TempDir() + "/churn-rate.csv"
	if err := os.WriteFile(path, []byte("Month,受注件数,商談数,解約率（月次）\nApril 2026,6,24,0.7%\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string][]string{
		"en": {`"解約率（月次）" is read as a rate per month and multiplied by 12 into a rate per year, as the plan states the churn rate.`,
			"8%    8.4%     105%", "The worst leak: Churn rate (105% of plan)"},
		"ja": {"「解約率（月次）」は月の率として読み、12倍して1年あたりの率にしました（計画の解約率は1年あたりです）。",
			"最も歩留まりが悪いステップ: 解約率（計画比 105%）"},
	} {
		out, errOut, code := runCmd("forecast", "-lang", lang, "-set", "forecast.start_year=2026", "-actuals", path, "saas-revenue")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", lang, code, errOut)
		}
		for _, w := range want {
			if !strings.Contains(out+errOut, w) {
				t.Errorf("%s: the output does not say %q:\n%s%s", lang, w, errOut, out)
			}
		}
	}
}

// forecast -csv with -actuals writes the year so far, a row per month as
// -json's months, its last cumulative forecast the re-forecast's, for a
// file of month totals and one with a month in progress: it wrote the
// plan's own CSV, the actuals left out with nothing said.
func TestActualsCLICSV(t *testing.T) {
	defer func(f func() time.Time) { today = f }(today)
	today = func() time.Time { return time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC) }
	dec := tempFile(t, "dec.csv", []byte("Month,Calls,Deals won,Revenue\n2026-04,7500,7,7000000\n2026-11,7800,8,8000000\n2026-12,1800,2,2000000\n"))
	for _, file := range []string{"../../testdata/actuals/salesforce-en.csv", dec} {
		t.Run(file, func(t *testing.T) {
			var r ForecastReport
			if err := json.Unmarshal([]byte(mustRun(t, "forecast", "-json", "-actuals", file, "outbound")), &r); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(strings.NewReader(mustRun(t, "forecast", "-csv", "-actuals", file, "outbound"))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			rf := r.Reforecast
			if rows[0][0] != "year" || len(rows) != len(rf.Months)+1 {
				t.Fatalf("%d rows under %q, want %d months", len(rows)-1, rows[0], len(rf.Months))
			}
			for k, m := range rf.Months {
				if rows[k+1][2] != strconv.FormatBool(m.Actual) || rows[k+1][1] != strconv.Itoa(m.Month) {
					t.Errorf("row %d %q, want month %d actual %v", k+1, rows[k+1], m.Month, m.Actual)
				}
			}
			last, err := strconv.ParseFloat(rows[len(rows)-1][10], 64)
			if err != nil || math.Abs(last-rf.Forecast) > 1e-6*rf.Forecast {
				t.Errorf("the last cumulative forecast %v, want the re-forecast's %v", last, rf.Forecast)
			}
		})
	}
}

// A weekly file read after a month total of the same month says, on
// stderr, that its weeks count for nothing while the total is there. The
// CLI had read it without a word, November unchanged.
func TestActualsCLIWeeksUnderTotal(t *testing.T) {
	dir := t.TempDir()
	monthly, weekly := dir+"/monthly.csv", dir+"/weekly.csv"
	for path, data := range map[string]string{
		monthly: "Month,Calls,Revenue\n2026-10,7800,6000000\n2026-11,7500,6000000\n",
		weekly:  "Week,Calls\n2026-11-02,1900\n2026-11-09,2000\n",
	} {
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, stderr, code := runCmd("forecast", "-lang", "en", "-actuals", monthly, "-actuals", weekly, "outbound")
	if want := weekly + ": Nov 2026 has month totals, so this file's weeks of it are kept but not counted"; code != 0 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr:\n%s\nwant %q", code, stderr, want)
	}
}

// A plan whose months add up to its goal has no gap: -json's gap is 0, as
// the text's "$0 (0%)". It read 4.65661287308e-10, the twelve months'
// rounding (testdata/gap-zero.yaml: a tree of the editor's, in dollars).
func TestGapZeroJSON(t *testing.T) {
	for _, cmd := range []string{"calc", "forecast"} {
		var r struct {
			Gap      *float64 `json:"gap"`
			Forecast float64  `json:"forecast"`
		}
		if err := json.Unmarshal([]byte(mustRun(t, cmd, "-json", "-lang", "en", "testdata/gap-zero.yaml")), &r); err != nil {
			t.Fatal(err)
		}
		if r.Gap == nil || *r.Gap != 0 || r.Forecast != 2_114_400 {
			t.Errorf("%s -json: gap %v, forecast %v; want 0 and $2,114,400", cmd, r.Gap, r.Forecast)
		}
	}
}
