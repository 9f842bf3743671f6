//go:build !wasm

package main

import (
	"strings"
	"testing"
)

// -set forecast.new_team takes yes or no as the page's check box does, in
// words: true, yes, on, はい give what 1 gives, false, no, off, いいえ what
// 0 gives (a two-month cycle, so that the pipeline before the plan shows).
// A value it cannot read names the setting's rule in the language asked;
// it read "enter a number (such as 25%, …)".
func TestSetYesNo(t *testing.T) {
	plan := func(value string) string {
		t.Helper()
		out, errOut, code := runCmd("forecast", "-lang", "en", "-set", "forecast.lag_months=2", "-set", "forecast.new_team="+value, "outbound")
		if code != 0 {
			t.Fatalf("new_team=%s: exit %d: %s", value, code, errOut)
		}
		return out
	}
	yes, no := plan("1"), plan("0")
	if yes == no {
		t.Fatal("new_team=1 and 0 print the same plan")
	}
	for _, tc := range []struct {
		value string
		want  string
	}{{"true", yes}, {"yes", yes}, {"ON", yes}, {"はい", yes}, {"false", no}, {"no", no}, {"off", no}, {"いいえ", no}} {
		if plan(tc.value) != tc.want {
			t.Errorf("new_team=%s does not plan as its number does", tc.value)
		}
	}
	for _, tc := range []struct{ lang, value, want string }{
		{"en", "maybe", "-set forecast.new_team: must be 1 or yes (a new team, an empty pipeline), or 0 or no (an ongoing business)"},
		{"ja", "たぶん", "-set forecast.new_team: 1・yes・はい（新しいチーム: 商談の積み残しなし）か、0・no・いいえ（既存の事業）にしてください"},
		{"en", "2", "-set forecast.new_team: must be 1 or yes"},
	} {
		_, errOut, code := runCmd("calc", "-lang", tc.lang, "-set", "forecast.new_team="+tc.value, "outbound")
		if code != 2 || !strings.Contains(errOut, tc.want) || strings.Contains(errOut, "number") || strings.Contains(errOut, "数値") {
			t.Errorf("%s new_team=%s: exit %d, %q; want %q", tc.lang, tc.value, code, errOut, tc.want)
		}
	}
}
