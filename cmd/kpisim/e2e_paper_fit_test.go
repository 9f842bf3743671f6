//go:build !wasm

package main

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// On paper (the print media, an A4 page's 794 CSS pixels), the forecast
// card's figures stay inside it, in both languages: "Gap to goal
// +$792,960 (+3" ran past the card's edge in English, the figures kept on
// one line beside a label kept on one.
func TestForecastCardOnPaper(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		setLever(t, ctx, "calls", "200")
		waitFor(t, ctx, `Number(document.querySelector('.card.forecast [data-node="gap"]')?.dataset.value) > 1e8`, "the gap never read")
		do(t, ctx, chromedp.EmulateViewport(794, 1123))
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
		defer chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
		out := eval[[]string](t, ctx, `(() => { const card = document.querySelector('.card.forecast'), edge = card.getBoundingClientRect().right;
			return [...card.querySelectorAll('dd > [data-value]')].filter(el => [...el.getClientRects()].some(r => r.right > edge + 0.5)).map(el => el.textContent) })()`)
		if len(out) > 0 {
			t.Errorf("on paper, %q runs past the forecast card's edge", out)
		}
	})
}
