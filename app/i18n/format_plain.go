package i18n

import (
	"math"
	"strconv"
)

// Tidy rounds v to 12 significant digits: far finer than a yen, a call or
// a percentage point, and coarser than binary floating point's noise, so
// that 99999999.99999996 (a year's revenue added up month by month) is
// 100000000, as the same figure computed at once reads. It never rounds
// away a figure's whole units, which the text shows: from 100,000,000,000
// it keeps a tenth (83333333333333.25, a month of the largest goal,
// 999,999,999,999,999, is 83333333333333.3, not the 83333333333300 that
// 12 digits left, $33 off the text), and from 100,000,000,000,000 whole
// units; both rounded half up, as the text rounds money (a float's noise there
// reaches a tenth). -0 is 0; NaN and infinities are returned as they are.
// Every number kpisim writes for a machine (calc, forecast and
// sensitivity -json and -csv, the page's downloads) is tidied by it, so
// that one figure reads the same in each.
func Tidy(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	switch a := math.Abs(v); {
	case a >= 1e14:
		return math.Round(v) + 0 // + 0: never -0
	case a >= 1e11:
		return math.Round(v*10)/10 + 0
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
