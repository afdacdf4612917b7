# infinities print as inf and -inf
[ (1.0e308 * 10) (-1.0e308 * 10) ]
