package scenario

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// The wire form. Both file formats come down to the same tree: the YAML
// front end (yaml.go, native only) and the JSON front end (json.go) each
// turn a file into a tree of values, and one walker (decode.go) applies
// every rule to it and builds the Scenario. So a file means the same in
// either format, is refused for the same reasons, and names the same
// fields; a differential fuzz test holds the two front ends together.
//
// The tree keeps only what both formats can say: mappings with string
// keys in file order, lists, scalars as written ("25%", "1e8", "1億"), and
// null. A scalar remembers whether it is a bare true or false (a YAML plain
// scalar, a JSON literal) rather than a string that reads "true".

type kind uint8

const (
	scalarKind kind = iota
	mapKind
	listKind
	nullKind
	badKind // refused by the front end, which said why; the walker passes over it
)

type value struct {
	kind  kind
	text  string // a scalar as written
	bool  bool   // a bare true or false
	line  int    // 1-based
	pairs []pair // mapKind, in file order
	items []*value
}

type pair struct {
	key  string
	line int
	v    *value
}

// maxDepth is how deeply a file may nest mappings and lists; a scenario
// needs five levels.
const maxDepth = 32

// lineIndex maps byte offsets to 1-based lines.
type lineIndex []int // offsets of line starts after the first

func newLineIndex(data []byte) lineIndex {
	var ix lineIndex
	for i, c := range data {
		if c == '\n' {
			ix = append(ix, i+1)
		}
	}
	return ix
}

func (ix lineIndex) line(off int) int {
	n, _ := slices.BinarySearchFunc(ix, off, func(start, off int) int {
		return cmp.Compare(start, off+1)
	})
	return n + 1
}

// sortErrors orders problems by line, keeping the walker's order within a
// line.
func sortErrors(errs Errors) {
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Line < errs[j].Line }) // sort, not slices: see app/forecast/actuals.go's Sort
}

// bareWord reports whether s, written without quotes, is what the walker
// reads as a boolean.
func bareWord(s string) bool { return s == "true" || s == "false" }

// firstSegment is a field path's first name: "close_rate" of
// "close_rate.value", "nodes" of "nodes[3].unit".
func firstSegment(field string) string {
	if i := strings.IndexAny(field, ".["); i >= 0 {
		return field[:i]
	}
	return field
}
