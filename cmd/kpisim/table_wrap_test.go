//go:build !wasm

package main

import (
	"slices"
	"testing"
)

// A Japanese label wraps at its bracket when its parts fit (年間契約額／
// （ACV）), not mid-word (年間契約／額（ACV）); other labels wrap evenly.
func TestWrapCellAtBrackets(t *testing.T) {
	for _, c := range []struct {
		name, cell string
		n          int
		want       []string
	}{
		{"at the bracket", "      年間契約額（ACV）", 18, []string{"      年間契約額", "      （ACV）"}},
		{"at the bracket, its part the width", "リード獲得単価（CPA）", 14, []string{"リード獲得単価", "（CPA）"}},
		{"a part too wide: even lines", "リード獲得単価（CPA）", 10, []string{"リード獲", "得単価", "（CPA）"}},
		{"fits whole", "初回商談数（アポ）", 20, []string{"初回商談数（アポ）"}},
		{"no bracket", "マーケティング予算", 12, []string{"マーケティ", "ング予算"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := wrapCell(c.cell, c.n); !slices.Equal(got, c.want) {
				t.Errorf("wrapCell(%q, %d) = %q, want %q", c.cell, c.n, got, c.want)
			}
		})
	}
}
