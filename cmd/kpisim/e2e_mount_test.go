//go:build !wasm

package main

import (
	"strings"
	"testing"
)

// createNodesJS runs before the page's scripts and takes goappMountHTML
// away once they have run (before app.wasm starts), so that go-app creates
// every node one by one, as it did before PATCH.md change 5.
const createNodesJS = `document.addEventListener("DOMContentLoaded", () => {
	window.__tookMountHTML = typeof window.goappMountHTML === "function";
	window.goappMountHTML = undefined;
});`

// pageNodesJS lists the page's body node by node, one line each:
// elements with their attributes sorted (the order of go-app's attribute
// map is random) and the state of form fields (a property, not an
// attribute), texts, comments. The charts' insides and ECharts' id for
// each are left out: they are ECharts', not the mount's.
const pageNodesJS = `(() => {
	const out = [];
	const walk = (n) => {
		switch (n.nodeType) {
		case Node.TEXT_NODE: out.push(JSON.stringify(n.nodeValue)); return;
		case Node.COMMENT_NODE: out.push("<!--" + n.data + "-->"); return;
		case Node.ELEMENT_NODE: break;
		default: return;
		}
		const attrs = [...n.attributes].filter(a => a.name !== "_echarts_instance_").map(a => a.name + "=" + JSON.stringify(a.value)).sort();
		if (n.matches("input, select, textarea")) attrs.push("(value=" + JSON.stringify(n.value) + " checked=" + n.checked + ")");
		if (n.matches("option")) attrs.push("(selected=" + n.selected + ")");
		out.push("<" + n.localName + " " + attrs.join(" ") + ">");
		if (!n.matches(".chart, .diagram")) for (const c of n.childNodes) walk(c);
		out.push("</" + n.localName + ">");
	};
	walk(document.body);
	return out.join("\n");
})()`

// The page is mounted from HTML (go-app PATCH.md change 5: a large subtree
// written as one string, parsed by the browser in one call): every such
// mount is taken, none refused, and the page comes out node for node, with
// every attribute and text, as when go-app creates each node, in both
// languages and with the scenario editor open.
func TestMountFromHTML(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	type stats struct{ Mounted, Nodes, Refused int }
	load := func(t *testing.T, fromHTML bool, lang string) (string, stats) {
		ctx := browser(t)
		if !fromHTML {
			beforeScripts(t, ctx, createNodesJS)
		}
		navigate(t, ctx, srv.URL+"/")
		ready(t, ctx)
		pickLang(t, ctx, lang)
		reload(t, ctx)
		// Ready, every chart drawn and the Monte Carlo workers loaded: the
		// attributes <body> carries once the page has started.
		waitFor(t, ctx, `document.body?.dataset.ready === "true" && document.body.dataset.drawn === "true" && document.body.hasAttribute("data-workers")`, "the page did not come back")
		editorOpen(t, ctx)
		html := eval[string](t, ctx, pageNodesJS)
		var s stats
		if fromHTML {
			s = eval[stats](t, ctx, `({Mounted: goappMountHTML.mounted, Nodes: goappMountHTML.nodes, Refused: goappMountHTML.refused})`)
		} else if !eval[bool](t, ctx, `window.__tookMountHTML === true && window.goappMountHTML === undefined`) {
			t.Fatal("goappMountHTML was not taken away before the app started: the page would not be built node by node")
		}
		return html, s
	}
	// In Japanese alone (CI's time is short): the mount takes the same
	// nodes in either language, and Japanese has the multi-byte text.
	for _, lang := range []string{"ja"} {
		t.Run(lang, func(t *testing.T) {
			got, s := load(t, true, lang)
			if s.Mounted == 0 || s.Nodes < 1000 || s.Refused != 0 {
				t.Errorf("mounts from HTML: %+v, want some (the page's first mount alone has over a thousand nodes) and none refused", s)
			}
			want, _ := load(t, false, lang)
			if got != want {
				g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
				i := 0
				for i < len(g) && i < len(w) && g[i] == w[i] {
					i++
				}
				t.Errorf("the page mounted from HTML differs from the page go-app creates node by node at node %d of %d:\nfrom HTML:  %s\none by one: %s",
					i, len(w), at(g, i), at(w, i))
			}
			if !strings.Contains(got, `data-node="revenue"`) {
				t.Errorf("the page has no revenue figure")
			}
		})
	}
}

// at is lines[i], or "(the end)".
func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(the end)"
}
