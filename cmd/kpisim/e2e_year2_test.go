package main

import (
	"context"
	"fmt"
	"strings"
	"testing"

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
