package yaml

import (
	"regexp"
	"testing"
)

// kpisim's patch (PATCH.md): the hand matchers against the expressions
// they replace.
var (
	yamlStyleFloatRE = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)
	base60floatRE    = regexp.MustCompile(`^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`)
)

var matchCases = []string{
	"", "+", "-", ".", "1", "-1", "+.5", ".5", "5.", "5.5", "1e3", "1E-3", "1e", "1e+", ".e1", "1.5e10", "1.5e1.0",
	"1_000", "0x1F", "1:30", "-1:30", "1:3", "1:60", "1:59", "1:5:00", "1_0:20:30.5", "1:20.", "1:20.5_", "190:20:30.15",
	"1:2:3:4", ":30", "1::30", "1:300", "1:30.", "12:59.5", "1:5a", "25%", "1億", "1e8", "-.5e-1", " 1", "1 ",
}

func TestHandMatchers(t *testing.T) {
	for _, s := range matchCases {
		if got, want := isYAMLStyleFloat(s), yamlStyleFloatRE.MatchString(s); got != want {
			t.Errorf("isYAMLStyleFloat(%q) = %v, the expression says %v", s, got, want)
		}
		if got, want := isBase60FloatText(s), base60floatRE.MatchString(s); got != want {
			t.Errorf("isBase60FloatText(%q) = %v, the expression says %v", s, got, want)
		}
	}
}

func FuzzHandMatchers(f *testing.F) {
	for _, s := range matchCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isYAMLStyleFloat(s), yamlStyleFloatRE.MatchString(s); got != want {
			t.Errorf("isYAMLStyleFloat(%q) = %v, the expression says %v", s, got, want)
		}
		if got, want := isBase60FloatText(s), base60floatRE.MatchString(s); got != want {
			t.Errorf("isBase60FloatText(%q) = %v, the expression says %v", s, got, want)
		}
	})
}
