package kpi

// YearRate reports whether node i is a rate of a balance: a rate lever
// that a flow multiplies a balance by, with no activity below, the
// balance an amount the plan takes as given (churned ARR = ARR up for
// renewal × churn rate; expansion ARR = opening ARR × expansion rate).
// The flow's year is the balance times the rate, and a month takes its
// share of that year, so the rate is the year's: a month at a CRM's
// monthly churn of 0.7 % is a year at 8.4 %. A conversion rate (deals =
// close rate × opportunities) has an activity below its product and reads
// the same in any period; a share of accounts times a revenue per account
// that the team works to raise (route sales' repeat rate) is no rate of a
// balance, and a month's share of it is no twelfth of the year's.
func (m *Model) YearRate(i int) bool {
	nd := &m.nodes[i]
	p := m.parent[i]
	if nd.Op != Lever || nd.Unit != Rate || p < 0 || m.nodes[p].Op != Product || !m.nodes[p].Periodic() || m.activityBelow(p) >= 0 {
		return false
	}
	for _, c := range m.kids[p] {
		if c != i && m.nodes[c].Unit == Currency && m.nodes[c].Op == Lever && m.nodes[c].Given {
			return true
		}
	}
	return false
}
