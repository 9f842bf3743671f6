//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// Sales velocity, a tree of levels (open opportunities, a weighted
// pipeline) and no activity lever: its required table holds the answer
// (60 opportunities) in the year's column, and the activity chart and
// the funnel, which have nothing to draw, show their notes in place of
// empty axes; another preset draws both again at their size. The table
// had held the revenue alone, and two empty charts looked broken on a
// projector.
func TestVelocityPage(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	for _, lang := range []i18n.Lang{i18n.En, i18n.Ja} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := openIn(t, srv, lang)
			pickPreset(t, ctx, "velocity")
			waitFor(t, ctx, `document.querySelector('.required [data-node="opportunities"][data-period="value"]') !== null`,
				"the required table has no row of opportunities")
			row := eval[[]string](t, ctx, `[...document.querySelector('.required [data-node="opportunities"]').closest('tr').children].map(c => c.textContent)`)
			head := eval[string](t, ctx, `document.querySelector('.headline [data-node="opportunities"], [data-output="headline"] [data-node="opportunities"]')?.textContent ?? ""`)
			if len(row) < 3 || row[1] != "60" || strings.Join(row[2:], "") != "" {
				t.Errorf("opportunities' row %q: want 60 in the year's column and the rest empty", row)
			}
			if head != "" && head != row[1] {
				t.Errorf("the headline reads %q, the table %q", head, row[1])
			}
			for _, id := range []string{"chart-activity", "chart-funnel"} {
				shown := eval[bool](t, ctx, `(() => { const el = document.getElementById("`+id+`"); return el.getClientRects().length > 0 })()`)
				note := eval[string](t, ctx, `document.getElementById("`+id+`").closest('.card').querySelector('.tornado-note')?.textContent ?? ""`)
				png := eval[bool](t, ctx, `document.getElementById("`+id+`").closest('.card').querySelector('.download').getClientRects().length > 0`)
				if shown || png || note == "" {
					t.Errorf("%s shown %v (its PNG button %v) beside its note %q: want the note alone", id, shown, png, note)
				}
			}
			pickPreset(t, ctx, "outbound")
			eval[bool](t, ctx, `(document.getElementById("chart-activity").scrollIntoView(), true)`)
			for _, id := range []string{"chart-activity", "chart-funnel"} {
				waitFor(t, ctx, `document.getElementById("`+id+`").closest('.card').querySelector('.download').getClientRects().length > 0`,
					id+": no PNG button after another preset")
				waitFor(t, ctx, `(() => { const el = document.getElementById("`+id+`"), c = window.echarts?.getInstanceByDom(el);
					return !!c && el.clientHeight > 100 && Math.abs(c.getHeight() - el.clientHeight) <= 1 && Math.abs(c.getWidth() - el.clientWidth) <= 1 })()`,
					id+" is not drawn at its size after another preset")
			}
		})
	}
}
