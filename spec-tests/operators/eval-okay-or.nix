# || truth table
[ (true || true) (true || false) (false || true) (false || false) ]
