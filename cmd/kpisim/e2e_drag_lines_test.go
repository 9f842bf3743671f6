//go:build !wasm

package main

import (
	"context"
	"testing"
)

// While a slider is dragged, what waits for its release (the Monte Carlo
// run's band, word and spread, goal seek's value) is not shown beside the
// moved figures: a drag had shown "8 years in 10, revenue lands between
// ¥144,000,000 and ¥252,000,000" above a forecast of ¥74,400,000, and
// "likely". Released, they come back with the new value's.
func TestDragHidesWhatWaits(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		waitFor(t, ctx, `document.querySelector('[data-output="spread"]') !== null && document.querySelector('.ask-answer').textContent !== ""`, "no spread or goal seek before the drag")
		const shown = `["[data-output=spread]", ".prob-word", ".ask-answer"].map(s => (e => e ? getComputedStyle(e).visibility : "absent")(document.querySelector(s)))`
		if got := eval[[]string](t, ctx, shown); got[0] != "visible" || got[1] != "visible" || got[2] != "visible" {
			t.Fatalf("before the drag: %v", got)
		}
		// Two moves of the calls' slider without a release, 40 to 64 a rep
		// a day: a drag, past the goal.
		eval[bool](t, ctx, `(s => { for (const d of [8, 16]) { s.value = String(Number(s.value) + d); s.dispatchEvent(new Event("input", {bubbles: true})); } return true })(document.querySelector('[data-lever="calls"]').closest('.lever-inputs').querySelector('input[type=range]'))`)
		waitFor(t, ctx, `document.documentElement.hasAttribute("data-moving")`, "the drag did not mark the page")
		if got := eval[[]string](t, ctx, shown); got[0] != "hidden" || got[1] != "hidden" || got[2] != "hidden" {
			t.Errorf("during the drag the spread, the word and goal seek read %v, want hidden", got)
		}
		eval[bool](t, ctx, `(document.querySelector('[data-lever="calls"]').closest('.lever-inputs').querySelector('input[type=range]').dispatchEvent(new Event("change", {bubbles: true})), true)`)
		waitFor(t, ctx, `!document.documentElement.hasAttribute("data-moving") && `+shown+`.every(v => v === "visible")`, "released, the spread, the word and goal seek stay hidden")
		// The gap's colour follows its value, which a move patches, not
		// its class, which only a render writes: a drag past the goal
		// read +¥53,600,000 in the red of the value before it.
		colours := eval[[]string](t, ctx, `(() => {
			const dd = document.querySelector('.card.forecast dd:has([data-node="gap"])'), gap = dd.querySelector('[data-node="gap"]');
			const was = gap.dataset.value, out = [dd.className, getComputedStyle(dd).color];
			gap.dataset.value = was.startsWith("-") ? "1" : "-1"; // as a move to the other side writes it
			out.push(getComputedStyle(dd).color);
			gap.dataset.value = was;
			return out })()`)
		if colours[0] != "good" && colours[0] != "bad" || colours[1] == colours[2] {
			t.Errorf("the gap (class %q) reads %s, and %s with a value across the goal: its colour does not follow its value", colours[0], colours[1], colours[2])
		}
	})
}
