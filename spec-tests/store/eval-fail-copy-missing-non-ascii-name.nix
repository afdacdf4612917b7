# Interpolating a missing path with a non-ASCII name: its absence is reported, not the name
"${./missing/${"é"}}"
