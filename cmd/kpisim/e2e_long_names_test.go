//go:build !wasm

package main

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestLongNamesStayInTheirPlace: names as long as a team gives them stay
// in their place. In the comparison's table of what each period requires,
// the columns' names were set on one line each, ran into one another and
// were cut at the card's edge; a tree's name of 80 characters (the most the
// editor takes) widened the header's menu past the window, and the page
// scrolled sideways (a team's items 1 and 4).
func TestLongNamesStayInTheirPlace(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		names := map[string][2]string{
			"en": {"Aiko: close rate 35% with new checklist", "Ken: 55 calls a day (Minato & Shibuya)"},
			"ja": {"東京オフィス2027年度エンタープライズ中堅企業向け新規開拓計画", "健の対案：港区と渋谷区で1日55件の架電"},
		}[lang]
		for i, c := range []struct{ rate string }{{"35"}, {"28"}} {
			setLever(t, ctx, "close_rate", c.rate)
			saveMineAs(t, ctx, names[i])
			eval[bool](t, ctx, mineItem(names[i], ".mine-compare input")+`.click() ?? true`)
		}
		setLever(t, ctx, "close_rate", "27")
		eval[bool](t, ctx, `(document.querySelector('details.compare').open = true, document.getElementById("compare-run").click(), true)`)
		const heads = `[...document.querySelectorAll('.compare-required thead th[data-compare-col]')]`
		waitFor(t, ctx, heads+`.length >= 3`, "the required table does not compare the two")
		// Each name is within its own column: no head's text runs past
		// its cell into the next.
		over := eval[string](t, ctx, heads+`.filter(th => { const n = th.querySelector('.compare-name') ?? th; const r = n.getBoundingClientRect(), c = th.getBoundingClientRect(); return n.scrollWidth > n.clientWidth + 1 || r.right > c.right + 1 || r.left < c.left - 1 }).map(th => th.textContent).join(" | ")`)
		if over != "" {
			t.Errorf("names run out of their columns: %s", over)
		}

		// A tree's name of 80 characters, at 1280 and 1024 pixels.
		title := strings.Repeat(map[string]string{"en": "Tokyo FY2027 enterprise plan ", "ja": "東京オフィス2027年度エンタープライズ中堅企業向け"}[lang], 4)
		title = string([]rune(title)[:80])
		editorOpen(t, ctx)
		editField(t, ctx, "title_"+lang, title)
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('#scenario option:checked')?.textContent === %q`, title), "the tree's name did not take")
		for _, w := range []int64{1280, 1024} {
			do(t, ctx, chromedp.EmulateViewport(w, 720))
			do(t, ctx, chromedp.Sleep(200e6))
			if sw := eval[int](t, ctx, `document.documentElement.scrollWidth`); sw > int(w) {
				t.Errorf("at %d pixels the page is %d wide with the tree's name in the header", w, sw)
			}
		}
	})
}
