package app

import (
	"bytes"
	"html"
	"testing"
)

// kpisim's patch (PATCH.md change 6): the encoder's escaper writes what
// html.EscapeString does.
func FuzzHTMLEscaper(f *testing.F) {
	for _, s := range []string{"", "plain", `a "b" <c> & d 'e'`, "&amp;", "日本語 ¥1,000", "\x00<\r\n>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b bytes.Buffer
		htmlEscaper.WriteString(&b, s)
		if want := html.EscapeString(s); b.String() != want {
			t.Fatalf("%q escaped as %q, html.EscapeString gives %q", s, b.String(), want)
		}
	})
}
