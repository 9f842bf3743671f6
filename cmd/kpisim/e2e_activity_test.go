//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	waitFor(t, ctx, `document.querySelector('input.actual[data-actual="calls"][data-year="2026"][data-month="4"]')?.value === "3"`, "no entry table with April's calls")
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

// A large export (an activity log of 30,000 rows, 1.9 MB) holds the page's
// thread while it is read, some 0.3–0.4 s at CPU 1× and over a second for
// 100,000 rows; the page said nothing meanwhile, as if the drop had
// missed. It now says "reading…" with the file's name, in the page's
// language, on a frame painted before the parse begins; a small file
// imports at once, without it. Of two files chosen one after the other, the
// last is imported, whichever is read first.
func TestBrowserLargeImportSaysReading(t *testing.T) {
	var b strings.Builder
	b.WriteString("Subject,Task Type,Date,Status,Assigned\n")
	for i := range 30000 {
		fmt.Fprintf(&b, "Call %d,Call,2026/%d/%d,Completed,Rep %d\n", i, 4+i*3/30000, 1+i%28, i%10)
	}
	dir := t.TempDir()
	large := filepath.Join(dir, "activities.csv")
	if err := os.WriteFile(large, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	small, _ := filepath.Abs("../../testdata/actuals/salesforce-activities-en.csv")
	_, ctx := openSite(t)
	setControl(t, ctx, "start-year", "2026")
	// watch records the first "reading…" the page shows, and whether a frame
	// began with it still there (the parse waits for that frame's paint).
	const watch = `(window.kpisimReading = null, new MutationObserver((_, mo) => {
		const el = document.querySelector('[data-import="reading"]');
		if (!el) return;
		mo.disconnect();
		const text = el.textContent;
		requestAnimationFrame(() => { window.kpisimReading = {text, framed: document.querySelector('[data-import="reading"]') !== null}; });
	}).observe(document.body, {subtree: true, childList: true, characterData: true}), true)`
	for _, c := range []struct {
		lang string
		file string
		says string // "" for a file read at once
	}{{"ja", large, "activities.csv — 読み込んでいます…"}, {"en", large, "activities.csv — reading…"}, {"en", small, ""}} {
		pickLang(t, ctx, c.lang)
		eval[bool](t, ctx, watch)
		do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{c.file}))
		name := filepath.Base(c.file)
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-import="result"] strong')?.textContent === %q && document.querySelector('[data-import="reading"]') === null && (%t || window.kpisimReading !== null)`, name, c.says == ""),
			name+" was not imported")
		got := eval[string](t, ctx, `JSON.stringify(window.kpisimReading)`)
		want := "null"
		if c.says != "" {
			want = fmt.Sprintf(`{"text":%q,"framed":true}`, c.says)
		}
		if got != want {
			t.Errorf("%s, %s: the page showed %s while reading, want %s", c.lang, name, got, want)
		}
	}
	// The large file dropped, then at once the small one: the large one's
	// import, done later, had replaced the small one's.
	eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const drop = (name, text) => {
			const dt = new DataTransfer();
			dt.items.add(new File([text], name, {type: 'text/csv'}));
			document.querySelector('[data-control="drop"]').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
		};
		drop('activities.csv', %q);
		drop('small.csv', %q);
		return true })()`, b.String(), string(readFile(t, small))))
	last := `document.querySelector('[data-import="result"] strong')?.textContent === "small.csv" && document.querySelector('[data-import="reading"]') === null`
	waitFor(t, ctx, last, "the last file chosen was not imported")
	do(t, ctx, chromedp.Sleep(time.Second)) // the large file's read and parse, had they gone on
	if !eval[bool](t, ctx, last) {
		t.Errorf("the file chosen first replaced the last one's import: %q", text(t, ctx, `[data-import="result"] p`))
	}
}
