# 1e20 is not a float literal: it is 1 followed by the undefined variable e20
1e20
