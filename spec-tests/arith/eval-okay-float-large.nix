# floats beyond the integer range
[ (9223372036854775807 * 1.0) (1.0e300 * 1.0e300) ]
