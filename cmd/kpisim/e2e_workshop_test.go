//go:build !wasm

package main

// Browser tests of issue 12 (workshops): the tree as a diagram.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// diagramBoxes is JS returning the diagram's boxes as ECharts holds them:
// id, parent id and label text, in tree order.
const diagramBoxes = `(() => {
	const inst = echarts.getInstanceByDom(document.getElementById('chart-tree'));
	if (!inst) return null;
	const out = [];
	const walk = (items, parent) => items.forEach(it => {
		out.push({id: it.id, parent: parent, text: it.label.formatter});
		walk(it.children || [], it.id);
	});
	walk(inst.getOption().series[0].data, '');
	return JSON.stringify(out);
})()`

type box struct {
	ID, Parent, Text string
}

func boxes(t *testing.T, ctx context.Context) []box {
	t.Helper()
	waitFor(t, ctx, diagramBoxes+` !== null`, "the tree diagram has no ECharts instance")
	var bs []box
	if err := json.Unmarshal([]byte(eval[string](t, ctx, diagramBoxes)), &bs); err != nil {
		t.Fatal(err)
	}
	return bs
}

// TestWorkshopDiagram: the diagram draws every node of the default preset
// once, under its parent, with its level and the model's required and
// forecast figures, in English and Japanese; a click on a box selects its
// node (the explanation follows), a second click folds its branches.
func TestWorkshopDiagram(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(srv.URL+"/"))
	ready(t, ctx)

	s, res := engine(t, "outbound", nil)
	m := res.Tree.Model
	for _, lang := range []i18n.Lang{i18n.En, i18n.Ja} {
		eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector('[data-lang=%q]').click(), true)`, lang))
		waitFor(t, ctx, fmt.Sprintf(`document.documentElement.lang === %q`, lang), "the language never switched")
		table := report.New(res, lang, s.Currency)
		want := table.Rows[0].Required[0].Text
		waitFor(t, ctx, diagramBoxes+fmt.Sprintf(`?.includes(%q)`, want), "the diagram never showed the goal's figure in "+string(lang))
		bs := boxes(t, ctx)
		if len(bs) != len(table.Rows) {
			t.Fatalf("%s: %d boxes, want %d", lang, len(bs), len(table.Rows))
		}
		for i, r := range table.Rows {
			b := bs[i]
			parent := ""
			if p := m.Parent(r.Index); p >= 0 {
				parent = m.Node(p).ID
			}
			if b.ID != r.ID || b.Parent != parent {
				t.Errorf("%s: box %d is %s under %q, want %s under %q", lang, i, b.ID, b.Parent, r.ID, parent)
			}
			level := map[int]string{0: "KGI", 1: "KFS"}[r.Depth]
			if level == "" {
				level = "KPI"
			}
			if !strings.Contains(b.Text, "|"+level+"}") || !strings.Contains(b.Text, "{name|"+r.Label+"}") {
				t.Errorf("%s: box %s lacks its level %s or label %q: %q", lang, r.ID, level, r.Label, b.Text)
			}
			if r.OnPath && !strings.Contains(b.Text, r.Required[0].Text+"}") {
				t.Errorf("%s: box %s lacks its required %q: %q", lang, r.ID, r.Required[0].Text, b.Text)
			}
			if r.Periodic() && !strings.Contains(b.Text, r.Forecast.Text+"}") {
				t.Errorf("%s: box %s lacks its forecast %q: %q", lang, r.ID, r.Forecast.Text, b.Text)
			}
			if p := m.Parent(r.Index); p >= 0 && m.Children(p)[0] != r.Index && !strings.Contains(b.Text, "{op|"+m.Node(p).Op.Symbol()+"}") {
				t.Errorf("%s: box %s lacks its edge's operator: %q", lang, r.ID, b.Text)
			}
		}
	}

	// Click a box where ECharts laid it out.
	clickBox := func(id string) {
		t.Helper()
		xy := eval[[]float64](t, ctx, fmt.Sprintf(`(() => {
			const el = document.getElementById('chart-tree'); el.scrollIntoView({block: 'center'});
			const inst = echarts.getInstanceByDom(el);
			const series = inst.getModel().getSeriesByIndex(0), data = series.getData(), box = series.layoutInfo;
			const i = [...Array(data.count()).keys()].find(k => data.getId(k) === %q);
			const l = data.getItemLayout(i); const r = el.getBoundingClientRect();
			return [r.left + box.x + l.x, r.top + box.y + l.y];
		})()`, id))
		do(t, ctx, chromedp.MouseClickXY(xy[0], xy[1]))
	}
	eval[bool](t, ctx, `(document.getElementById("chart-tree").scrollIntoView({block: "center"}), true)`)
	wshot(t, ctx, "diagram-ja-1280.png")
	clickBox("deals")
	waitFor(t, ctx, `document.querySelector('.tree .node.selected [data-tree="deals"]') !== null`, "a click on the deals box did not select deals")
	waitFor(t, ctx, `document.querySelector('.explain h3').textContent.includes('受注件数')`, "the explanation does not follow the diagram")
	// A second click on the selected first meetings box folds calls under it.
	clickBox("first_meetings")
	waitFor(t, ctx, `document.querySelector('.tree .node.selected [data-tree="first_meetings"]') !== null`, "no select")
	clickBox("first_meetings")
	waitFor(t, ctx, `echarts.getInstanceByDom(document.getElementById('chart-tree')).getOption().series[0].data[0].children.flatMap(function f(c){return [c, ...(c.children||[]).flatMap(f)]}).find(c => c.id === 'first_meetings').collapsed === true`,
		"a second click did not fold the selected box")
}

// wshot saves a screenshot of the viewport under $KPISIM_SHOTS, when set, to
// look at.
func wshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("KPISIM_SHOTS")
	if dir == "" {
		return
	}
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}
