package scenario

import (
	"strings"
	"testing"
)

// yamlLine finds the line a YAML error names, as `line (\d+)` did.
func TestYAMLLine(t *testing.T) {
	tests := []struct {
		name, msg string
		line      int
		words     string
	}{
		{"at the start", "line 3: did not find expected key", 3, "line 3"},
		{"inside", "while parsing a block mapping at line 2, column 1", 2, "line 2"},
		{"the first with digits", "a line without, then line 12 and line 13", 12, "line 12"},
		{"none", "found character that cannot start any token", 0, ""},
		{"no digits", "line x: oops", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, at, n := yamlLine(tt.msg)
			if line != tt.line || tt.msg[at:at+n] != tt.words {
				t.Errorf("yamlLine(%q) = %d, %q; want %d, %q", tt.msg, line, tt.msg[at:at+n], tt.line, tt.words)
			}
		})
	}
	// A syntax error reads with its line, without the words repeated.
	_, err := Parse([]byte("id: x\ngoal: {node: revenue\nnodes: []\n"), "")
	if err == nil || !strings.HasPrefix(err.Error(), "line ") || strings.Contains(err.Error(), ": line ") {
		t.Errorf("a broken flow mapping: %v", err)
	}
}
