//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// A large tree's list folds its branches: the KPI tree card of a company
// in 20 branches (141 nodes) was a list 9,000 px long, the explanation
// beside its top. Each branch is folded but the one holding the selected
// node, behind a button that says, in the page's language, how many nodes
// it holds; it unfolds and folds again, and the card passes axe-core. A
// node selected in the diagram is unfolded in the list.
func TestTreeListFolds(t *testing.T) {
	needAxe(t)
	file := filepath.Join(t.TempDir(), "branches.yaml")
	if err := os.WriteFile(file, []byte(branchesYAML()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, ctx := openSite(t)
	do(t, ctx, chromedp.SetUploadFiles(`#file-open`, []string{file}))
	waitFor(t, ctx, `document.querySelectorAll('.tree li').length > 1 && document.querySelectorAll('.tree li button.fold').length >= 20`,
		"the 20 branches' tree has no folds in its list")
	count := func() int { return eval[int](t, ctx, `document.querySelectorAll('.tree li').length`) }
	shown := count()
	if shown > 40 {
		t.Errorf("the list shows %d of 141 nodes, want the branches folded", shown)
	}
	if h := eval[float64](t, ctx, `document.querySelector('.tree-card').getBoundingClientRect().height`); h > 3000 {
		t.Errorf("the tree card is %.0f px tall", h)
	}
	fold := `document.querySelector('button.fold[data-fold-node="r_5"]')`
	for _, c := range []struct{ lang, unfold, fold string }{
		{"ja", "拠点5の売上の下を開く: 6 項目", "拠点5の売上の下を閉じる"},
		{"en", "Unfold the 6 nodes below Branch 5 revenue", "Fold the branches of Branch 5 revenue"},
	} {
		pickLang(t, ctx, c.lang)
		if got := eval[string](t, ctx, fold+`.getAttribute('aria-label') + " " + `+fold+`.getAttribute('aria-expanded') + " " + `+fold+`.textContent`); got != c.unfold+" false 6" {
			t.Errorf("%s: branch 5's button reads %q, want %q", c.lang, got, c.unfold+" false 6")
		}
		eval[bool](t, ctx, `(`+fold+`.click(), true)`)
		waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll('.tree li').length === %d`, shown+6), "branch 5 did not unfold")
		if got := eval[string](t, ctx, fold+`.getAttribute('aria-label') + " " + `+fold+`.getAttribute('aria-expanded')`); got != c.fold+" true" {
			t.Errorf("%s: branch 5's button reads %q unfolded, want %q", c.lang, got, c.fold+" true")
		}
		if got := eval[string](t, ctx, `[...document.querySelectorAll('.tree li')].map(li => li.querySelector('.node-box').dataset.tree).slice(0, 200).join(" ")`); !strings.Contains(got, "r_5 price_5 deals_5 close_5 opps_5 mrate_5 calls_5 r_6") {
			t.Errorf("%s: the list after unfolding branch 5 reads %s", c.lang, got)
		}
		eval[bool](t, ctx, `(document.querySelector('button.fold[data-fold-node="r_4"]').scrollIntoView({block: "start"}), true)`)
		screenshot(t, ctx, "tree-fold-"+c.lang)
		axeCheck(t, ctx, c.lang+", the 20 branches' tree list unfolded")
		eval[bool](t, ctx, `(`+fold+`.click(), true)`)
		waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll('.tree li').length === %d`, shown), "branch 5 did not fold again")
	}
	// A node selected in the diagram, in a branch folded in the list by
	// hand, is unfolded there, selected.
	fold7 := `document.querySelector('button.fold[data-fold-node="r_7"]')`
	eval[bool](t, ctx, `(`+fold7+`.click(), true)`)
	waitFor(t, ctx, `document.querySelector('[data-tree="deals_7"]') !== null`, "branch 7 did not unfold")
	eval[bool](t, ctx, `(`+fold7+`.click(), true)`)
	waitFor(t, ctx, `document.querySelector('[data-tree="deals_7"]') === null`, "branch 7 did not fold")
	eval[bool](t, ctx, `(document.getElementById('chart-tree').scrollIntoView({block: 'center'}), true)`)
	waitFor(t, ctx, `echarts.getInstanceByDom(document.getElementById('chart-tree'))?.getOption()?.series[0].data[0].children.length === 20`,
		"the diagram does not draw the 20 branches") // drawn when in sight (app/ui/sight.go)
	clickDiagramBox(t, ctx, "deals_7")
	waitFor(t, ctx, `document.querySelector('.tree .node.selected [data-tree="deals_7"]') !== null`, "the list does not show deals_7, selected in the diagram")
}
