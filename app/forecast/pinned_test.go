package forecast_test

// pinned holds TestSeededRunPinned's numbers: P(goal); month 1's P10, P50
// and P90; month 12's cumulative P10, P50 and P90; month 6's mean and
// share on track. They were produced natively (linux/amd64) and must come
// out the same, to the bit, under GOOS=js GOARCH=wasm.
var pinned = []float64{
	0.4565,
	3.77673620563859e+06, 7.838406534955199e+06, 1.3414651752725488e+07,
	6.413653394507337e+07, 9.701446980602902e+07, 1.404336316287952e+08,
	8.217353105219316e+06, 0.4555,
}
