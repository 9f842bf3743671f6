package scenario

import "github.com/kpisim/kpisim/app/i18n"

// FieldLabel is the label in l of the page's field for key (as ParseKey
// reads it): 受注率 for close_rate, 営業人数 for calendar.headcount,
// 目標（KGI）・年間 for goal.value. The page's fields are labelled by it,
// and a link's problems name their fields by it, as the page says a rule
// its field breaks: the reader of a link never saw the file's keys. It is
// "" for a key the page has no such field for, or whose lever s lacks.
func (s *Scenario) FieldLabel(l i18n.Lang, key string) string {
	k, err := ParseKey(key)
	if err != nil {
		return ""
	}
	n := s.Node(k.ID)
	switch k.Field {
	case FieldGoal:
		return l.T("goal.title") + l.Dot() + l.T("per."+s.Goal.Period.String())
	case FieldHeadcount:
		return l.T("calendar.headcount")
	case FieldWorkingDays:
		return l.T("calendar.days")
	case FieldDaysPerWeek:
		return l.T("calendar.days_per_week")
	case FieldHoursPerDay:
		return l.T("calendar.hours_per_day")
	case FieldTrials:
		return l.T("forecast.trials")
	}
	if n == nil {
		return ""
	}
	name := n.Label.In(string(l))
	switch k.Field {
	case FieldLever:
		return name
	case FieldCeiling:
		return l.T("calendar.ceiling_"+n.Per.String()) + l.Dot() + name
	case FieldRangeLow:
		return name + l.Dot() + l.T("uncertainty.low")
	case FieldRangeHigh:
		return name + l.Dot() + l.T("uncertainty.high")
	case FieldRangeOf:
		return name + l.Dot() + l.T("uncertainty.of")
	case FieldActivityCV:
		return name + l.Dot() + l.T("uncertainty.cv")
	}
	return ""
}
