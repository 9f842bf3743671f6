//go:build !wasm

package scenario_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// A month without a year among dated rows (4月 after 2026年4月) takes the
// year the plan gives it, placed by the file's dates, and adds to the
// dated rows of its month: it was kept as year 0 and, landing in the same
// plan month as 2026-04, one of the two was lost without a word.
func TestImportYearless(t *testing.T) {
	for _, tc := range []struct {
		name      string
		year      int // the plan's start year (April start); 0 for none
		months    int // the plan's length; 0 for 12
		csv       string
		want      string // actuals as "y-m node value", one per line
		problems  string // in Japanese, one per line
		rows      int    // rows that gave values
		planYear  int    // the plan's start year after GuessStartYear
		aprilRevs float64
	}{
		{name: "a later month without a year", csv: "月,受注金額\n2026年4月,1000000\n5月,2000000\n",
			want: "2026-4 revenue 1000000\n2026-5 revenue 2000000", rows: 2, planYear: 2026, aprilRevs: 1e6},
		{name: "the same month without a year adds up", csv: "月,受注金額\n2026年4月,1000000\n4月,2000000\n",
			want: "2026-4 revenue 3000000", rows: 2, planYear: 2026, aprilRevs: 3e6},
		{name: "the same month by date", csv: "月,受注金額\n2026/04/01 0:00,1000000\n4月,2000000\n",
			want: "2026-4 revenue 3000000", rows: 2, planYear: 2026, aprilRevs: 3e6},
		{name: "the year-less row first", csv: "月,受注金額\n4月,2000000\n2026年4月,1000000\n",
			want: "2026-4 revenue 3000000", rows: 2, planYear: 2026, aprilRevs: 3e6},
		{name: "january of the fiscal year", csv: "月,受注金額\n2026年4月,1\n1月,2\n",
			want: "2026-4 revenue 1\n2027-1 revenue 2", rows: 2, planYear: 2026, aprilRevs: 1},
		{name: "the plan's own year, the file dating nothing", year: 2026, csv: "月,受注金額\n4月,5\n2月,6\n",
			want: "2026-4 revenue 5\n2027-2 revenue 6", rows: 2, planYear: 2026, aprilRevs: 5},
		{name: "last year's export in this year's plan", year: 2027, csv: "月,受注金額\n2026年4月,1\n5月,2\n",
			want: "2026-4 revenue 1\n2026-5 revenue 2", rows: 2, planYear: 2026, aprilRevs: 1},
		{name: "no year anywhere: the plan's own months", csv: "月,受注金額\n4月,5\n",
			want: "0-4 revenue 5", rows: 1, planYear: 0, aprilRevs: 5},
		{name: "a two-year plan, settled by the dates", year: 2026, months: 24, csv: "月,受注金額\n2027年4月,1\n2027年6月,1\n5月,2\n",
			want: "2027-4 revenue 1\n2027-5 revenue 2\n2027-6 revenue 1", rows: 3, planYear: 2026, aprilRevs: 0},
		{name: "a two-year plan, not settled: said", year: 2026, months: 24, csv: "月,受注金額,架電数\n2026年6月,1,1\n4月,2,3\n",
			want: "2026-6 revenue 1\n2026-6 calls 1", rows: 2, planYear: 2026, aprilRevs: 0,
			problems: "3行目: 年のない4月は計画期間に2回以上あるため、どの年か決められません。年を付けてください（例: 2026年4月）"},
		{name: "blank and refused rows are not counted", csv: "月,受注金額\n2026年4月,1\n,\nabc,2\n5月,3\n",
			want: "2026-4 revenue 1\n2026-5 revenue 3", rows: 2, planYear: 2026, aprilRevs: 1,
			problems: "4行目・1列目（月）: 「abc」は月や日付ではないため、この行は読み込みません"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := outbound(t)
			s.Forecast.StartYear, s.Forecast.Months = tc.year, tc.months
			res, a := s.ImportCSV([]byte(tc.csv))
			var got, ps []string
			for _, x := range a {
				got = append(got, fmt.Sprintf("%d-%d %s %s", x.Year, int(x.Month), x.Node, strconv.FormatFloat(x.Value, 'f', -1, 64)))
			}
			for _, p := range res.Problems {
				ps = append(ps, report.Problem(i18n.Ja, p))
			}
			if g := strings.Join(got, "\n"); g != tc.want {
				t.Errorf("actuals:\n%s\nwant:\n%s", g, tc.want)
			}
			if p := strings.Join(ps, "\n"); p != tc.problems {
				t.Errorf("problems:\n%s\nwant:\n%s", p, tc.problems)
			}
			if res.Valued != tc.rows {
				t.Errorf("rows that gave values: %d, want %d", res.Valued, tc.rows)
			}
			if err := s.SetActuals(scenario.MergeActuals(s.Actuals, a)); err != nil {
				t.Fatal(err)
			}
			s.GuessStartYear()
			if s.Forecast.StartYear != tc.planYear {
				t.Errorf("plan year %d, want %d", s.Forecast.StartYear, tc.planYear)
			}
			rf, err := s.Refit()
			if err != nil {
				t.Fatal(err)
			}
			g := rf.Answer.Plan.Model.Goal()
			if rf.Actual[0][g] != tc.aprilRevs {
				t.Errorf("April's revenue %v, want %v", rf.Actual[0][g], tc.aprilRevs)
			}
		})
	}
}

// A month read again replaces the one read before, with or without its
// year: April 2026 after April of the plan's year (year 0) is not counted
// twice, nor the reverse.
func TestMergeActualsYearless(t *testing.T) {
	for _, tc := range []struct {
		name     string
		old, add forecast.Actuals
		want     string
	}{
		{"dated after year-less", forecast.Actuals{{Month: 4, Node: "revenue", Value: 1}}, forecast.Actuals{{Year: 2026, Month: 4, Node: "revenue", Value: 2}}, "2026-4-0 revenue 2"},
		{"year-less after dated", forecast.Actuals{{Year: 2026, Month: 4, Node: "revenue", Value: 1}}, forecast.Actuals{{Month: 4, Node: "revenue", Value: 2}}, "0-4-0 revenue 2"},
		{"another year stays", forecast.Actuals{{Year: 2025, Month: 4, Node: "revenue", Value: 1}}, forecast.Actuals{{Year: 2026, Month: 4, Node: "revenue", Value: 2}}, "2025-4-0 revenue 1\n2026-4-0 revenue 2"},
		// A file read by week by mistake (month totals dated their last
		// day), read again by month, had added both: "Achievement 433 %".
		{"a month's total replaces its weeks", forecast.Actuals{{Month: 4, Week: 1, Node: "revenue", Value: 1}, {Year: 2026, Month: 4, Week: 5, Node: "revenue", Value: 3}, {Year: 2026, Month: 4, Week: 5, Node: "calls", Value: 4}},
			forecast.Actuals{{Year: 2026, Month: 4, Node: "revenue", Value: 2}}, "2026-4-0 revenue 2\n2026-4-5 calls 4"},
		{"a month's total stays beside weeks under it", forecast.Actuals{{Year: 2026, Month: 4, Node: "revenue", Value: 1}}, forecast.Actuals{{Year: 2026, Month: 4, Week: 2, Node: "revenue", Value: 2}}, "2026-4-0 revenue 1\n2026-4-2 revenue 2"},
		{"a later week stays beside the weeks before", forecast.Actuals{{Year: 2026, Month: 4, Week: 1, Node: "revenue", Value: 1}, {Year: 2026, Month: 4, Week: 2, Node: "revenue", Value: 5}},
			forecast.Actuals{{Year: 2026, Month: 4, Week: 2, Node: "revenue", Value: 2}, {Year: 2026, Month: 4, Week: 3, Node: "revenue", Value: 3}}, "2026-4-1 revenue 1\n2026-4-2 revenue 2\n2026-4-3 revenue 3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, x := range scenario.MergeActuals(tc.old, tc.add) {
				got = append(got, fmt.Sprintf("%d-%d-%d %s %v", x.Year, int(x.Month), x.Week, x.Node, x.Value))
			}
			if g := strings.Join(got, "\n"); g != tc.want {
				t.Errorf("merged:\n%s\nwant:\n%s", g, tc.want)
			}
		})
	}
}
