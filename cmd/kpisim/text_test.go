//go:build !wasm

package main

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// TestWrapTextKinsoku: the CLI's Japanese wrap keeps a figure with its
// unit and starts no line with closing punctuation (kinsoku shori). It
// printed （目標との差 +1,590万 / 円）, a line starting 、達成率は…, and
// +2,162 / 万円）, which read as ¥2,162.
func TestWrapTextKinsoku(t *testing.T) {
	for _, c := range []struct {
		name string
		s    string
		n    int
		want []string
	}{
		{"a unit after 万", "着地見込み: 1.159億円 / 目標 1億円（目標との差 +1,590万円）", 34,
			[]string{"着地見込み: 1.159億円 / 目標 1億円", "（目標との差 +1,590万円）"}},
		{"a unit after a figure", "着地見込み: 1.159億円 / 目標 1億円（目標との差 +2,162万円）", 52,
			[]string{"着地見込み: 1.159億円 / 目標 1億円（目標との差", "+2,162万円）"}},
		{"a comma", "この月を計画値（950.4万円）で見込み、達成率は実績のある月だけを比べています。", 36,
			[]string{"この月を計画値（950.4万円）で見込", "み、達成率は実績のある月だけを比べて", "います。"}},
		{"a full stop and a closing bracket", "上限（1人1日100件）以内です。次の文です。", 30,
			[]string{"上限（1人1日100件）以内です。", "次の文です。"}},
		{"a small kana", "ステップ", 4, []string{"ス", "テッ", "プ"}},
		{"a long vowel", "ショート", 6, []string{"ショー", "ト"}},
		{"months", "残り3か月で必要: 4,580万円", 7, []string{"残り", "3か月で", "必要:", "4,580万", "円"}},
		{"English at spaces", "From now on, calls: 47.3 a rep a day (the plan needed 41.7).", 24,
			[]string{"From now on, calls: 47.3", "a rep a day (the plan", "needed 41.7)."}},
		{"a run wider than the line", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"short", "短い", 10, []string{"短い"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := wrapText(c.s, c.n)
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("wrapText(%q, %d)\n got %q\nwant %q", c.s, c.n, got, c.want)
			}
		})
	}
}

// TestWrapTextRules: at every width from 20 columns (narrower, a figure
// with its brackets may be wider than the line, and is cut), the wrap of the CLI's long Japanese
// sentences keeps every line within it, loses no character, starts no
// line with closing punctuation or a unit after a figure, and ends none
// with an opening bracket.
func TestWrapTextRules(t *testing.T) {
	sentences := []string{
		"2026年6月は売上の実績がありません。着地見込みと残りの必要量ではこの月を計画値（950.4万円）で見込み、達成率は実績のある月だけをその目標と比べています。",
		"着地見込み（実績＋残りは計画の行動量×更新した転換率）: 1.159億円 / 目標 1億円（目標との差 +1,590万円）",
		"推計：売上の実績がない月は、入力された実績（受注件数、商談数、初回商談数（アポ）、架電数）と計画のその他の値から計算しています。",
		"これから: 架電数は1人1日33.5件（計画時の必要量 36.9）。上限（1人1日100件）以内です。",
	}
	for _, s := range sentences {
		for n := 20; n <= 100; n++ {
			lines := wrapText(s, n)
			if strings.ReplaceAll(strings.Join(lines, ""), " ", "") != strings.ReplaceAll(s, " ", "") {
				t.Fatalf("width %d: %q lost text of %q", n, lines, s)
			}
			for k, l := range lines {
				if runewidth.StringWidth(l) > n {
					t.Errorf("width %d: line %q is wider", n, l)
				}
				if k == 0 {
					continue
				}
				first, _ := utf8.DecodeRuneInString(l)
				last, _ := utf8.DecodeLastRuneInString(lines[k-1])
				if strings.ContainsRune("、。，．）」』】・：！？ーっゃゅょァィゥェォッャュョ", first) ||
					strings.ContainsRune(units, first) && unicode.IsDigit(last) || strings.ContainsRune("（「『【", last) {
					t.Errorf("width %d: %q then %q", n, lines[k-1], l)
				}
			}
		}
	}
}

// A range keeps its second figure and a sign its amount on their line:
// "weeks 1–" then "3 without actuals", "(gap -" then "¥4,000,000)".
func TestWrapTextRangesAndSigns(t *testing.T) {
	for _, c := range []struct {
		name, text string
		kept       string
	}{
		{"an en dash range", "Sep 2026, weeks 1–3 without actuals", "1–3"},
		{"a wave dash range", "2026年9月（第1〜3週・実績なし）", "1〜3"},
		{"a negative amount", "Revenue forecast: ¥96,000,000 / Goal ¥100,000,000 (gap -¥4,000,000)", "-¥4,000,000)"},
		{"a positive amount", "Forecast ¥75,214,545 / Goal ¥60,000,000 (Gap to the goal +¥15,214,545)", "+¥15,214,545)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for n := 8; n <= runewidth.StringWidth(c.text); n++ {
				lines := wrapText(c.text, n)
				if runewidth.StringWidth(c.kept) <= n && !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, c.kept) }) {
					t.Errorf("width %d: %q broken in %q", n, c.kept, lines)
				}
			}
		})
	}
}
