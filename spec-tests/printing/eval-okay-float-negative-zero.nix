# negative zero prints with its sign; the literal -0.0 is 0 - 0.0 which is positive
[ (-1.0 * 0.0) (-0.0) ]
