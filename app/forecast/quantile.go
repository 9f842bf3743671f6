package forecast

import (
	"math"
	"slices"
)

// quantiles returns the 10th, 50th and 90th percentiles of a (linear
// interpolation between the order statistics at (n−1)·p, type 7). The
// values are order statistics, so the result does not depend on the order
// of a, which is left as it was; idx is scratch of len(a).
//
// A histogram of 1,024 equal bins finds the bins holding the six order
// statistics needed; only their values are gathered and selected: two
// branch-light passes over a instead of a sort, and one when those bins
// each hold a single distinct value. The bins span the range of
// every 8th value; values beyond it go to the end bins, which keeps the
// bins in value order, so the answer is exact whatever the span.
func quantiles(a []float64, idx []uint16) Quantiles {
	n := len(a)
	if n == 0 {
		return Quantiles{}
	}
	lo, hi := a[0], a[0]
	for i := 0; i < n; i += 8 {
		// (No float min or max here: in WebAssembly they are calls.)
		if v := a[i]; v < lo {
			lo = v
		} else if v > hi {
			hi = v
		}
	}
	if lo == hi {
		// Perhaps every value is the same (a run without variance).
		for _, v := range a {
			if v < lo {
				lo = v
			} else if v > hi {
				hi = v
			}
		}
		if lo == hi {
			return Quantiles{lo, lo, lo}
		}
	}
	const bins = 1024
	scale := bins / (hi - lo)
	var count [bins]int32
	var first [bins]float64 // a bin's first value
	var mixed [bins]bool    // whether a bin holds another value too
	idx = idx[:n]
	for i, v := range a {
		// Clamped before the conversion: beyond the int range (an outlier
		// far from the sampled span), conversions differ by platform.
		f := (v - lo) * scale
		b := 0
		if f >= bins-1 {
			b = bins - 1
		} else if f > 0 {
			b = int(f)
		}
		idx[i] = uint16(b)
		if count[b] == 0 {
			first[b] = v
		} else if v != first[b] {
			mixed[b] = true
		}
		count[b]++
	}
	// The ranks needed, and for each its bin and the values before the bin.
	ps := [3]float64{0.1, 0.5, 0.9}
	var ranks [6]int
	var hs [3]float64
	for i, p := range ps {
		hs[i] = float64(n-1) * p
		k := int(math.Floor(hs[i]))
		ranks[2*i], ranks[2*i+1] = k, min(k+1, n-1)
	}
	var where [6]struct{ bin, before int }
	var slot [bins]int8
	for i := range slot {
		slot[i] = -1
	}
	var groups [6][]float64
	ngroups := 0
	b, before := 0, 0
	for i, r := range ranks { // ranks rise, except in tiny samples
		if r < before {
			b, before = 0, 0
		}
		for before+int(count[b]) <= r {
			before += int(count[b])
			b++
		}
		where[i].bin, where[i].before = b, before
		if mixed[b] && slot[b] < 0 {
			slot[b] = int8(ngroups)
			groups[ngroups] = make([]float64, 0, count[b])
			ngroups++
		}
	}
	// Gather the values of those bins that hold more than one value (a
	// month's revenue is often a price times a count: few values, many
	// ties, and no pass at all).
	if ngroups > 0 {
		for i, v := range a {
			if s := slot[idx[i]]; s >= 0 {
				groups[s] = append(groups[s], v)
			}
		}
	}
	var x [6]float64
	for i, r := range ranks {
		w := where[i]
		if !mixed[w.bin] {
			x[i] = first[w.bin]
			continue
		}
		x[i] = nth(groups[slot[w.bin]], r-w.before)
	}
	var out [3]float64
	for i := range out {
		k := ranks[2*i]
		out[i] = x[2*i] + float64((hs[i]-float64(k))*(x[2*i+1]-x[2*i]))
	}
	return Quantiles{P10: out[0], P50: out[1], P90: out[2]}
}

// nth reorders a so that a[k] is the k-th smallest value, with no larger
// value before it and no smaller one after it, and returns a[k]: Hoare's
// selection with a three-way partition, which ends as soon as k falls among
// the values equal to the pivot (a month's revenue takes few distinct
// values: a price times a count of deals).
func nth(a []float64, k int) float64 {
	lo, hi := 0, len(a)-1
	for depth := 0; hi > lo; depth++ {
		if depth > 64 {
			slices.Sort(a[lo : hi+1])
			break
		}
		// The median of the first, middle and last values.
		x, y, z := a[lo], a[lo+(hi-lo)/2], a[hi]
		if x > y {
			x, y = y, x
		}
		if y > z {
			y = z
			if x > y {
				y = x
			}
		}
		pivot := y
		lt, i, gt := lo, lo, hi
		for i <= gt {
			switch v := a[i]; {
			case v < pivot:
				a[lt], a[i] = v, a[lt]
				lt++
				i++
			case v > pivot:
				a[gt], a[i] = v, a[gt]
				gt--
			default:
				i++
			}
		}
		// a[lo:lt] < pivot = a[lt:gt+1] < a[gt+1:hi+1]
		switch {
		case k < lt:
			hi = lt - 1
		case k > gt:
			lo = gt + 1
		default:
			return pivot
		}
	}
	return a[k]
}
