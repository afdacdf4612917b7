# A curried function is named after its binding in every part, and the unexpected
# argument suggests the close formals.
let f = a: { alpha, beta ? 0, alps ? 0 }: alpha; in f 1 { alpha = 1; alhpa = 2; }
