package scenario

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// Edits of one node's fields: unit, value, range, activity, ceiling, span
// and cadence.

// SetUnit sets what node id measures. A lever that becomes a rate keeps a
// range of at most 100 %; one of value 0 that becomes a rate or a price
// (which cannot be 0) takes the value 1.
func (s *Scenario) SetUnit(id string, u kpi.Unit) error {
	return s.edit(id, EditUnit, func(c *Scenario) error {
		n, err := c.editNode(id, EditUnit)
		if err != nil {
			return err
		}
		if u > kpi.Rate {
			return editRule(id, EditUnit, "editor.err.unit")
		}
		if u == kpi.Rate && n.Activity {
			return editRule(id, EditUnit, "editor.err.activity_rate")
		}
		if n.Unit != u && (n.Unit == kpi.Rate || u == kpi.Rate || n.Unit == kpi.Currency || u == kpi.Currency) {
			// A range stated in a rate or an amount says nothing in another
			// unit: a meeting rate's 15–25 % made "Existing partners", a
			// count, failed SMART's achievable at 20 ("outside 0.15 to
			// 0.25"), the range hidden from the editor. (A count and a
			// number share a scale: theirs stays.)
			delete(c.Forecast.Ranges, id)
			delete(c.anchors, id) // the range as stated, which SMART tests against
			if n.Unit == kpi.Currency || u == kpi.Currency {
				// An amount's step says nothing of a count's: the empty
				// tree's ¥1,000 made its visitors move by 1,000. 0 is the
				// page's own step for the range.
				n.Step = 0
			}
		}
		if want, ok := kpi.TermsUnit(n.Op, c.TermUnits(id)); n.Op != kpi.Lever && ok && (want == kpi.Currency) != (u == kpi.Currency) {
			// A formula's unit set by hand may say a count where its terms
			// make a rate (deals per rep), never money where its terms make
			// none, nor none where they make money: first meetings (calls ×
			// a rate) set to money read "¥100 deals won" in every table
			// and lost their place in the funnel.
			return editRule(id, EditUnit, "editor.err.unit_money", unitRef(want))
		}
		n.Unit = u
		c.setByHand(id, n.Op != kpi.Lever)
		if n.Op == kpi.Lever && n.Value == 0 && (u == kpi.Rate || u == kpi.Currency && !n.Activity) {
			n.Value = 1 // a new term of 0 becomes a price or a rate, which cannot be 0
		}
		if u == kpi.Rate && n.Op == kpi.Lever {
			n.Max = min(n.Max, 1)
			n.Min = min(n.Min, n.Max)
			if n.Step >= 1 {
				n.Step = 0
			}
		}
		if e := c.checkLeverValue(n, EditUnit); e != nil {
			return e
		}
		return nil
	})
}

// checkLeverValue says why lever n's value no longer fits its unit or
// range, from the editor's field.
func (s *Scenario) checkLeverValue(n *kpi.Node, field string) error {
	if n.Op != kpi.Lever {
		return nil
	}
	if e := s.checkLever(n, n.Value); e != nil {
		return &EditError{Node: n.ID, Field: field, Rule: e.Error(), Engine: e}
	}
	return nil
}

// editNumber checks v is a finite number the engine can hold.
func editNumber(id, field string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return &EditError{Node: id, Field: field, Rule: "must be a number",
			Engine: &kpi.Error{Node: id, Code: kpi.NotNumber, Limit: kpi.MaxValue, Rule: "must be a number"}}
	}
	if math.Abs(v) > kpi.MaxValue {
		code, limit := kpi.AboveMax, kpi.MaxValue
		if v < 0 {
			code, limit = kpi.BelowMin, -kpi.MaxValue
		}
		rule := "must be a number from -1,000,000,000,000,000 to 1,000,000,000,000,000"
		return &EditError{Node: id, Field: field, Rule: rule, Engine: &kpi.Error{Node: id, Code: code, Limit: limit, Rule: rule}}
	}
	return nil
}

// editNumber is editNumber for a lever's value or range: a rate's number
// past any limit is left to the rate's own rule (more than 0 % and at most
// 100 %), which names the limit a person can use; the engine's limit had
// read "cannot be above the maximum 1%" (1e15 as a rate, its zeros lost).
func (s *Scenario) editNumber(id, field string, v float64) error {
	if n := s.Node(id); n != nil && n.Unit == kpi.Rate && !math.IsNaN(v) && !math.IsInf(v, 0) {
		if field != EditValue && math.Abs(v) > kpi.MaxValue {
			return editRule(id, field, "editor.err.rate_range") // an end or a step of a hundred digits
		}
		return nil
	}
	return editNumber(id, field, v)
}

// SetValue sets lever id's value (a fraction for a rate). Its uncertainty
// follows it as a lever's slider moves it.
func (s *Scenario) SetValue(id string, v float64) error {
	if err := s.editNumber(id, EditValue, v); err != nil {
		return err
	}
	return s.edit(id, EditValue, func(c *Scenario) error {
		n, err := c.editLever(id, EditValue)
		if err != nil {
			return err
		}
		c.moveRange(n, v)
		n.Value = v
		return c.checkLeverValue(n, EditValue)
	})
}

// SetRange sets lever id's minimum, maximum or step (field EditMin, EditMax
// or EditStep). Min and max both 0 leave the lever unbounded; otherwise
// they must hold its value, and a step wider than the range is refused (a
// slider with it could sit at its minimum only). A minimum typed before
// any maximum gives a rate the maximum 100 %, and asks for the maximum
// first otherwise (「最小40%が最大0%を超えています」 had said, where a
// maximum of 0 means no range). A range narrowed below
// its step takes the automatic step, 0.
func (s *Scenario) SetRange(id, field string, v float64) error {
	if err := s.editNumber(id, field, v); err != nil {
		return err
	}
	return s.edit(id, field, func(c *Scenario) error {
		n, err := c.editLever(id, field)
		if err != nil {
			return err
		}
		switch field {
		case EditMin:
			if n.Max == 0 && v > 0 { // no range yet: a minimum typed first
				if n.Unit != kpi.Rate {
					return editRule(id, field, "editor.err.min_first", nodeValue{v, n.Unit})
				}
				n.Max = 1 // a rate's range ends at 100 % at most
			}
			n.Min = v
		case EditMax:
			n.Max = v
		case EditStep:
			if v < 0 {
				return editRule(id, field, "editor.err.step")
			}
			if n.Max > n.Min && v > n.Max-n.Min {
				return editRule(id, field, "editor.err.step_range", nodeValue{v, n.Unit}, nodeValue{n.Min, n.Unit}, nodeValue{n.Max, n.Unit})
			}
			n.Step = v
			return nil
		default:
			return editRule(id, field, "editor.err.no_field")
		}
		if n.Unit == kpi.Rate && (n.Min < 0 || n.Max > 1) {
			return editRule(id, field, "editor.err.rate_range")
		}
		if n.Min > n.Max {
			return editRule(id, field, "editor.err.min_max", nodeValue{n.Min, n.Unit}, nodeValue{n.Max, n.Unit})
		}
		if n.Max > n.Min && (n.Value < n.Min || n.Value > n.Max) {
			return editRule(id, field, "editor.err.range_value", nodeValue{n.Min, n.Unit}, nodeValue{n.Max, n.Unit}, nodeValue{n.Value, n.Unit})
		}
		if n.Max > n.Min && n.Step > n.Max-n.Min {
			n.Step = 0 // the automatic step: one set for a wider range would hold the slider at its minimum
		}
		delete(c.widened, id) // ends set by hand: a typed value no longer narrows them back (SetTyped)
		return nil
	})
}

// SetActivity marks lever id as an activity (its value per rep per day,
// week or month, scaled to the plan) or not. An activity cannot be a rate
// nor sit below a ratio's divisor; one that stops being one loses its
// ceiling and span. The activity marked becomes the lever solved for.
func (s *Scenario) SetActivity(id string, on bool) error {
	return s.edit(id, EditActivity, func(c *Scenario) error {
		n, err := c.editLever(id, EditActivity)
		if err != nil {
			return err
		}
		if on && n.Unit == kpi.Rate {
			return editRule(id, EditActivity, "editor.err.activity_rate")
		}
		if on && c.belowDivisor(id) {
			return editRule(id, EditActivity, "editor.err.activity_divisor")
		}
		n.Activity = on
		if on {
			c.Solve = id    // the activity marked is the one solved for
			n.Given = false // an activity is a KPI
		}
		if !on {
			n.Ceiling, n.Per = 0, kpi.PerDay
			delete(c.Forecast.ActivityCV, id)
		}
		return nil
	})
}

// SetGiven marks lever id as a given of the plan, not a KPI (an opening
// ARR, a contract's length), or not. An activity is a KPI and cannot be
// one.
func (s *Scenario) SetGiven(id string, on bool) error {
	return s.edit(id, EditGiven, func(c *Scenario) error {
		n, err := c.editLever(id, EditGiven)
		if err != nil {
			return err
		}
		if on && n.Activity {
			return editRule(id, EditGiven, "editor.err.given_activity")
		}
		n.Given = on
		return nil
	})
}

// belowDivisor reports whether node id sits below a ratio's divisor.
func (s *Scenario) belowDivisor(id string) bool {
	for k, p := id, s.parentOf(id); p != ""; k, p = p, s.parentOf(p) {
		if n := s.Node(p); n.Op == kpi.Ratio && slices.Index(n.Children, k) > 0 {
			return true
		}
	}
	return false
}

// SetCeiling sets activity id's ceiling per rep per span; 0 is the default.
func (s *Scenario) SetCeiling(id string, v float64) error {
	if err := editNumber(id, EditCeiling, v); err != nil {
		return err
	}
	return s.edit(id, EditCeiling, func(c *Scenario) error {
		n, err := c.editLever(id, EditCeiling)
		if err != nil {
			return err
		}
		if !n.Activity && v != 0 {
			return editRule(id, EditCeiling, "editor.err.ceiling_activity")
		}
		if v < 0 {
			return editRule(id, EditCeiling, "editor.err.ceiling")
		}
		n.Ceiling = v
		return nil
	})
}

// SetPer sets the span activity id's value and ceiling are stated in.
func (s *Scenario) SetPer(id string, p kpi.Per) error {
	return s.edit(id, EditPer, func(c *Scenario) error {
		n, err := c.editLever(id, EditPer)
		if err != nil {
			return err
		}
		if p > kpi.PerMonth {
			return editRule(id, EditPer, "editor.err.no_field")
		}
		if !n.Activity && p != kpi.PerDay {
			return editRule(id, EditPer, "editor.err.ceiling_activity")
		}
		n.Per = p
		return nil
	})
}

// SetCadence sets how often node id is measured.
func (s *Scenario) SetCadence(id string, cd kpi.Cadence) error {
	return s.edit(id, EditCadence, func(c *Scenario) error {
		n, err := c.editNode(id, EditCadence)
		if err != nil {
			return err
		}
		if cd > kpi.CadenceQuarterly {
			return editRule(id, EditCadence, "editor.err.no_field")
		}
		n.Cadence = cd
		return nil
	})
}

// Rename sets node id's label in lang ("ja" or "en"), a name no other
// node has in lang.
func (s *Scenario) Rename(id string, lang i18n.Lang, text string) error {
	field := EditLabelEn
	if lang == i18n.Ja {
		field = EditLabelJa
	}
	text = strings.TrimSpace(text)
	return s.edit(id, field, func(c *Scenario) error {
		n, err := c.editNode(id, field)
		if err != nil {
			return err
		}
		switch {
		case text == "":
			return editRule(id, field, "editor.err.label_empty")
		case utf8.RuneCountInString(text) > MaxLabel:
			return editRule(id, field, "editor.err.label_long", MaxLabel)
		case strings.ContainsAny(text, "\r\n\t"):
			return editRule(id, field, "editor.err.label_line")
		}
		if c.namedAs(lang, text, id) != nil {
			return editRule(id, field, "editor.err.label_taken", text)
		}
		if lang == i18n.Ja {
			n.Label.Ja = text
		} else {
			n.Label.En = text
		}
		return nil
	})
}
