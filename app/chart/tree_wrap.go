package chart

import "strings"

// A box's text broken into lines of at most so many display cells, where
// Japanese and English both allow a break.

// wrap breaks s into lines of at most n display cells (a CJK character is
// two). It breaks at a space, between two CJK characters, or where CJK text
// meets a run of Latin letters and digits; never inside such a run
// ("CPA", "2,400", "25%"), after an opening bracket or before a closing
// bracket or mark, so 「リード獲得単価（CPA）」 breaks before （CPA）, not
// inside it. A piece longer than a line is cut where the line ends.
func wrap(s string, n int) []string {
	var lines []string
	var line []rune
	cells := 0
	flush := func() {
		lines = append(lines, string(line))
		line, cells = nil, 0
	}
	for _, p := range pieces(s) {
		gap := 0
		if p.space && len(line) > 0 {
			gap = 1
		}
		if len(line) > 0 && cells+gap+p.cells > n {
			flush()
			gap = 0
		}
		if gap > 0 {
			line = append(line, ' ')
			cells++
		}
		for _, r := range p.text {
			if w := cellWidth(r); cells+w > n && len(line) > 0 {
				flush()
			}
			line = append(line, r)
			cells += cellWidth(r)
		}
	}
	if len(line) > 0 {
		flush()
	}
	return lines
}

// piece is what wrap keeps on one line: text with no break inside it, and
// whether a space came before it.
type piece struct {
	text  []rune
	cells int
	space bool
}

// pieces splits s where a line may break: at spaces (dropped), and
// between two characters unless both are narrow (a run of Latin letters,
// digits and their marks), the first opens a bracket or the second closes
// one or is a mark that may not start a line, or both are inside a
// Japanese bracket: 「拡張ARR（アップセル）」 breaks before （アップセル）,
// not between セ and ル (a piece longer than a line is still cut by wrap;
// English brackets break at their spaces).
func pieces(s string) []piece {
	var out []piece
	space := false
	var prev rune
	depth := 0 // Japanese brackets open
	for _, r := range s {
		if r == ' ' {
			space = true
			continue
		}
		if len(out) == 0 || space || depth == 0 && breakBetween(prev, r) {
			out = append(out, piece{space: space})
		}
		switch {
		case strings.ContainsRune(wideOpeners, r):
			depth++
		case strings.ContainsRune(wideClosers, r) && depth > 0:
			depth--
		}
		p := &out[len(out)-1]
		p.text = append(p.text, r)
		p.cells += cellWidth(r)
		prev, space = r, false
	}
	return out
}

// breakBetween reports whether a line may break between a and b, two
// characters with no space between them.
func breakBetween(a, b rune) bool {
	switch {
	case cellWidth(a) == 1 && cellWidth(b) == 1: // inside a Latin run
		return false
	case strings.ContainsRune(openers, a), strings.ContainsRune(closers, b):
		return false
	}
	return true
}

// openers may not end a line, closers may not start one (Japanese kinsoku,
// the common part).
const (
	openers = "([{（［｛「『【〔〈《"
	closers = ")]}）］｝」』】〕〉》、。，．・：；！？ー々"

	wideOpeners = "（［｛「『【〔〈《"
	wideClosers = "）］｝」』】〕〉》"
)

// cellWidth is the display cells r takes: two for CJK and other wide
// characters, one for the rest.
func cellWidth(r rune) int {
	if r >= 0x1100 {
		return 2
	}
	return 1
}

// runs writes s as rich text runs of style, one a line.
func runs(b *strings.Builder, style, s string) {
	cells := wrapCells
	if style != "name" {
		cells = figureCells
	}
	for _, l := range wrap(rich(s), cells) {
		b.WriteString("\n{" + style + "|" + l + "}")
	}
}
