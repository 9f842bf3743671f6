package actuals_test

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// entriesOf writes what ParseBytes read of csv as "y-m-w node value" lines
// and its problems in English, one a line.
func entriesOf(csv string) (entries, problems string) {
	res := actuals.ParseBytes([]byte(csv), outbound)
	var got, ps []string
	for _, e := range res.Entries {
		got = append(got, strings.Join([]string{itoa(e.Year) + "-" + itoa(e.Month) + "-" + itoa(e.Week), e.Node, ftoa(e.Value)}, " "))
	}
	for _, p := range res.Problems {
		ps = append(ps, p.Error())
	}
	return strings.Join(got, "\n"), strings.Join(ps, "\n")
}

// Excel's accounting format writes zero as a dash: "-" read as negative
// before, and the month's value was refused.
func TestAccountingZero(t *testing.T) {
	for _, tc := range []struct {
		name, cell string
		want       string // the entry, "" when refused
		problem    string
	}{
		{"hyphen", "-", "2026-6-0 revenue 0", ""},
		{"full-width hyphen", "－", "2026-6-0 revenue 0", ""},
		{"em dash", "—", "2026-6-0 revenue 0", ""},
		{"horizontal bar", "―", "2026-6-0 revenue 0", ""},
		{"yen and dash", `" ¥-   "`, "2026-6-0 revenue 0", ""},
		{"yen, space, dash", "¥ -", "2026-6-0 revenue 0", ""},
		{"negative stays refused", "-5", "", `row 2, column 2 (受注金額): "-5" is negative, so the row is left out: take a refund off its month's amount`},
		{"bracketed stays refused", `"(1,000)"`, "", `row 2, column 2 (受注金額): "(1,000)" is negative, so the row is left out: take a refund off its month's amount`},
		// Japanese accounting's minus had read as no number at all.
		{"a triangle is a minus", `"▲500,000"`, "", `row 2, column 2 (受注金額): "▲500,000" is negative, so the row is left out: take a refund off its month's amount`},
		{"a white triangle too", "△500", "", `row 2, column 2 (受注金額): "△500" is negative, so the row is left out: take a refund off its month's amount`},
		{"a triangle alone is no number", "▲", "", `row 2, column 2 (受注金額): "▲" is not a number, so the row is left out`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ps := entriesOf("月,受注金額\n2026/6/1," + tc.cell + "\n")
			if got != tc.want || ps != tc.problem {
				t.Errorf("%s: entries %q, problems %q; want %q, %q", tc.cell, got, ps, tc.want, tc.problem)
			}
		})
	}
}

// Japanese exports date by era (令和8年5月, R8.6), add the weekday in
// brackets (2026/4/1(水)) or lose a date's format (46143): each was "not a
// month or a date" and its row was left out.
func TestJapaneseDates(t *testing.T) {
	for _, tc := range []struct {
		name, cell string
		want       string // "y-m-w", "" when refused
	}{
		{"reiwa month", "令和8年5月", "2026-5-0"},
		{"reiwa day", "令和8年5月13日", "2026-5-2"},
		{"reiwa first year", "令和元年5月", "2019-5-0"},
		{"reiwa full-width", "令和８年１２月", "2026-12-0"},
		{"reiwa ligature", "㋿8年6月", "2026-6-0"},
		{"letter and dot", "R8.6", "2026-6-0"},
		{"letter, full-width", "Ｒ８．６", "2026-6-0"},
		{"letter and slashes", "R8/6/1", "2026-6-0"},
		{"letter, day in week 3", "R08.06.15", "2026-6-3"},
		{"lower-case letter", "r8-6", "2026-6-0"},
		{"heisei", "平成30年4月", "2018-4-0"},
		{"heisei letter", "H30.4", "2018-4-0"},
		{"showa letter", "S60.4", "1985-4-0"},
		{"heisei has no 32nd year", "平成32年4月", ""},
		{"no year 0", "R0.4", ""},
		{"an era alone", "令和", ""},
		{"september is no era", "Sep 2026", "2026-9-0"},
		{"weekday in brackets", "2026/4/1(水)", "2026-4-0"},
		{"full-width brackets", "2026/4/1（水）", "2026-4-0"},
		{"weekday word", "2026年4月8日（水曜日）", "2026-4-2"},
		{"weekday and time", "2026/4/1(水) 10:00", "2026-4-0"},
		{"english weekday", "4/1/2026 (Wed)", "2026-4-0"},
		{"era and weekday", "令和8年4月1日(水)", "2026-4-0"},
		{"no weekday in brackets", "2026/4/1(x)", ""},
		{"excel serial", "46143", "2026-5-0"},
		{"serial before 2000", "36525", ""},
		{"six digits are a month", "202605", "2026-5-0"},
		{"a fiscal month, 月度", "2026年4月度", "2026-4-0"},
		{"an era's fiscal month", "令和8年5月度", "2026-5-0"},
		{"a fiscal year is no month", "2026年度", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ps := entriesOf("年月,受注金額\n" + tc.cell + ",100\n")
			want := ""
			if tc.want != "" {
				want = tc.want + " revenue 100"
			}
			if got != want {
				t.Errorf("%s: entries %q (problems %q), want %q", tc.cell, got, ps, want)
			}
			if want == "" && !strings.Contains(ps, "is not a month or a date") {
				t.Errorf("%s: problems %q, want it named", tc.cell, ps)
			}
		})
	}
}
