package app

import (
	"html"
	"slices"
	"strings"
	"testing"
)

// kpisim's patch (PATCH.md change 5): the HTML and the signature a prepared
// subtree is written as, and what HTML cannot say. The browser's side (the
// parse, the page the same either way) is kpisim's TestMountFromHTML.

type spanCompo struct {
	Compo
	Label string
}

func (c *spanCompo) Render() UI { return Span().Text(c.Label) }

func TestHTMLEncoder(t *testing.T) {
	for _, tc := range []struct {
		name      string
		ui        UI
		html, sig string
		fill      []string // texts written as a marker whose value follows
	}{
		{
			name: "escaped text and attribute",
			ui:   Div().Title(`a "b" <c> & d`).Text("x < y & z > w"),
			html: `<div title="a &quot;b&quot; &lt;c&gt; &amp; d">x &lt; y &amp; z &gt; w</div>`,
			sig:  "div # )",
		},
		{
			name: "texts the parse would merge or lose",
			ui:   P().Body(Text("a"), Text("b"), Text(""), B().Text("c"), Text("")),
			html: `<p>a<!--t--><!--t--><b>c</b><!--t--></p>`,
			sig:  "p # # # b # ) # )",
			fill: []string{"b"},
		},
		{
			name: "a component's text next to a text",
			ui:   Div().Body(Text("a"), &spanCompo{Label: "b"}, Text("c")),
			html: `<div>a<span>b</span>c</div>`,
			sig:  "div # span # ) # )",
		},
		{
			name: "properties left out, set once the node is there",
			ui:   Input().Type("checkbox").Checked(false),
			html: `<input type="checkbox"/>`,
			sig:  "input )",
		},
		{
			name: "raw HTML is not walked",
			ui:   Div().Body(Raw(`<svg viewBox="0 0 1 1"><path d="M0 0"></path></svg>`)),
			html: `<div><svg viewBox="0 0 1 1"><path d="M0 0"></path></svg></div>`,
			sig:  "div ! )",
		},
		{
			name: "a pre keeps its first newline",
			ui:   Pre().Text("\nx"),
			html: "<pre>\n\nx</pre>",
			sig:  "pre # )",
		},
		{
			name: "a carriage return kept",
			ui:   Span().Text("a\r\nb"),
			html: "<span>a&#13;\nb</span>",
			sig:  "span # )",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := encodeForTest(t, tc.ui)
			if !e.ok {
				t.Fatalf("refused")
			}
			if got := e.html.String(); got != tc.html {
				t.Errorf("html\n got %s\nwant %s", got, tc.html)
			}
			if got := e.sig.String(); got != tc.sig {
				t.Errorf("sig\n got %s\nwant %s", got, tc.sig)
			}
			var fill []string
			for _, f := range e.fill {
				fill = append(fill, f.value)
			}
			if !slices.Equal(fill, tc.fill) {
				t.Errorf("fill = %q, want %q", fill, tc.fill)
			}
		})
	}
}

func TestHTMLEncoderRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		ui   UI
	}{
		{"raw text element", Div().Body(Textarea().Text("x"))},
		{"script", Div().Body(Script().Text("x"))},
		{"foreign content", Div().Body(Elem("svg"))},
		{"upper-case tag", Elem("Foo")},
		{"attribute name HTML would change", Div().Attr("onClick", "x")},
		{"attribute name HTML cannot hold", Div().Attr(`a"b`, "x")},
		{"NUL in a text", Div().Text("a\x00b")},
		{"NUL in an attribute", Div().Title("a\x00b")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if e := encodeForTest(t, tc.ui); e.ok {
				t.Errorf("encoded as %s", e.html.String())
			}
		})
	}
}

// encodeForTest prepares ui as a mount does and encodes it.
func encodeForTest(t *testing.T, ui UI) *struct {
	htmlEncoder
	ok bool
} {
	t.Helper()
	eng := NewTestEngine().(*engineX)
	ctx := eng.baseContext()
	v, n, err := eng.nodes.prepare(ctx, 1, ui)
	if err != nil {
		t.Fatal(err)
	}
	if n < 1 {
		t.Fatalf("%d nodes", n)
	}
	r := &struct {
		htmlEncoder
		ok bool
	}{htmlEncoder: htmlEncoder{ctx: ctx}}
	prev := false
	r.ok = r.encode(v, &prev)
	return r
}

// What writeEscaped writes reads back as what it was given.
func FuzzWriteEscaped(f *testing.F) {
	for _, s := range []string{"", "plain", `a "b" <c> & d`, "a\r\nb", "&amp;", "日本語 ¥1,000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		if !writeEscaped(&b, s) {
			if !strings.ContainsRune(s, 0) {
				t.Fatalf("refused %q, which holds no NUL", s)
			}
			return
		}
		out := b.String()
		if strings.ContainsAny(out, "<>\"\r") {
			t.Fatalf("%q written as %q: a character the parse reads as markup or changes is left", s, out)
		}
		if got := html.UnescapeString(out); got != s {
			t.Fatalf("%q written as %q reads back as %q", s, out, got)
		}
	})
}
