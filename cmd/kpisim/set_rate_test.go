//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A rate typed over 1 without its % sign says how to write it, in -set as
// in a file: -set close_rate=25 said only "must be more than 0% and at
// most 100%" where validate of a file with 25 said "25 is more than 100%;
// write a rate as a percentage (25%) or a fraction (0.25)".
func TestSetRateSaysAsTheFile(t *testing.T) {
	good, err := os.ReadFile("../../scenarios/outbound.yaml")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "rate25.yaml")
	if err := os.WriteFile(file, []byte(strings.Replace(string(good), "value: 25%", "value: 25", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, lang, set, want string
	}{
		{"English", "en", "close_rate=25", "25 is more than 100%; write a rate as a percentage (25%) or a fraction (0.25)"},
		{"Japanese", "ja", "close_rate=25", "25は100%を超えています。率はパーセント（25%）か小数（0.25）で書いてください"},
		{"by its label", "en", "受注率=25", "25 is more than 100%; write a rate as a percentage (25%) or a fraction (0.25)"},
		{"a fraction of a percent", "en", "close_rate=1.3", "1.3 is more than 100%; write a rate as a percentage (1.3%) or a fraction (0.013)"},
		// Where no way of writing it holds, the rule alone: "１２３%" and
		// "1e+298" had been offered.
		{"full-width, over 100", "en", "close_rate=１２３", "１２３ is more than 100%; a rate is more than 0% and at most 100%"},
		{"an exponent, in Japanese", "ja", "close_rate=1e300", "1e300は100%を超えています。率は0%より大きく100%以下です"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, errOut, code := runCmd("calc", "-lang", c.lang, "-set", c.set)
			if code != 2 || !strings.Contains(errOut, "-set close_rate: "+c.want) {
				t.Errorf("-set %s: exit %d, %q; want exit 2 and %q", c.set, code, errOut, c.want)
			}
			if c.set != "close_rate=25" {
				return
			}
			out, errV, _ := runCmd("validate", "-lang", c.lang, file)
			if !strings.Contains(out+errV, "close_rate.value: "+c.want) {
				t.Errorf("validate says %q, want %q", out+errV, c.want)
			}
		})
	}
	// Within the rule, and a percentage over 100 %, read as before.
	if _, errOut, code := runCmd("calc", "-set", "close_rate=0.25"); code != 0 {
		t.Errorf("-set close_rate=0.25: %s", errOut)
	}
	if _, errOut, _ := runCmd("calc", "-lang", "en", "-set", "close_rate=150%"); !strings.Contains(errOut, "must be more than 0% and at most 100%") {
		t.Errorf("-set close_rate=150%%: %s", errOut)
	}
}
