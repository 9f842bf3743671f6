package ui

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// The year's section keeps text it refused beside the scenario (yearUI): an
// actual typed into the entry table, a hire's cell, the seasonality row.
// State.Typed carries it with the levers' text, under keys no lever has (a
// node's id holds no "/"), so that a reload or a link brings each back in
// its field, marked, with its message: the cell came back empty and the
// hire with its last value, silently. Work saved and links made before
// hold none, and open as they did.
const (
	typedActual = "actual/"          // actual/<year>/<month>/<week>/<node>: a cell of the entry table
	typedHire   = "hire/"            // hire/<row>/<field>: a hire's cell (hireFields)
	typedSeason = "plan/seasonality" // the seasonality row
)

// typedInto adds the section's refused text to typed, made when nil.
func (y *yearUI) typedInto(typed map[string]string) map[string]string {
	add := func(key, text string) {
		if typed == nil {
			typed = map[string]string{}
		}
		typed[key] = text
	}
	for _, r := range y.refused {
		c := r.cell
		add(typedActual+strconv.Itoa(c.year)+"/"+strconv.Itoa(int(c.month))+"/"+strconv.Itoa(c.week)+"/"+c.id, r.bad.text)
	}
	for _, r := range y.hireBad {
		add(typedHire+strconv.Itoa(r.row)+"/"+r.field, r.text)
	}
	if y.seasonErr != nil {
		add(typedSeason, y.season)
	}
	return typed
}

// restoreYearTyped types text again into the section's field that key
// names, where it is refused again with its message, and reports whether
// key names one (a key of the section's form that names no field is
// dropped).
func (m *Model) restoreYearTyped(key, text string) bool {
	switch {
	case key == typedSeason:
		m.SetSeasonalityText(text)
	case strings.HasPrefix(key, typedActual):
		f := strings.SplitN(strings.TrimPrefix(key, typedActual), "/", 4)
		if len(f) != 4 {
			return true
		}
		year, errY := strconv.Atoi(f[0])
		month, errM := strconv.Atoi(f[1])
		week, errW := strconv.Atoi(f[2])
		if errY == nil && errM == nil && errW == nil && month >= 1 && month <= 12 && week >= 0 && week <= 5 {
			m.SetActual(year, time.Month(month), week, f[3], text)
		}
	case strings.HasPrefix(key, typedHire):
		row, field, ok := strings.Cut(strings.TrimPrefix(key, typedHire), "/")
		i, err := strconv.Atoi(row)
		if ok && err == nil && slices.Contains(hireFields, field) {
			m.SetHire(i, field, text)
		}
	default:
		return false
	}
	return true
}
