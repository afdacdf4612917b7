# The missing argument reported is the first in creation order: `aa` (made by the let).
let aa = 1; in ({ bb, aa }: bb) { }
