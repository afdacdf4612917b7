# interpolated path segments are normalised too
/a/${"b/../c"}
