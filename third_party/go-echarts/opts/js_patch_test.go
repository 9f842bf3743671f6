package opts

import (
	"regexp"
	"testing"
)

// kpisim's patch (PATCH.md): the string functions against the regular
// expressions they replace.
var (
	newlineTabRE = regexp.MustCompile(`\n|\t`)
	commentRE    = regexp.MustCompile(`(//.*)\n`)
)

var jsCases = []string{
	"", "function (x) { return x; }", "a\tb\nc", "// all\n", "x // y\nz // w\nq", "x // no end", "//\n//\n", "a//b//c\nd",
	"url('http://x') // c\n", "\n\t\n", "x //\ty\r\nz",
}

func TestPatchedFuncs(t *testing.T) {
	for _, s := range jsCases {
		if got, want := newlineTab.Replace(s), newlineTabRE.ReplaceAllString(s, ""); got != want {
			t.Errorf("newlineTab(%q) = %q, the expression gives %q", s, got, want)
		}
		if got, want := stripLineComments(s), commentRE.ReplaceAllString(s, ""); got != want {
			t.Errorf("stripLineComments(%q) = %q, the expression gives %q", s, got, want)
		}
	}
}

func FuzzPatchedFuncs(f *testing.F) {
	for _, s := range jsCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := newlineTab.Replace(s), newlineTabRE.ReplaceAllString(s, ""); got != want {
			t.Errorf("newlineTab(%q) = %q, the expression gives %q", s, got, want)
		}
		if got, want := stripLineComments(s), commentRE.ReplaceAllString(s, ""); got != want {
			t.Errorf("stripLineComments(%q) = %q, the expression gives %q", s, got, want)
		}
	})
}
