# 1.5e is the float 1.5 followed by the undefined variable e
1.5e
