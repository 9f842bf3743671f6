//go:build !wasm

package main

import (
	"strings"
	"testing"
)

// The exact value under the headline writes an amount to the hundredth of
// its unit, as kpisim calc's summary does (report.Headline.Exact): solved
// for the deal size, outbound read 「正確な値 1,041,666.666667円」 on the
// page and 「正確には 1,041,666.666667円」 in calc.
func TestBrowserExactMoney(t *testing.T) {
	ctx := readyApp(t)
	pickPreset(t, ctx, "outbound")
	setControl(t, ctx, "solve", "unit_price")
	waitFor(t, ctx, `document.querySelector('.headline .big-number')?.dataset.node === "unit_price"`, "solve for the deal size did not take")
	for _, c := range []struct{ lang, page, cli string }{
		{"ja", "正確な値 1,041,666.67円　計画 100万円", "（正確には 1,041,666.67円、計画 100万円）"},
		{"en", "exact ¥1,041,666.67 · planned ¥1,000,000", "(exact ¥1,041,666.67, planned ¥1,000,000)"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			pickLang(t, ctx, c.lang)
			waitText(t, ctx, ".headline .big + .muted", c.page)
			if out := mustRun(t, "calc", "-solve", "unit_price", "-lang", c.lang, "outbound"); !strings.Contains(out, c.cli) {
				t.Errorf("calc does not say %q:\n%s", c.cli, out)
			}
		})
	}
}
