//go:build !wasm

package main

import (
	"strings"
	"testing"
)

// kpisim presets speaks as every other command does: titles in the
// language of -lang, else the locale's. "presets -lang en" had exited 2
// ("presets takes no arguments but -json"), and the list printed both
// languages whatever was asked.
func TestPresetsLang(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		locale string
		want   []string // the first and last lines
	}{
		{"-lang en in a Japanese locale", []string{"-lang", "en"}, "ja_JP.UTF-8",
			[]string{"outbound       Outbound sales (cold calls)", "velocity       Sales velocity"}},
		{"-lang=ja in an English locale", []string{"-lang=ja"}, "en_US.UTF-8",
			[]string{"outbound       新規開拓営業（テレアポ）", "velocity       セールスベロシティ"}},
		{"a Japanese locale", nil, "ja_JP.UTF-8",
			[]string{"outbound       新規開拓営業（テレアポ）", "velocity       セールスベロシティ"}},
		{"an English locale", nil, "en_US.UTF-8",
			[]string{"outbound       Outbound sales (cold calls)", "velocity       Sales velocity"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("LC_ALL", "")
			t.Setenv("LC_MESSAGES", "")
			t.Setenv("LANG", tc.locale)
			out, errOut, code := runCmd(append([]string{"presets"}, tc.args...)...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != 6 || lines[0] != tc.want[0] || lines[5] != tc.want[1] {
				t.Errorf("got\n%s\nwant 6 lines, from %q to %q", out, tc.want[0], tc.want[1])
			}
			if strings.Contains(out, " / ") {
				t.Errorf("both languages listed:\n%s", out)
			}
		})
	}
	// -json is the browser's form, both languages, whatever -lang says.
	for _, args := range [][]string{{"-json"}, {"-json", "-lang", "en"}, {"-lang", "ja", "-json"}} {
		out, errOut, code := runCmd(append([]string{"presets"}, args...)...)
		if code != 0 || !strings.Contains(out, `"ja": "新規開拓営業（テレアポ）"`) || !strings.Contains(out, `"en": "Outbound sales (cold calls)"`) {
			t.Errorf("presets %q: exit %d, %s, output %.80q", args, code, errOut, out)
		}
	}
	// What it does not take is said in the language asked.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-lang", "fr"}, `kpisim presets: -lang: want ja or en, not "fr"`},
		{[]string{"-lang", "ja", "outbound"}, `kpisim presets: presets に指定できるのは -lang と -json だけです（"outbound" は使えません）`},
		{[]string{"outbound", "-lang", "en"}, `kpisim presets: presets takes no arguments but -lang and -json (not "outbound")`},
	} {
		t.Setenv("LC_ALL", "")
		t.Setenv("LANG", "en_US.UTF-8")
		if _, errOut, code := runCmd(append([]string{"presets"}, tc.args...)...); code != 2 || strings.TrimSpace(errOut) != tc.want {
			t.Errorf("presets %q: exit %d, %q; want %q", tc.args, code, errOut, tc.want)
		}
	}
}
