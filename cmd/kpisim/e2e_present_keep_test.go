//go:build !wasm

package main

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"
)

// presentHidden opens the presentation (?present) with every figure
// hidden and goes to its fifth step, the deals: a figure the room guesses.
func presentHidden(t *testing.T, ctx context.Context) {
	t.Helper()
	navigate(t, ctx, eval[string](t, ctx, `location.origin`)+"/?present")
	waitFor(t, ctx, `document.querySelector('[data-present="count"]') !== null`, "?present did not open the mode")
	eval[bool](t, ctx, `(document.querySelector('[data-present="hide-all"]').click(), true)`)
	for range 4 {
		key(t, ctx, kb.ArrowRight)
	}
	waitFor(t, ctx, `document.querySelector('[data-present="count"]').textContent.startsWith("5 / ")`, "→ did not reach the fifth step")
}

// The room's game survives a reload (the venue's Wi-Fi dropped, F5): every
// figure hidden, a guess revealed at the deals' step, then a reload; the
// mode opens at that step with the deals revealed, the tally at one guess,
// and the next step's opportunities still "?". A reload had shown every
// hidden answer on the projector and counted from nought.
func TestPresentGameSurvivesReload(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, _ string) {
		presentHidden(t, ctx)
		if got := figureOf(t, ctx, "deals"); got != "?" {
			t.Fatalf("the deals' step shows %q with every figure hidden", got)
		}
		eval[bool](t, ctx, `(() => { const el = document.querySelector('[data-present="guess"]'); el.focus(); el.value = "90"; el.dispatchEvent(new Event('input', {bubbles: true})); return true })()`)
		key(t, ctx, kb.Enter)
		waitFor(t, ctx, `document.querySelector('[data-present="result"]') !== null`, "the guess was not revealed")
		deals := figureOf(t, ctx, "deals")
		reload(t, ctx)
		waitFor(t, ctx, `document.querySelector('[data-present="count"]')?.textContent.startsWith("5 / ")`, "a reload did not open the mode at its step")
		if got := figureOf(t, ctx, "deals"); got != deals || got == "?" {
			t.Errorf("after the reload the deals read %q, revealed %q before it", got, deals)
		}
		if got := eval[string](t, ctx, `document.querySelector('[data-present="tally"]')?.textContent ?? ""`); !strings.ContainsRune(got, '1') {
			t.Errorf("after the reload the tally reads %q, want one guess", got)
		}
		key(t, ctx, kb.ArrowRight)
		waitFor(t, ctx, `document.querySelector('[data-present="count"]').textContent.startsWith("6 / ")`, "→ did not advance")
		if got := figureOf(t, ctx, "opportunities"); got != "?" {
			t.Errorf("after the reload the opportunities read %q, hidden before it", got)
		}
	})
}
