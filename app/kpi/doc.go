// Package kpi is the pure core of kpisim: a KPI tree, its forward evaluation
// and its reverse solve from a goal.
//
// A tree is a set of nodes. A node is either a lever (a value with a unit and
// a range) or computed from its children, in order, by one of the four
// operations a KPI tree is decomposed with on a whiteboard: the product (×),
// the sum (+), the difference (−, the first child less the others) or the
// ratio (÷, the first child over the others). One computed node is the
// goal (the KGI); one lever is solved for (by default the activity lever, such
// as calls per rep per working day).
//
// Compile checks a Spec and returns a Model that is valid by construction;
// every problem is an *Error naming the node, the field and the rule. Solve
// walks the model twice: forward from the levers (the forecast) and backward
// from the goal by the inverse of each operation (dividing by a product's
// other factors, subtracting a sum's other terms, adding back a
// difference's, multiplying by a ratio's divisors; a term taken away or a
// divisor is solved from the first child), the required values on the path
// to the solved lever. Results hold exact values; a Rounding policy turns required counts
// into targets, always from the exact value of the same period, never from an
// already rounded one.
//
// Values of the tree are totals for the plan (Calendar.Months months).
// Activity levers are stated per rep per working day, week or month (Per) and
// scaled to the plan by the calendar and the headcount. Flows (activity
// levers and the computed nodes that carry the goal's flow) split into year,
// quarter, month, week, working day, per rep per working day and, with
// selling hours, per rep per hour. Other levers (prices, rates), and a factor
// or divisor with no activity below it, have one value.
//
// The package imports only the standard library: it runs the same natively
// and in the browser's WebAssembly runtime.
package kpi
