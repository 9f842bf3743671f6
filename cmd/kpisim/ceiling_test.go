//go:build !wasm

package main

import (
	"strings"
	"testing"
)

// Calls planned at 1,000,000 a rep a day, over the ceiling of 100, while
// the requirement, 41.7, is within it: calc and forecast said "Within the
// ceiling of 100 a rep a day in every month." and then "Calls: planned at
// 1,000,000 a rep a day, over the ceiling of 100 a rep a day". The first
// now says it is about the requirement, so that both are true, in both
// languages.
func TestCeilingSentencesAgree(t *testing.T) {
	for _, c := range []struct {
		name, lang, within, over, never string
	}{
		{"English", "en", "The requirement for calls is within the ceiling of 100 a rep a day in every month.",
			"Calls: planned at 1,000,000 a rep a day, over the ceiling of 100 a rep a day", "Within the ceiling"},
		{"Japanese", "ja", "架電数の必要量は、どの月も上限の1人1日100件以内です。",
			"計画の架電数（1人1日1,000,000件）は上限の1人1日100件を超えています。", "どの月も上限の1人1日100件以内です。"},
	} {
		for _, cmd := range []string{"calc", "forecast"} {
			t.Run(c.name+" "+cmd, func(t *testing.T) {
				out := mustRun(t, cmd, "-lang", c.lang, "-width", "400", "-set", "calls=1e6", "outbound")
				for _, want := range []string{c.within, c.over} {
					if !strings.Contains(out, want) {
						t.Errorf("no %q in:\n%s", want, out)
					}
				}
				for _, line := range strings.Split(out, "\n") {
					if strings.HasPrefix(line, c.never) {
						t.Errorf("a line says the ceiling without saying of what: %q", line)
					}
				}
			})
		}
	}
}
