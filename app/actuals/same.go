package actuals

import (
	"strconv"
	"strings"
)

// Rows of one node and period are added up, as a detail export (a row per
// rep or per deal) needs; a row pasted twice doubles its month the same
// way. So an import can say which values it added up (Summed) and name
// the rows that are one row repeated (Result.Same), the likeliest
// mistake: it still adds them up, as the rule says.

// repeated notes data row row, read as period per from cells rec, when
// an earlier row was the same: every cell equal (trimmed, trailing empty
// cells aside) and the same period (a grouped export's empty month cell
// is the month above it). An activity log's rows are not noted: two
// calls of a day to one account are two rows alike, not a copy; a summary
// of its counts (Activity.Count) is, as any file of figures.
func (p *parser) repeated(row int, per Period, rec []string) {
	if p.kind >= 0 && p.counter < 0 {
		return
	}
	p.key = appendSameKey(p.key[:0], per, rec)
	first, ok := p.seen[string(p.key)]
	if !ok {
		p.seen[string(p.key)] = row
		return
	}
	g, ok := p.same[first]
	if !ok {
		g = len(p.res.Same)
		p.same[first] = g
		p.res.Same = append(p.res.Same, []int{first})
	}
	p.res.Same[g] = append(p.res.Same[g], row)
}

// appendSameKey appends to dst what two rows share when one repeats the
// other: the period and the cells.
func appendSameKey(dst []byte, per Period, rec []string) []byte {
	n := len(rec)
	for n > 0 && strings.TrimSpace(rec[n-1]) == "" {
		n--
	}
	for _, v := range [...]int{per.Year, per.Month, per.Week, per.Day} {
		dst = strconv.AppendInt(dst, int64(v), 10)
		dst = append(dst, '-')
	}
	for _, c := range rec[:n] {
		dst = append(dst, 0)
		dst = append(dst, strings.TrimSpace(c)...)
	}
	return dst
}

// Summed lists the entries added up from more than one row, in the
// entries' order.
func (res *Result) Summed() []Entry {
	var out []Entry
	for _, e := range res.Entries {
		if e.Rows > 1 {
			out = append(out, e)
		}
	}
	return out
}
