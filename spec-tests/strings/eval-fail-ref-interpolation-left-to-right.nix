# interpolated parts are evaluated left to right: the catchable throw comes before the abort
"${throw "first"}${abort "second"}"
