//go:build !wasm

package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// An activity log (a Salesforce tasks report: a row per call, email or
// meeting, its type in a column) imports in the page as the engine reads
// it: each call one of the tree's calls and each meeting one of its
// opportunities, by month; the emails and a task not started left out; the
// import saying so in the page's language (Japanese, then English after a
// switch); the entry table holding the counts and the year so far the
// engine's. It was refused whole: "no column names a KPI of this tree".
func TestBrowserActivityLog(t *testing.T) {
	file, _ := filepath.Abs("../../testdata/actuals/salesforce-activities-en.csv")
	res, s, rf := refit2026(t, readFile(t, file))
	if a := res.Activity; a == nil || a.Read() != 6 || len(res.Problems) != 0 {
		t.Fatalf("the engine read the log as %+v, problems %v", a, res.Problems)
	}
	_, ctx := openSite(t)
	pickLang(t, ctx, "ja")
	setControl(t, ctx, "start-year", "2026")
	do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
	waitFor(t, ctx, `document.querySelector('[data-import="result"] strong')?.textContent === 'salesforce-activities-en.csv'`, "the import says nothing")
	if n := eval[int](t, ctx, `document.querySelectorAll('.problems li').length`); n != 0 {
		t.Errorf("%d problems on the page: a task's subject and owner are no problem", n)
	}
	unfold(t, ctx, "details.actuals-table")
	cell := func(node string, month int) string {
		return eval[string](t, ctx, fmt.Sprintf(`document.querySelector('input.actual[data-actual=%q][data-year="2026"][data-month="%d"][data-week="0"]')?.value ?? 'none'`, node, month))
	}
	for _, c := range []struct {
		node  string
		month int
		want  string
	}{{"calls", 4, "3"}, {"opportunities", 4, "1"}, {"calls", 5, "0"}, {"opportunities", 5, "0"}, {"calls", 6, "2"}, {"calls", 7, ""}} {
		if got := cell(c.node, c.month); got != c.want {
			t.Errorf("the entry table's %s of 2026-%02d reads %q, want %q", c.node, c.month, got, c.want)
		}
	}
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		pickLang(t, ctx, string(lang))
		r := report.NewRefit(rf, lang, s.Currency)
		waitText(t, ctx, `[data-refit="achievement"]`, r.Achievement)
		notes := report.Activities(lang, res, s.ImportNodes())
		said := map[i18n.Lang]string{i18n.Ja: "Call → 架電数 5行、Meeting → 商談数 1行", i18n.En: "Call as Calls, 5 rows; Meeting as Opportunities, 1 row"}[lang]
		if got := text(t, ctx, `[data-import="result"] p`); !strings.Contains(got, notes) || !strings.Contains(notes, said) {
			t.Errorf("%s: the import on the page %q, want it to say %q, with %q", lang, got, notes, said)
		}
		if got := text(t, ctx, `[data-refit="partial"]`); got != r.Partial || got == "" {
			t.Errorf("%s: June, to its first week, reads %q, want %q", lang, got, r.Partial)
		}
		eval[bool](t, ctx, `(document.querySelector('[data-import="result"]').scrollIntoView({block: "start"}), true)`)
		screenshot(t, ctx, "activity-import-"+string(lang))
	}
}
