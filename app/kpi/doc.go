// Package kpi is the pure core of kpisim: a KPI tree, its forward evaluation
// and its reverse solve from a goal.
//
// A tree is a set of nodes. A node is either a lever (a value with a unit and
// a range) or computed as the product (×) or the sum (+) of its children, the
// two ways a KPI tree is decomposed on a whiteboard. One computed node is the
// goal (the KGI); one lever is solved for (by default the activity lever, such
// as calls per rep per working day).
//
// Compile checks a Spec and returns a Model that is valid by construction;
// every problem is an *Error naming the node, the field and the rule. Solve
// walks the model twice: forward from the levers (the forecast) and backward
// from the goal, dividing by the other factors of a product and subtracting
// the other terms of a sum (the required values on the path to the solved
// lever). Results hold exact values; a Rounding policy turns required counts
// into targets, always from the exact value of the same period, never from an
// already rounded one.
//
// Values of the tree are totals for the plan (Calendar.Months months).
// Activity levers are stated per rep per working day and scaled to the plan by
// months × working days × headcount. Computed nodes and activity levers are
// periodic: they split into year, quarter, month, working day and per rep per
// working day. Other levers (prices, rates) are intensive and have one value.
//
// The package imports only the standard library: it runs the same natively
// and in the browser's WebAssembly runtime.
package kpi
