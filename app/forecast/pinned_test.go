package forecast_test

// pinned holds TestSeededRunPinned's numbers: P(goal); month 1's P10, P50
// and P90; month 12's cumulative P10, P50 and P90; month 6's mean and
// share on track. They were produced natively (linux/amd64) and must come
// out the same, to the bit, under GOOS=js GOARCH=wasm.
var pinned = []float64{
	0.4415,
	3.752927159686712e+06, 7.8611240848296825e+06, 1.3552695615845371e+07,
	6.374739833608425e+07, 9.508596733968508e+07, 1.388580389268097e+08,
	8.193029213992435e+06, 0.437,
}
