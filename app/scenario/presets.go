package scenario

import (
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/kpi"
)

// DefaultPreset is the preset a new page or a bare `kpisim calc` starts with.
const DefaultPreset = "outbound"

// Presets is the set of scenarios that ship with kpisim, in display order:
// the default first, then by id.
type Presets []*Scenario

// PresetsJSON is the file beside the YAML presets that holds them all in
// the JSON form, for the browser; a test keeps it in step with the YAML.
const PresetsJSON = "presets.json"

// LoadPresets returns the presets in fsys, in display order. Natively it
// parses every *.yaml file (a preset's id is its file name without the
// extension); in the browser it reads PresetsJSON. Any invalid preset is an
// error that names the file: presets are tested, so this only fails in
// development.
func LoadPresets(fsys fs.FS) (Presets, error) {
	ps, err := loadPresets(fsys)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(ps, func(i, j int) bool { // sort, not slices: see app/forecast/actuals.go's Sort
		a, b := ps[i], ps[j]
		switch {
		case a.ID == DefaultPreset:
			return b.ID != DefaultPreset
		case b.ID == DefaultPreset:
			return false
		}
		return a.ID < b.ID
	})
	return ps, nil
}

// EarlierPresetsJSON is the file beside the presets that holds presets as
// earlier builds shipped them, in the JSON form: a preset whose labels or
// figures change keeps its earlier form there, so that a share link made
// from it (a diff against that form) still opens. Several forms may share
// an id.
const EarlierPresetsJSON = "earlier.json"

// LoadEarlierPresets reads the earlier forms of the presets from
// EarlierPresetsJSON in fsys.
func LoadEarlierPresets(fsys fs.FS) (Presets, error) {
	data, err := fs.ReadFile(fsys, EarlierPresetsJSON)
	if err != nil {
		return nil, err
	}
	return parsePresetsJSON(data)
}

// LoadPresetsJSON reads the presets from PresetsJSON in fsys.
func LoadPresetsJSON(fsys fs.FS) (Presets, error) {
	data, err := fs.ReadFile(fsys, PresetsJSON)
	if err != nil {
		return nil, err
	}
	return parsePresetsJSON(data)
}

// LoadPresetsYAML parses every *.yaml file at the top of fsys.
func LoadPresetsYAML(fsys fs.FS) (Presets, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, err
	}
	var ps Presets
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(path.Base(name), ".yaml")
		s, err := Parse(data, id)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if s.ID != id {
			return nil, fmt.Errorf("%s: id %q differs from the file name", name, s.ID)
		}
		ps = append(ps, s)
	}
	return ps, nil
}

// Get returns a copy of the preset with the given id, safe to change.
func (ps Presets) Get(id string) (*Scenario, error) {
	if s := ps.Shipped(id); s != nil {
		return s.Clone(), nil
	}
	return nil, fmt.Errorf("%q: %w (have %s)", id, ErrNotFound, strings.Join(ps.IDs(), ", "))
}

// Shipped returns the preset with the given id as it is shipped, to read,
// never to change (Get copies it); nil when there is none.
func (ps Presets) Shipped(id string) *Scenario {
	for _, s := range ps {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// Describes reports whether s's description still holds for its figures.
// A preset's description is written for the preset's figures ("a 25% close
// rate … 10 reps"): once s, carrying it, has another goal, calendar, tree,
// lever value, sales cycle or range, the description tells of where s
// started, not of s (a handout read "a 25% close rate" above "Close rate
// 10%"). A description of s's own, or none, holds.
func (ps Presets) Describes(s *Scenario) bool {
	if s.Description == (kpi.Label{}) {
		return true
	}
	for _, p := range ps {
		if p.Description == s.Description {
			return sameFigures(p, s)
		}
	}
	return true
}

// sameFigures reports whether a and b have the figures a description can
// speak of: the goal, the calendar, the currency, the tree with each lever's
// value, the sales cycle and the uncertainty ranges. Labels, slider ends, cadences,
// the rounding and the run's seed and trials are not figures.
func sameFigures(a, b *Scenario) bool {
	type figures struct {
		id, unit, op string
		children     string
		value        float64
		activity     bool
		ceiling      float64
		per          kpi.Per
	}
	of := func(s *Scenario) []figures {
		out := make([]figures, len(s.Nodes))
		for i, n := range s.Nodes {
			out[i] = figures{n.ID, n.Unit.String(), n.Op.String(), strings.Join(n.Children, ","), n.Value, n.Activity, n.Ceiling, n.Per}
		}
		return out
	}
	return a.Goal == b.Goal && a.Calendar == b.Calendar && a.Currency == b.Currency && slices.Equal(of(a), of(b)) &&
		a.Forecast.LagMonths == b.Forecast.LagMonths && maps.Equal(a.Forecast.Ranges, b.Forecast.Ranges)
}

// IDs lists the preset ids in display order.
func (ps Presets) IDs() []string {
	ids := make([]string, len(ps))
	for i, s := range ps {
		ids[i] = s.ID
	}
	return ids
}

// Dated gives every preset that names no year the plan year running on
// day now: the year its start month last began (on 2026-11-30 a plan
// starting in April is 2026's; one starting in December is 2025's), so
// its months carry their year (2026年4月 … 2027年3月) and this year's
// actuals find their months. A preset with a year, or a business calendar,
// keeps it. The presets in ps are not changed.
func (ps Presets) Dated(now time.Time) Presets {
	out := make(Presets, len(ps))
	for i, s := range ps {
		out[i] = s
		f := s.Forecast
		if f.StartYear != 0 || !f.BusinessCalendar.IsZero() {
			continue
		}
		start := time.Month(max(f.StartMonth, 1))
		y := now.Year()
		if now.Month() < start {
			y--
		}
		c := s.Clone()
		c.Forecast.StartYear = y
		out[i] = c
	}
	return out
}
