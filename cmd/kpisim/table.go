//go:build !wasm

package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/mattn/go-runewidth"
)

// fit says how a table's labels (its first columns: a KPI's name indented
// by its depth in the tree, a lever's, a funnel step's) fit the width of
// the terminal it is written to (columns). Figures are never cut nor
// broken across lines.
type fit struct {
	// labels is how many columns, from the first, hold labels; 0 leaves
	// the table as wide as its cells (calc -wide).
	labels int
	// stack lets a table whose figures leave its labels less than
	// minLabel columns stay within the width all the same: each label
	// wider than the room left is written on a line of its own, its
	// figures on the next (as df writes a long device name). Without it
	// such a table is as wide as its cells (saas-revenue's sensitivity
	// at 100 columns: 119).
	stack bool
	// repeat, when not 0, splits a table its labels' fitting leaves wider
	// than the terminal into parts, one under another, each within the
	// width and each beginning with the first repeat columns (the month,
	// the lever): the monthly plan with its bands was 150 columns wide,
	// and a terminal of 80 wrapped every row over two lines.
	repeat int
	// group, when more than 1, keeps the columns after the repeated ones
	// together in runs of group when a table is split: a lever's minimum
	// with the outcome there, its maximum with its own.
	group int
}

// minLabel is the fewest columns of text a label keeps after its indent
// when it wraps: 6 Japanese characters, a word or two of English.
const minLabel = 12

// printTable writes rows as a table within the columns w is as wide as
// (columns): cells padded to their display width, so that Japanese text
// aligns, columns from numFrom on right-aligned, two spaces between
// columns. A table wider than that gives its labels (f) the room its
// figures leave, at least minLabel columns of text each: a label wider
// than its column wraps inside it where a line may break (wrapText), on
// lines indented as its first (the tree's depth), the row's figures on
// that first line. Where the figures leave less, f.stack writes labels
// above their figures (fit.stack); without it the table is as wide as its
// cells.
func printTable(w io.Writer, rows [][]string, numFrom int, f fit) {
	widths := cellWidths(rows)
	if f.labels > 0 {
		fitted, fw := f.apply(rows, widths, columns(w))
		if f.repeat == 0 || tableWidth(fw) <= columns(w) {
			rows, widths = fitted, fw
		}
	}
	if f.repeat > 0 && tableWidth(widths) > columns(w) {
		if parts := split(widths, f.repeat, max(f.group, 1), columns(w)); len(parts) > 1 {
			for k, cols := range parts {
				if k > 0 {
					fmt.Fprintln(w)
				}
				part := make([][]string, len(rows))
				for i, r := range rows {
					for _, j := range cols {
						part[i] = append(part[i], r[j])
					}
				}
				from := slices.IndexFunc(cols, func(j int) bool { return j >= numFrom })
				if from < 0 {
					from = len(cols)
				}
				labels := len(slices.DeleteFunc(slices.Clone(cols), func(j int) bool { return j >= f.labels }))
				printTable(w, part, from, fit{labels: labels, stack: f.stack})
			}
			return
		}
	}
	for _, r := range rows {
		if len(r) == 1 && len(widths) > 1 { // a stacked label
			fmt.Fprintln(w, strings.TrimRight(esc(r[0]), " "))
			continue
		}
		cells := make([][]string, len(r))
		height := 1
		for j, c := range r {
			cells[j] = []string{esc(c)}
			if j < f.labels && width(c) > widths[j] {
				cells[j] = wrapCell(c, widths[j])
			}
			height = max(height, len(cells[j]))
		}
		for k := range height {
			var b strings.Builder
			for j := range r {
				if j < f.labels && widths[j] == 0 { // a label column every label left (stacked)
					continue
				}
				c := ""
				if k < len(cells[j]) {
					c = cells[j][k]
				}
				pad := strings.Repeat(" ", max(widths[j]-runewidth.StringWidth(c), 0))
				if j >= numFrom {
					b.WriteString(pad + c)
				} else {
					b.WriteString(c + pad)
				}
				if j < len(r)-1 {
					b.WriteString("  ")
				}
			}
			fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
		}
	}
}

// cellWidths is the display width of each column of rows: its widest
// cell.
func cellWidths(rows [][]string) []int {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for j, c := range r {
			widths[j] = max(widths[j], width(c))
		}
	}
	return widths
}

// tableWidth is how wide a table of columns widths is, two spaces between
// columns.
func tableWidth(widths []int) int {
	total := 2 * (len(widths) - 1)
	for _, x := range widths {
		total += x
	}
	return total
}

// split parts the columns of a table, widths wide, into tables at most
// room wide, each with the first repeat columns and as many runs of group
// of the rest, in their order, as fit (one run at least): the indexes of
// each part's columns.
func split(widths []int, repeat, group, room int) [][]int {
	var parts [][]int
	head := make([]int, 0, repeat)
	for j := range min(repeat, len(widths)) {
		head = append(head, j)
	}
	for j := len(head); j < len(widths); {
		part := slices.Clone(head)
		used := tableWidth(widths[:len(head)])
		for j < len(widths) {
			end := min(j+group, len(widths))
			run := 2 + tableWidth(widths[j:end]) // with the two spaces before it
			if len(part) > len(head) && used+run > room {
				break
			}
			for ; j < end; j++ {
				part = append(part, j)
			}
			used += run
		}
		parts = append(parts, part)
	}
	return parts
}

// apply narrows the label columns of rows, whose cells are widths wide,
// so that the table is at most room columns wide: the widest label column
// first, none below its floor (its rows' indent and minLabel columns of
// text, or its widest cell if less). When the floors leave no room, with
// stack and one label column, the labels wider than the room the figures
// leave move to lines of their own (fit.stack); otherwise the table keeps
// its widths, wider than room: labels wrapped to their floors would leave
// it wider all the same. It returns the rows to print and their columns'
// widths.
func (f fit) apply(rows [][]string, widths []int, room int) ([][]string, []int) {
	total := tableWidth(widths)
	if total <= room {
		return rows, widths
	}
	n := min(f.labels, len(widths))
	floors := make([]int, n)
	left := room - total // the label columns' room: room less the figures and the spaces
	for j := range n {
		for _, r := range rows {
			text := strings.TrimLeft(r[j], " ")
			floors[j] = max(floors[j], len(r[j])-len(text)+min(width(text), minLabel))
		}
		floors[j] = min(floors[j], widths[j])
		left += widths[j]
	}
	need := 0
	for _, x := range floors {
		need += x
	}
	widths = slices.Clone(widths)
	switch {
	case need <= left:
		for over := total - room; over > 0; over-- {
			k := -1
			for j := range n {
				if widths[j] > floors[j] && (k < 0 || widths[j] > widths[k]) {
					k = j
				}
			}
			widths[k]--
		}
	case f.stack && n == 1:
		return stack(rows, widths, max(left, 0))
	}
	return rows, widths
}

// stack writes each label of rows wider than room on a line of its own,
// then its figures under a blank label (when it has any). It returns the
// rows and their widths: the label column is as wide as the labels left
// in it, 0 when none is.
func stack(rows [][]string, widths []int, room int) ([][]string, []int) {
	out := make([][]string, 0, 2*len(rows))
	widths[0] = 0
	for _, r := range rows {
		if width(r[0]) <= room {
			out = append(out, r)
			widths[0] = max(widths[0], width(r[0]))
			continue
		}
		out = append(out, []string{r[0]})
		if slices.ContainsFunc(r[1:], func(c string) bool { return c != "" }) {
			out = append(out, append([]string{""}, r[1:]...))
		}
	}
	return out, widths
}

// wrapCell wraps a label to lines of at most n columns where a line may
// break (wrapText), each indented as the label is (its depth in the tree).
// The lines are as even as they can be without more of them: the
// narrowest wrap of as many lines, which breaks no word nor figure
// (マーケティ／ング予算, not マーケティング予／算; Revenue per／account
// (year)).
func wrapCell(c string, n int) []string {
	text := strings.TrimLeft(c, " ")
	indent := c[:len(c)-len(text)]
	n = max(n-len(indent), 1)
	lines := wrapText(text, n)
	if len(lines) > 1 {
		least := (width(text) + len(lines) - 1) / len(lines)
		for _, seg := range breakable(text) {
			least = max(least, width(strings.TrimRight(seg, " "))) // no narrower than a word: it would be cut
		}
		for m := least; m < n; m++ {
			if even := wrapText(text, m); len(even) == len(lines) {
				lines = even
				break
			}
		}
	}
	if kept, ok := bracketWrap(text, n); ok && len(kept) <= len(lines) {
		lines = kept
	}
	for k := range lines {
		lines[k] = indent + lines[k]
	}
	return lines
}

// bracketWrap wraps a Japanese label at its brackets alone, when each part
// fits n: 年間契約額／（ACV）, where the even wrap read 年間契約／額（ACV）,
// a word cut in two. ok is false for a label without a full-width bracket,
// or with a part wider than n.
func bracketWrap(text string, n int) (lines []string, ok bool) {
	if !strings.Contains(text, "（") {
		return nil, false
	}
	var parts []string
	for rest := text; rest != ""; {
		i := strings.Index(rest[1:], "（")
		if i < 0 {
			parts = append(parts, rest)
			break
		}
		parts, rest = append(parts, rest[:i+1]), rest[i+1:]
	}
	line := ""
	for _, p := range parts {
		if width(p) > n {
			return nil, false
		}
		if line != "" && width(line+p) > n {
			lines, line = append(lines, line), ""
		}
		line += p
	}
	return append(lines, line), true
}
