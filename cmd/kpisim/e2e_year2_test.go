//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// typeInto types value into the field sel as a user would and leaves it.
func typeInto(t *testing.T, ctx context.Context, sel, value string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(el => { el.focus(); el.value = %q; el.dispatchEvent(new Event('input', {bubbles: true}));
		el.dispatchEvent(new Event('change', {bubbles: true})); el.blur(); return true })(document.querySelector(%q))`, value, sel))
}

// The same file imported again after a December deal was typed by hand
// names the two values it replaced (month, KPI, the typed value and the
// file's) in the page's language, and Undo brings them back: they went
// back to the file's 0 with 「問題はありません」 said (a sales manager's
// item 2).
func TestBrowserImportNamesHandTyped(t *testing.T) {
	file := tempFile(t, "totals.csv", []byte("\ufeff年月,売上,受注件数\r\n2026/11,9000000,9\r\n2026/12,0,0\r\n"))
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		plan2026(t, ctx)
		do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
		waitFor(t, ctx, `document.querySelector('[data-import="result"]') !== null`, "the import says nothing")
		unfold(t, ctx, `details.actuals-table`)
		rev := `input.actual[data-actual="revenue"][data-year="2026"][data-month="12"][data-week="0"]`
		deals := `input.actual[data-actual="deals"][data-year="2026"][data-month="12"][data-week="0"]`
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector(%q)?.value === "0"`, rev), "December's revenue is not the file's 0")
		typeInto(t, ctx, rev, "1500000")
		typeInto(t, ctx, deals, "2")
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector(%q).value === "2"`, deals), "the deals typed are not shown")
		do(t, ctx, chromedp.Sleep(300e6)) // the typed values recorded as steps
		do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
		want := map[string]string{
			"ja": "手入力の値をファイルの値で置き換えました: 2026年12月の売上 150万円→0円、2026年12月の受注件数 2→0。「元に戻す」で戻せます。",
			"en": "Replaced values typed by hand with the file's: Dec 2026 revenue ¥1,500,000 → ¥0, Dec 2026 deals won 2 → 0. Undo brings them back.",
		}[lang]
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-import="result"] p').textContent.includes(%q)`, want),
			"the import does not name the values it replaced: "+text(t, ctx, `[data-import="result"] p`))
		if v := eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%q).value`, deals)); v != "0" {
			t.Errorf("after the import December's deals read %q, want the file's 0", v)
		}
		eval[bool](t, ctx, `(document.querySelector('[data-import="result"]').scrollIntoView({block: "center"}), true)`)
		screenshot(t, ctx, "year2-hand-"+lang)
		eval[bool](t, ctx, `(document.querySelector('#undo').click(), true)`)
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector(%q).value === "2"`, deals), "Undo did not bring back the 2 deals typed")
		if v := eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%q).value`, rev)); !strings.Contains(strings.ReplaceAll(v, ",", ""), "1500000") && !strings.Contains(v, "150") {
			t.Errorf("after Undo December's revenue reads %q, want the 1,500,000 typed", v)
		}
	})
}

// trackedYear opens the sales manager's scenario (testdata/year2/team.yaml:
// 12 reps, ¥120M, no cadence set) in a browser of the test's own, in
// language lang, on 7 December 2026, and imports its year to date.
func trackedYear(t *testing.T, url, lang string) context.Context {
	t.Helper()
	ctx := browser(t)
	day := time.Date(2026, 12, 7, 10, 0, 0, 0, time.Local)
	beforeScripts(t, ctx, fmt.Sprintf(clockJS, time.Until(day).Milliseconds()))
	navigate(t, ctx, url+"/")
	ready(t, ctx)
	pickLang(t, ctx, lang)
	yaml, _ := filepath.Abs("testdata/year2/team.yaml")
	data, err := os.ReadFile(yaml)
	if err != nil {
		t.Fatal(err)
	}
	offerFile(t, ctx, yaml, data, true)
	waitFor(t, ctx, `document.querySelector('.share-message') !== null`, "opening the scenario said nothing")
	if msg := text(t, ctx, `.share-message`); !strings.Contains(msg, "team.yaml") || eval[string](t, ctx, `document.querySelector('.share-message').dataset.alert || ''`) == "true" {
		t.Fatalf("opening the scenario: %s", msg)
	}
	csv, _ := filepath.Abs("testdata/year2/totals.csv")
	do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{csv}))
	waitFor(t, ctx, `document.querySelector('[data-refit="achievement"]')?.textContent.trim() === "77.53%"`,
		"the year to date is not 77.53%: "+text(t, ctx, `[data-refit="achievement"]`))
	return ctx
}

// On a phone (390×844) the months table of 「実績と見通し」 fits its card,
// each month's figures under their heads' names (it was 684 px wide in
// 336, its totals and achievement off to the side with no hint), and a
// review card of a KPI without a cadence shows no 「計測タイミング」 over
// nothing (a sales manager's item 9).
func TestBrowserYearOnPhone(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	for _, lang := range []string{"ja", "en"} {
		t.Run(lang, func(t *testing.T) {
			ctx := trackedYear(t, srv.URL, lang)
			for _, size := range []struct{ w, h int64 }{{390, 844}, {1280, 720}} {
				do(t, ctx, chromedp.EmulateViewport(size.w, size.h))
				do(t, ctx, chromedp.Sleep(400*time.Millisecond))
				eval[bool](t, ctx, `(d => d.open || (d.querySelector('summary').click(), true))(document.querySelector('details.refit-months'))`)
				waitFor(t, ctx, `document.querySelector('details.refit-months').open`, "the months did not unfold")
				wide := eval[string](t, ctx, `(t => t.scrollWidth > t.parentElement.clientWidth + 1 ? t.scrollWidth + " px in " + t.parentElement.clientWidth : "")(document.querySelector('table.refit-table'))`)
				if wide != "" && size.w == 390 {
					t.Errorf("at %d px the months table is %s", size.w, wide)
				}
				// What the months left take stacks each KPI's figures too.
				wide = eval[string](t, ctx, `(t => !t ? "missing" : t.scrollWidth > t.parentElement.clientWidth + 1 ? t.scrollWidth + " px in " + t.parentElement.clientWidth : "")(document.querySelector('table.catchup-table'))`)
				if wide == "missing" || wide != "" && size.w == 390 {
					t.Errorf("at %d px the table of the months left is %s", size.w, wide)
				}
				empty := eval[[]string](t, ctx, `[...document.querySelectorAll('table.review-table td')].filter(td => td.textContent.trim() === "" && td.getClientRects().length > 0 &&
					getComputedStyle(td, "::before").content !== "none").map(td => td.closest('tr').dataset.review)`)
				if size.w == 390 && len(empty) > 0 {
					t.Errorf("at %d px the review shows an empty label in %v", size.w, empty)
				}
				eval[bool](t, ctx, `(document.querySelector('details.refit-months').scrollIntoView({block: "start"}), true)`)
				screenshot(t, ctx, fmt.Sprintf("year2-months-%s-%d", lang, size.w))
				eval[bool](t, ctx, `(document.querySelector('.review').scrollIntoView({block: "start"}), true)`)
				screenshot(t, ctx, fmt.Sprintf("year2-review-%s-%d", lang, size.w))
			}
		})
	}
}

// The handout printed once there are actuals holds the year's tracking:
// 「実績と見通し」 with its achievement, gap, re-forecast, notes and every
// month of its months table, folded or not, in the page's language. It
// was off paper (web/app.css hid .year), and a handout dated 7 December
// said only the April plan's 五分五分 (a sales manager's item 3). The
// review's own print stays the review alone.
func TestBrowserYearPrinted(t *testing.T) {
	needBrowser(t)
	needPoppler(t)
	srv := serve(t, "/")
	for _, lang := range []string{"ja", "en"} {
		t.Run(lang, func(t *testing.T) {
			ctx := trackedYear(t, srv.URL, lang)
			want := eval[[]string](t, ctx, `[document.querySelector('.refit h2'), ...document.querySelectorAll('[data-refit="achievement"], [data-refit="gap"], [data-refit="prob"], [data-refit="pace"], [data-refit="partial"], details.refit-months summary, table.refit-table tbody th, [data-refit="catchup"] h3, table.catchup-table tbody th')]
				.map(e => e.textContent.trim()).filter(s => s !== "")`)
			if len(want) < 12 {
				t.Fatalf("the page shows too little to check: %q", want)
			}
			data := printPDF(t, ctx)
			keep(t, data, "year2-handout-"+lang+".pdf")
			pages, text := readPDF(t, data)
			t.Logf("%s: %d pages", lang, pages)
			for _, w := range want {
				if r := []rune(w); len(r) > 24 {
					w = string(r[:24]) // a note wraps, and pdftotext places a wrapped line's runs by their baselines
				}
				if !containsRuns(text, w) {
					t.Errorf("the handout lacks %q", w)
				}
			}
			if blank := blankPages(t, data); len(blank) > 0 {
				t.Errorf("pages %v of %d are blank", blank, pages)
			}
			// The review's Print: the review alone, as before.
			eval[bool](t, ctx, `(document.documentElement.dataset.print = "review", true)`)
			data = printPDF(t, ctx)
			eval[bool](t, ctx, `(delete document.documentElement.dataset.print, true)`)
			_, text = readPDF(t, data)
			if review := text2(t, ctx, `.review h2`); !containsRuns(text, review) || containsRuns(text, want[0]+want[1]) {
				t.Errorf("the review's print: %q", text)
			}
		})
	}
}

// text2 is text, squeezed as readPDF's text is.
func text2(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return squeeze(text(t, ctx, sel))
}
