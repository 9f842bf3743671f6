package ui

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// A refused file is named, with the line, the field and the rule, in the
// page's language.
func TestFileErrorNamesLineAndRule(t *testing.T) {
	data := []byte("version: 1\ncurrency: JPY\ngoal: {node: revenue, value: -5, period: year}\nnodes:\n  - id: revenue\n    unit: currency\n    value: 10\n")
	_, err := scenario.Parse(data, "")
	if err == nil {
		t.Fatal("a negative goal parsed")
	}
	en, ja := fileError(i18n.En, "bad.yaml", err), fileError(i18n.Ja, "bad.yaml", err)
	for _, c := range []struct{ lang, got, want string }{
		{"en", en, "bad.yaml could not be opened. Your work is unchanged."},
		{"en", en, "line 3"},
		{"en", en, "goal"},
		{"ja", ja, "bad.yaml を開けませんでした"},
		{"ja", ja, "3行目"},
	} {
		if !strings.Contains(c.got, c.want) {
			t.Errorf("%s: %q lacks %q", c.lang, c.got, c.want)
		}
	}
	if got := fileError(i18n.En, "big.yaml", nil); !strings.Contains(got, "1 MiB") {
		t.Errorf("too large: %q", got)
	}
}
