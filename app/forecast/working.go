package forecast

// Working returns the months whose activity counts: the months whose
// activity lands inside the plan, earliest first. With a sales cycle they
// are the lead months before the start (a new team's excepted: it does
// nothing in them) and the plan's months but its last LagMonths, whose
// activity lands after the plan; without one, the plan's months. A
// requirement a working day, a week or a month is over them (Answer), as
// is a forecast's count of activity: they are the days the activity that
// meets the goal is done in.
func (p *Plan) Working() []Month {
	out := make([]Month, 0, len(p.Months))
	if !p.Config.NewTeam {
		out = append(out, p.Lead...)
	}
	for _, mo := range p.Months {
		if mo.Lands < len(p.Months) {
			out = append(out, mo)
		}
	}
	if len(out) == 0 { // a plan no activity reaches: its own months
		return p.Months
	}
	return out
}
