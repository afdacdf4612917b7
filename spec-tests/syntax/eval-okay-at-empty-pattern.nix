# an @ binding with an empty pattern
(x@{ }: x) { }
