package i18n

import (
	"math"
	"strconv"
)

// Tidy rounds v to 12 significant digits: far finer than a yen, a call or
// a percentage point, and coarser than binary floating point's noise, so
// that 99999999.99999996 (a year's revenue added up month by month) is
// 100000000, as the same figure computed at once reads. -0 is 0; NaN and
// infinities are returned as they are. Every number kpisim writes for a
// machine (calc, forecast and sensitivity -json and -csv, the page's
// downloads) is tidied by it, so that one figure reads the same in each.
func Tidy(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	y, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v + 0
	}
	return y + 0 // + 0: never -0
}

// Plain writes v as a CSV cell: Tidy's value in Go's shortest plain digits,
// no grouping and no exponent ("86400000", "0.166666666667").
func Plain(v float64) string { return strconv.FormatFloat(Tidy(v), 'f', -1, 64) }
