package report_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// TestKeptNote: the months held before an import that the import has no
// values for are named; months it covers, in any node, are not.
func TestKeptNote(t *testing.T) {
	a := func(y int, m time.Month, node string) forecast.Actual {
		return forecast.Actual{Year: y, Month: m, Node: node, Value: 1}
	}
	aprToAug := forecast.Actuals{a(2026, 4, "revenue"), a(2026, 7, "revenue"), a(2026, 8, "revenue"), a(2026, 8, "calls")}
	for _, c := range []struct {
		name     string
		lang     i18n.Lang
		old, add forecast.Actuals
		want     string
		left     []actuals.Period // the rows refused
	}{
		{"August kept", i18n.En, aprToAug, forecast.Actuals{a(2026, 4, "revenue"), a(2026, 7, "calls")}, "Aug 2026: not in this file, the actuals held before stay.", nil},
		{"August kept, in Japanese", i18n.Ja, aprToAug, forecast.Actuals{a(2026, 4, "revenue"), a(2026, 7, "revenue")}, "2026年8月はこのファイルにないため、それまでの実績をそのまま使っています。", nil},
		{"every month covered", i18n.En, aprToAug, forecast.Actuals{a(2026, 4, "calls"), a(2026, 7, "calls"), a(2026, 8, "deals")}, "", nil},
		{"nothing held", i18n.En, nil, aprToAug, "", nil},
		// One month put right, or the next months: the others stand, and
		// saying so at every import would be noise.
		{"July alone", i18n.En, aprToAug, forecast.Actuals{a(2026, 7, "revenue")}, "", nil},
		{"nothing added", i18n.En, aprToAug, nil, "", nil},
		{"two months kept, in order", i18n.En, forecast.Actuals{a(2027, 1, "revenue"), a(2026, 9, "revenue"), a(2026, 4, "revenue")}, forecast.Actuals{a(2026, 4, "revenue")}, "Sep 2026, Jan 2027: not in this file, the actuals held before stay.", nil},
		// A month whose row was refused (#VALUE! in its revenue) is in the
		// file: it was said to be missing from it.
		{"August's row refused, in Japanese", i18n.Ja, aprToAug, forecast.Actuals{a(2026, 4, "revenue"), a(2026, 7, "revenue")},
			"2026年8月は行を読み込めなかったため（問題を参照）、それまでの実績をそのまま使っています。", []actuals.Period{{Year: 2026, Month: 8}}},
		{"August's row refused, a month missing", i18n.En, forecast.Actuals{a(2026, 4, "revenue"), a(2026, 8, "revenue"), a(2026, 9, "revenue")}, forecast.Actuals{a(2026, 4, "revenue")},
			"Sep 2026: not in this file, the actuals held before stay. Aug 2026: its row was left out (see the problems), so the actuals held before stay.", []actuals.Period{{Month: 8}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := report.KeptNote(c.lang, c.old, c.add, c.left); got != c.want {
				t.Errorf("note %q, want %q", got, c.want)
			}
		})
	}
}

// A weekly file over a month total is said to count for nothing, naming
// its months, in both languages; weeks of a month without a total, or a
// total over weeks, say nothing. November's weekly export over its month
// total read "no problems", November unchanged.
func TestUnderTotalNote(t *testing.T) {
	total := forecast.Actuals{{Year: 2026, Month: 10, Node: "revenue", Value: 6e6}, {Year: 2026, Month: 11, Node: "revenue", Value: 6e6}}
	weeks := forecast.Actuals{{Year: 2026, Month: 11, Week: 1, Node: "calls", Value: 320}, {Year: 2026, Month: 11, Week: 2, Node: "calls", Value: 300},
		{Year: 2026, Month: 12, Week: 1, Node: "calls", Value: 310}}
	merged := append(slices.Clone(total), weeks...)
	for _, tc := range []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.En, "Nov 2026 has month totals, so this file's weeks of it are kept but not counted"},
		{i18n.Ja, "2026年11月は月の合計が入っているため、このファイルの週ごとの実績は残したまま数えていません"},
	} {
		if got := report.UnderTotalNote(tc.lang, merged, weeks); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: %q, want %q…", tc.lang, got, tc.want)
		}
	}
	if got := report.UnderTotalNote(i18n.En, merged, total); got != "" {
		t.Errorf("a total over weeks: %q", got)
	}
	if got := report.UnderTotalNote(i18n.En, weeks, weeks); got != "" {
		t.Errorf("weeks alone: %q", got)
	}
}
