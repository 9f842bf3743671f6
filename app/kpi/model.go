package kpi

// Len is the number of nodes.
func (m *Model) Len() int { return len(m.nodes) }

// Node returns node i. The Model owns it: do not change it.
func (m *Model) Node(i int) *Node { return &m.nodes[i] }

// Index returns the index of the node with the given id.
func (m *Model) Index(id string) (int, bool) {
	i, ok := m.index[id]
	return i, ok
}

// Children returns the indices of node i's children, in the order written.
func (m *Model) Children(i int) []int { return m.kids[i] }

// Parent returns the index of node i's parent, or -1 for the goal.
func (m *Model) Parent(i int) int { return m.parent[i] }

// Depth returns how many levels node i sits below the goal.
func (m *Model) Depth(i int) int {
	d := 0
	for i = m.parent[i]; i >= 0; i = m.parent[i] {
		d++
	}
	return d
}

// Goal returns the index of the goal node.
func (m *Model) Goal() int { return m.goal }

// Spec returns a copy of the spec the model was compiled from: changing it
// does not change the model.
func (m *Model) Spec() Spec {
	s := m.spec
	s.Nodes = make([]Node, len(m.nodes))
	for i, nd := range m.nodes {
		nd.Children = append([]string(nil), nd.Children...)
		nd.stock = false // as written: Compile works it out again
		s.Nodes[i] = nd
	}
	return s
}

// Calendar returns the model's calendar.
func (m *Model) Calendar() Calendar { return m.spec.Calendar }

// Activities returns the indices of the activity levers, in tree order.
func (m *Model) Activities() []int {
	var out []int
	for i := range m.nodes {
		if m.nodes[i].Activity {
			out = append(out, i)
		}
	}
	return out
}

// Levers returns the indices of every lever, in the order written.
func (m *Model) Levers() []int {
	var out []int
	for i := range m.nodes {
		if m.nodes[i].Op == Lever {
			out = append(out, i)
		}
	}
	return out
}

// TreeOrder lists the nodes depth first from the goal, children in the
// order written: the order a tree is drawn or printed in.
func (m *Model) TreeOrder() []int {
	out := make([]int, 0, len(m.nodes))
	var walk func(i int)
	walk = func(i int) {
		out = append(out, i)
		for _, c := range m.kids[i] {
			walk(c)
		}
	}
	walk(m.goal)
	return out
}
