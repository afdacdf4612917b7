# -0.0 and 0.0 are equal, and neither is less than the other
let nz = 0.0 * -1; in [ (nz < 0.0) (0.0 < nz) (nz == 0.0) ]
