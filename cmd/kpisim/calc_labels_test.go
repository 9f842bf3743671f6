//go:build !wasm

package main

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

// tableRow is one row of a calc table as -width 1000 prints it, on one
// line: its indent (the depth in the tree), its label and its figures.
type tableRow struct {
	indent int
	label  string
	figs   []string
}

// tableRows reads the table of calc's output out (printed wide enough for
// every row to hold one line): a row's label runs to the first two spaces
// after its indent, its figures (no space in any) follow. figs is how
// wide the figures' columns are, from the second heading to the last.
func tableRows(t *testing.T, out string) (rows []tableRow, figs int) {
	t.Helper()
	lines := strings.Split(out, "\n")
	start := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "LABEL") || strings.HasPrefix(l, "名称") })
	if start < 0 {
		t.Fatalf("no table in\n%s", out)
	}
	head, rest, _ := strings.Cut(lines[start], "  ")
	figs = runewidth.StringWidth(strings.TrimLeft(rest, " "))
	if head == "" || figs == 0 {
		t.Fatalf("no headings in %q", lines[start])
	}
	for _, l := range lines[start+1:] {
		if l == "" {
			break
		}
		text := strings.TrimLeft(l, " ")
		label, rest, _ := strings.Cut(text, "  ")
		rows = append(rows, tableRow{len(l) - len(text), label, strings.Fields(rest)})
	}
	return rows, figs
}

// checkTable checks calc's table in out, printed within width columns,
// against rows (the same table, one line a row) as a reader would: no line
// is wider than width; every row's label reads whole at its indent, on
// lines of its own (a label above its figures) or wrapped, each line at
// its indent, with the row's figures, unbroken, on its first line.
func checkTable(t *testing.T, out string, width int, rows []tableRow) {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if w := runewidth.StringWidth(l); w > width {
			t.Errorf("%d columns, wider than %d: %s", w, width, l)
		}
	}
	lines := strings.Split(out, "\n")
	i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "LABEL") || strings.HasPrefix(l, "名称") }) + 1
	if lines[i-1] == "LABEL" || lines[i-1] == "名称" { // the heading stacked too: the figures' headings below
		i++
	}
	bare := func(s string) string { return strings.ReplaceAll(s, " ", "") }
	for _, r := range rows {
		indent := strings.Repeat(" ", r.indent)
		at := func(l string) bool { return strings.HasPrefix(l, indent) && !strings.HasPrefix(l, indent+" ") }
		if i >= len(lines) {
			t.Fatalf("the table ends before %q:\n%s", r.label, out)
		}
		if lines[i] == indent+r.label && len(r.figs) > 0 && !slices.Equal(strings.Fields(lines[i]), r.figs) { // stacked
			if got := strings.Fields(lines[i+1]); !slices.Equal(got, r.figs) {
				t.Errorf("%q: figures %q under it, want %q:\n%s", r.label, got, r.figs, out)
			}
			i += 2
			continue
		}
		if !at(lines[i]) {
			t.Fatalf("%q does not start at indent %d: %q\n%s", r.label, r.indent, lines[i], out)
		}
		piece, rest, _ := strings.Cut(lines[i][r.indent:], "  ")
		if got := strings.Fields(rest); !slices.Equal(got, r.figs) {
			t.Errorf("%q: first line's figures %q, want %q:\n%s", r.label, got, r.figs, out)
		}
		read := piece
		for i++; bare(read) != bare(r.label); i++ {
			if i >= len(lines) || !at(lines[i]) || strings.Contains(strings.TrimSpace(lines[i]), "  ") || !strings.HasPrefix(bare(r.label), bare(read)) {
				t.Fatalf("%q reads %q, then %q:\n%s", r.label, read, lines[min(i, len(lines)-1)], out)
			}
			read += " " + strings.TrimSpace(lines[i])
		}
	}
	if i < len(lines) && lines[i] != "" {
		t.Errorf("the table goes on after its rows: %q\n%s", lines[i], out)
	}
}

// A tree of long labels (testdata/long-labels.yaml) reads at 80, 100 and
// 120 columns in both languages: within the width; where the figures
// leave a label room, it wraps in its column at its indent with its
// figures on its first line (at 100 and 120), and where they leave too
// little (80), it goes on a line of its own above them. The figures are
// whole, and the same as in a table wide enough for every label. calc
// wrote every row of this tree as a label above its figures at 100
// columns, the heading "LABEL  PLANNED", and ran past 120 at 120.
func TestCalcLongLabels(t *testing.T) {
	const file = "testdata/long-labels.yaml"
	for _, lang := range []string{"en", "ja"} {
		rows, figs := tableRows(t, mustRun(t, "calc", "-lang", lang, "-width", "1000", file))
		if figs+2 > 80 {
			t.Fatalf("%s: the figures take %d columns: no room for a label at 80", lang, figs)
		}
		for _, tc := range []struct {
			width   int
			wrapped bool // some label wraps beside its figures
			stacked bool // some label stands above its figures
		}{{80, false, true}, {100, true, false}, {120, true, false}} {
			t.Run(lang+"/"+strconv.Itoa(tc.width), func(t *testing.T) {
				out := mustRun(t, "calc", "-lang", lang, "-width", strconv.Itoa(tc.width), file)
				checkTable(t, out, tc.width, rows)
				if strings.Contains(out, "…") { // a formula's long term was cut at 80
					t.Errorf("text cut short:\n%s", out)
				}
				if got := mustRun(t, "calc", "-lang", lang, "-width", "100", file); tc.width == 100 && got != mustRun(t, "calc", "-lang", lang, file) {
					t.Error("-width 100 differs from the default width")
				}
				stacked := strings.Contains(out, "\n"+rows[0].label+"\n")
				if stacked != tc.stacked {
					t.Errorf("a label above its figures: %v, want %v:\n%s", stacked, tc.stacked, out)
				}
			})
		}
	}
}
